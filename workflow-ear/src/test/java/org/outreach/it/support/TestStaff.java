package org.outreach.it.support;

import java.util.Set;
import org.outreach.processes.Teams;
import org.outreach.users.NewStaffAccount;
import org.outreach.users.Role;
import org.outreach.users.UserAdministration;

/** Staff accounts the browser tests log in with; created by {@link StaffFixtureServlet}. */
public final class TestStaff {

  public static final String PASSWORD = "it-password-0123";

  /**
   * Caseworker in {@link #CASEWORKER_TEAM}, to which the first task of a case with whereabouts
   * unknown (a demo case) is offered.
   */
  public static final String CASEWORKER = "it-carmen";

  public static final String CASEWORKER_TEAM = Teams.LOCATE;

  /** Caseworker in another team. */
  public static final String OTHER_TEAM_CASEWORKER = "it-omar";

  public static final String OTHER_TEAM = Teams.DETENTION;

  /** Caseworker in {@link #CASEWORKER_TEAM} who works in Spanish. */
  public static final String SPANISH_CASEWORKER = "it-lucia";

  /**
   * Caseworker in {@link #NOTICE_TEAMS}, to which the calls to released people and the notices
   * through partner organisations for removed people are offered.
   */
  public static final String NOTICE_CASEWORKER = "it-rosa";

  public static final Set<String> NOTICE_TEAMS = Set.of(Teams.RELEASE, Teams.REMOVAL);

  public static final String SUPERVISOR = "it-sam";

  public static final String SUPERVISOR_TEAM = Teams.SUPERVISORS;

  /** Administrator: accounts and keys. */
  public static final String ADMIN = "it-ada";

  /** A caseworker whose sign-ins the throttling test refuses until the account locks. */
  public static final String LOCKABLE = "it-lena";

  private TestStaff() {}

  /** Creates the account unless it exists; as an administrator (see {@link AsAdmin}). */
  public static void ensure(
      UserAdministration users, String username, String password, Role role, Set<String> teams) {
    if (!users.exists(username)) {
      users.create(
          new NewStaffAccount(
              username, "Test " + username, password.toCharArray(), Set.of(role), teams));
    }
  }
}
