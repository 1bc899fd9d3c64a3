package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outreach.it.support.AsAdmin;
import org.outreach.it.support.AsCaseworker;
import org.outreach.it.support.Deployments;
import org.outreach.users.InvalidAccountException;
import org.outreach.users.NewStaffAccount;
import org.outreach.users.Role;
import org.outreach.users.UserAdministration;
import org.outreach.users.UserDirectory;

@ExtendWith(ArquillianExtension.class)
class StaffAccountsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithTests(StaffAccountsIT.class);
  }

  @Inject UserAdministration administration;
  @Inject UserDirectory directory;
  @Inject AsAdmin asAdmin;
  @Inject AsCaseworker asCaseworker;

  private static String newUsername() {
    return "staff-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void passwordsAreStoredAsBcryptWithCostTwelve() {
    asAdmin.run(
        () -> {
          String username = newUsername();
          administration.create(
              new NewStaffAccount(
                  username,
                  "Staff member",
                  "correct horse battery".toCharArray(),
                  Set.of(Role.CASEWORKER),
                  Set.of("caseworkers")));

          assertThat(directory.passwordScheme(username)).contains("$2a$12$");
          assertThat(directory.passwordMatches(username, "correct horse battery".toCharArray()))
              .isTrue();
          assertThat(directory.passwordMatches(username, "wrong horse battery".toCharArray()))
              .isFalse();
          assertThat(directory.find(username))
              .get()
              .satisfies(
                  member -> {
                    assertThat(member.roles()).containsExactly("caseworker");
                    assertThat(member.teams()).containsExactly("caseworkers");
                  });
        });
  }

  @Test
  void aShortPasswordIsRefusedNamingTheRuleAndNotTheValue() {
    asAdmin.run(
        () -> {
          assertThatThrownBy(
                  () ->
                      administration.create(
                          new NewStaffAccount(
                              newUsername(),
                              "Staff member",
                              "short-pw".toCharArray(),
                              Set.of(Role.CASEWORKER),
                              Set.of())))
              .isInstanceOf(InvalidAccountException.class)
              .hasMessage("password: at least 12 characters");
        });
  }

  @Test
  void aSecondAccountWithTheSameUsernameIsRefused() {
    asAdmin.run(
        () -> {
          String username = newUsername();
          NewStaffAccount first =
              new NewStaffAccount(
                  username,
                  "First",
                  "first-password-1".toCharArray(),
                  Set.of(Role.ADMIN),
                  Set.of());
          administration.create(first);

          assertThatThrownBy(
                  () ->
                      administration.create(
                          new NewStaffAccount(
                              username,
                              "Second",
                              "second-password-2".toCharArray(),
                              Set.of(Role.ADMIN),
                              Set.of())))
              .isInstanceOf(InvalidAccountException.class)
              .hasMessageStartingWith("username:");
          assertThat(directory.find(username))
              .get()
              .extracting(m -> m.displayName())
              .isEqualTo("First");
        });
  }

  @Test
  void onlyAdministratorsCreateAccounts() {
    NewStaffAccount account =
        new NewStaffAccount(
            newUsername(),
            "Staff member",
            "a long enough password".toCharArray(),
            Set.of(Role.CASEWORKER),
            Set.of());

    assertThatThrownBy(() -> administration.create(account)).isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> asCaseworker.run(() -> administration.create(account)))
        .isInstanceOf(EJBAccessException.class);
  }

  @Test
  void anAdministratorListsDisablesAndEnablesAnAccount() {
    asAdmin.run(
        () -> {
          String username = newUsername();
          administration.create(
              new NewStaffAccount(
                  username,
                  "Listed",
                  "listed-password-1".toCharArray(),
                  Set.of(Role.SUPERVISOR),
                  Set.of("supervisors")));

          assertThat(listed(username))
              .satisfies(
                  account -> {
                    assertThat(account.roles()).containsExactly("supervisor");
                    assertThat(account.teams()).containsExactly("supervisors");
                    assertThat(account.enabled()).isTrue();
                    assertThat(account.demo()).isFalse();
                  });

          administration.setEnabled(username, false);
          assertThat(listed(username).enabled()).isFalse();

          administration.setEnabled(username, true);
          assertThat(listed(username).enabled()).isTrue();
        });
  }

  @Test
  void anUnknownAccountCannotBeDisabledAndRulesAreNamedForTheConsole() {
    asAdmin.run(
        () -> {
          assertThatThrownBy(() -> administration.setEnabled(newUsername(), false))
              .isInstanceOfSatisfying(
                  InvalidAccountException.class,
                  e -> {
                    assertThat(e.rule()).isEqualTo("username.unknown");
                    assertThat(e.field()).isEqualTo("username");
                  });
          assertThatThrownBy(
                  () ->
                      administration.create(
                          new NewStaffAccount(
                              "Not A Username",
                              "Staff member",
                              "a long enough password".toCharArray(),
                              Set.of(Role.CASEWORKER),
                              Set.of())))
              .isInstanceOfSatisfying(
                  InvalidAccountException.class,
                  e -> assertThat(e.rule()).isEqualTo("username.format"));
        });
  }

  @Test
  void onlyAdministratorsListOrDisableAccounts() {
    assertThatThrownBy(() -> asCaseworker.run(() -> administration.accounts()))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(
            () -> asCaseworker.run(() -> administration.setEnabled(newUsername(), false)))
        .isInstanceOf(EJBAccessException.class);
  }

  private UserAdministration.AccountView listed(String username) {
    return administration.accounts().stream()
        .filter(account -> account.username().equals(username))
        .findFirst()
        .orElseThrow();
  }
}
