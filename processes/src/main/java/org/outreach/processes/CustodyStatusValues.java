package org.outreach.processes;

import java.util.List;

/**
 * The custody status values the decision tables compare against. Plain strings here, so the models
 * module stays free of the application's types; callers pass the enum's name.
 */
public final class CustodyStatusValues {

  /** In custody at a detention facility. */
  public static final String DETAINED = "DETAINED";

  /** Living in the community, often under reporting conditions. */
  public static final String RELEASED = "RELEASED";

  /** Deported to another country. */
  public static final String REMOVED = "REMOVED";

  /** Whereabouts not known: a caseworker locates the person. */
  public static final String UNKNOWN = "UNKNOWN";

  public static final List<String> ALL = List.of(DETAINED, RELEASED, REMOVED, UNKNOWN);

  private CustodyStatusValues() {}
}
