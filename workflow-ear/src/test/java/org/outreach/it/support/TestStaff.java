package org.outreach.it.support;

import org.outreach.processes.Teams;

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

  public static final String SUPERVISOR = "it-sam";

  public static final String SUPERVISOR_TEAM = Teams.SUPERVISORS;

  private TestStaff() {}
}
