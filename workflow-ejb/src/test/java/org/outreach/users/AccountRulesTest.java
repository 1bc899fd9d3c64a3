package org.outreach.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AccountRulesTest {

  private static final char[] GOOD_PASSWORD = "a good long password".toCharArray();

  private static NewStaffAccount account(
      String username, String displayName, char[] password, Set<Role> roles, Set<String> teams) {
    return new NewStaffAccount(username, displayName, password, roles, teams);
  }

  @Test
  void aCompleteAccountPasses() {
    assertThatCode(
            () ->
                AccountRules.validate(
                    account(
                        "carmen.r",
                        "Carmen",
                        GOOD_PASSWORD,
                        Set.of(Role.CASEWORKER),
                        Set.of("caseworkers-spanish"))))
        .doesNotThrowAnyException();
  }

  static Stream<Arguments> brokenAccounts() {
    return Stream.of(
        Arguments.of(account(null, "X", GOOD_PASSWORD, Set.of(Role.ADMIN), Set.of()), "username:"),
        Arguments.of(
            account("Carmen", "X", GOOD_PASSWORD, Set.of(Role.ADMIN), Set.of()), "username:"),
        Arguments.of(account("ab", "X", GOOD_PASSWORD, Set.of(Role.ADMIN), Set.of()), "username:"),
        Arguments.of(
            account("a b c", "X", GOOD_PASSWORD, Set.of(Role.ADMIN), Set.of()), "username:"),
        Arguments.of(
            account("carmen", " ", GOOD_PASSWORD, Set.of(Role.ADMIN), Set.of()), "displayName:"),
        Arguments.of(
            account("carmen", "X".repeat(201), GOOD_PASSWORD, Set.of(Role.ADMIN), Set.of()),
            "displayName:"),
        Arguments.of(
            account("carmen", "X", "short".toCharArray(), Set.of(Role.ADMIN), Set.of()),
            "password: at least 12"),
        Arguments.of(
            account("carmen", "X", "é".repeat(37).toCharArray(), Set.of(Role.ADMIN), Set.of()),
            "password: at most 72 bytes"),
        Arguments.of(
            account("carmen", "X", "Qwerty123456".toCharArray(), Set.of(Role.ADMIN), Set.of()),
            "password: one of the most common"),
        Arguments.of(
            account("carmen", "X", "1qaz2wsx3edc".toCharArray(), Set.of(Role.ADMIN), Set.of()),
            "password: one of the most common"),
        Arguments.of(
            account(
                "carmen", "X", "my name is CARMEN!".toCharArray(), Set.of(Role.ADMIN), Set.of()),
            "password: holds the username"),
        Arguments.of(account("carmen", "X", GOOD_PASSWORD, Set.of(), Set.of()), "roles:"),
        Arguments.of(
            account("carmen", "X", GOOD_PASSWORD, Set.of(Role.ADMIN), Set.of("Case Workers")),
            "teams:"));
  }

  @ParameterizedTest
  @MethodSource("brokenAccounts")
  void aBrokenAccountIsRefusedNamingTheField(NewStaffAccount account, String messageStart) {
    assertThatThrownBy(() -> AccountRules.validate(account))
        .isInstanceOf(InvalidAccountException.class)
        .hasMessageStartingWith(messageStart);
  }

  @Test
  void theListOfCommonPasswordsIsShippedWhole() {
    assertThat(CommonPasswords.size()).isGreaterThan(49_000);
    assertThat(CommonPasswords.isCommon("PASSWORD".toCharArray())).isTrue();
    assertThat(CommonPasswords.isCommon("iloveyou".toCharArray())).isTrue();
    assertThat(CommonPasswords.isCommon(GOOD_PASSWORD)).isFalse();
    // long ones too, which the length rule alone lets through
    assertThat(CommonPasswords.isCommon("123456789987654321".toCharArray())).isTrue();
  }
}
