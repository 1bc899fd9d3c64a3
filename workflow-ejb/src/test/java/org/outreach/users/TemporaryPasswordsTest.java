package org.outreach.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemporaryPasswordsTest {

  @Test
  void aTemporaryPasswordIsFourGroupsOfFiveWithoutLookAlikesAndPassesTheRules() {
    String password = new String(TemporaryPasswords.next());
    assertThat(password).matches("[a-hj-km-np-z2-9]{5}(-[a-hj-km-np-z2-9]{5}){3}");
    assertThat(password).doesNotContain("0", "1", "o", "l", "i");
    assertThatCode(() -> AccountRules.validatePassword(password.toCharArray(), "it-carmen"))
        .doesNotThrowAnyException();
  }

  @Test
  void noTwoOfAThousandAreTheSame() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      seen.add(new String(TemporaryPasswords.next()));
    }
    assertThat(seen).hasSize(1000);
  }
}
