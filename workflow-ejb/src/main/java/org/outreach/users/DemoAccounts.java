package org.outreach.users;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.outreach.processes.Teams;

/**
 * The demo logins documented in the README. They exist for a local trial only; see {@code
 * org.outreach.demo.DemoData} for when they are created and when they are disabled.
 */
@Stateless
@PermitAll
@RunAs("admin")
public class DemoAccounts {

  /** Every demo account shares this password; it is in the README, so it protects nothing. */
  public static final String PASSWORD = "outreach-demo";

  static final List<NewStaffAccount> ACCOUNTS =
      List.of(
          // people in the community: locating them, reaching them, getting them to counsel
          account(
              "carmen",
              "Carmen (caseworker: locate, release, legal access)",
              Set.of(Role.CASEWORKER),
              Set.of(Teams.LOCATE, Teams.RELEASE, Teams.LEGAL_ACCESS)),
          // people in custody or removed: hand delivery, custody review, return travel
          account(
              "omar",
              "Omar (caseworker: detention, removal)",
              Set.of(Role.CASEWORKER),
              Set.of(Teams.DETENTION, Teams.REMOVAL)),
          account("sam", "Sam (supervisor)", Set.of(Role.SUPERVISOR), Set.of(Teams.SUPERVISORS)),
          account("ada", "Ada (administrator)", Set.of(Role.ADMIN), Set.of()));

  @EJB private UserAdministration administration;

  /** Creates the demo accounts that are missing; returns the usernames created. */
  public Set<String> ensurePresent() {
    Set<String> created = new LinkedHashSet<>();
    for (NewStaffAccount template : ACCOUNTS) {
      if (!administration.exists(template.username())) {
        administration.createDemo(
            new NewStaffAccount(
                template.username(),
                template.displayName(),
                PASSWORD.toCharArray(),
                template.roles(),
                template.teams()));
        created.add(template.username());
      }
    }
    return created;
  }

  /** For the start-up banner: every demo username with its roles. */
  public String describe() {
    return ACCOUNTS.stream()
        .map(
            a ->
                a.username()
                    + " ("
                    + String.join(", ", a.roles().stream().map(Role::roleName).sorted().toList())
                    + ")")
        .collect(java.util.stream.Collectors.joining(", "));
  }

  public int disableAll() {
    return administration.disableDemoAccounts();
  }

  private static NewStaffAccount account(
      String username, String displayName, Set<Role> roles, Set<String> teams) {
    return new NewStaffAccount(username, displayName, null, roles, teams);
  }
}
