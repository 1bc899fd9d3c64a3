package org.outreach.it.support;

/** Staff accounts the browser tests log in with; created by {@link StaffFixtureServlet}. */
public final class TestStaff {

  public static final String PASSWORD = "it-password-0123";

  /** Caseworker in the team the review task is offered to. */
  public static final String CASEWORKER = "it-carmen";

  /** Caseworker in another team. */
  public static final String OTHER_TEAM_CASEWORKER = "it-omar";

  public static final String SUPERVISOR = "it-sam";

  private TestStaff() {}
}
