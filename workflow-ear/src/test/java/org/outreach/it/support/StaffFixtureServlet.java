package org.outreach.it.support;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.outreach.users.NewStaffAccount;
import org.outreach.users.Role;
import org.outreach.users.UserAdministration;

/**
 * Test-only setup, deployed in its own WAR beside the real EAR: creates the {@link TestStaff}
 * accounts through the application's own administration service, so the browser tests run on any
 * database (demo logins exist only on the embedded one).
 */
@WebServlet("/staff")
public class StaffFixtureServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject UserAdministration users;
  @Inject AsAdmin asAdmin;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) {
    asAdmin.run(
        () -> {
          ensure(TestStaff.CASEWORKER, Role.CASEWORKER, TestStaff.CASEWORKER_TEAM);
          ensure(TestStaff.OTHER_TEAM_CASEWORKER, Role.CASEWORKER, TestStaff.OTHER_TEAM);
          ensure(TestStaff.SPANISH_CASEWORKER, Role.CASEWORKER, TestStaff.CASEWORKER_TEAM);
          ensure(TestStaff.SUPERVISOR, Role.SUPERVISOR, TestStaff.SUPERVISOR_TEAM);
          ensureInTeams(TestStaff.NOTICE_CASEWORKER, Role.CASEWORKER, TestStaff.NOTICE_TEAMS);
          ensure(TestStaff.ADMIN, Role.ADMIN, null);
          ensure(TestStaff.LOCKABLE, Role.CASEWORKER, TestStaff.CASEWORKER_TEAM);
        });
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }

  private void ensure(String username, Role role, String team) {
    ensureInTeams(username, role, team == null ? Set.of() : Set.of(team));
  }

  private void ensureInTeams(String username, Role role, Set<String> teams) {
    if (!users.exists(username)) {
      users.create(
          new NewStaffAccount(
              username, "Test " + username, TestStaff.PASSWORD.toCharArray(), Set.of(role), teams));
    }
  }
}
