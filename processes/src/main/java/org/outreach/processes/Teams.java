package org.outreach.processes;

import java.util.List;

/** Candidate groups of the user tasks: the teams that claim the work. */
public final class Teams {

  /** Find people whose whereabouts are unknown or whose contact points failed. */
  public static final String LOCATE = "locate-team";

  /** Hand delivery in custody. */
  public static final String DETENTION = "detention-team";

  /** People living in the community: phone calls. */
  public static final String RELEASE = "release-team";

  /** People removed from the country: partner organisations abroad, return travel. */
  public static final String REMOVAL = "removal-team";

  /** Legal consultations and notices to the immigration court. */
  public static final String LEGAL_ACCESS = "legal-access-team";

  /** Custody reviews, diligent-effort reviews, stopping removals, overdue work. */
  public static final String SUPERVISORS = "supervisors";

  public static final List<String> ALL =
      List.of(LOCATE, DETENTION, RELEASE, REMOVAL, LEGAL_ACCESS, SUPERVISORS);

  private Teams() {}
}
