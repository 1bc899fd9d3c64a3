package org.outreach.processes;

import java.util.List;

/** The candidate groups of the campaign's user tasks: the teams staff accounts belong to. */
public final class Teams {

  public static final String LOCATE = "locate-team";
  public static final String DETENTION = "detention-team";
  public static final String RELEASE = "release-team";
  public static final String REMOVAL = "removal-team";
  public static final String LEGAL_ACCESS = "legal-access-team";
  public static final String SUPERVISORS = "supervisors";

  public static final List<String> ALL =
      List.of(LOCATE, DETENTION, RELEASE, REMOVAL, LEGAL_ACCESS, SUPERVISORS);

  private Teams() {}
}
