package org.outreach.web;

import java.util.Optional;

/**
 * A failure already logged under an incident id, passed on without the original exception (whose
 * message and stack the server would otherwise log again).
 */
public final class RecordedFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String incident;

  public RecordedFailure(String incident) {
    super("incident " + incident, null, false, false);
    this.incident = incident;
  }

  /** The incident id of a recorded failure anywhere in the chain, if there is one. */
  static Optional<String> incidentOf(Throwable failure) {
    return Causes.find(failure, RecordedFailure.class).map(recorded -> recorded.incident);
  }
}
