package org.outreach.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

  @Test
  void aPasswordBecomesASaltedBcryptStringOfCostTwelve() {
    String first = PasswordHashing.hash("correct horse battery".toCharArray());
    String second = PasswordHashing.hash("correct horse battery".toCharArray());

    assertThat(first).startsWith("$2a$12$").hasSize(60);
    assertThat(second).isNotEqualTo(first);
  }

  @Test
  void onlyTheRightPasswordMatches() {
    String hash = PasswordHashing.hash("correct horse battery".toCharArray());

    assertThat(PasswordHashing.matches("correct horse battery".toCharArray(), hash)).isTrue();
    assertThat(PasswordHashing.matches("correct horse batterY".toCharArray(), hash)).isFalse();
    assertThat(PasswordHashing.matches("anything".toCharArray(), "not a hash")).isFalse();
  }
}
