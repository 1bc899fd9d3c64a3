package org.outreach.audit;

/** Why a record was read or changed: chosen by the user or implied by the task at hand. */
public enum AccessPurpose {
  /** Entering a person into the registry (an administrator or the import). */
  REGISTRATION,
  /** Working a person's outreach: locating, notifying, scheduling. */
  CASEWORK,
  /** A supervisor reviewing or reassigning work. */
  SUPERVISION,
  /** Correcting a record that is wrong. */
  RECORD_CORRECTION,
  /** Answering a court, an advocate or oversight. */
  OVERSIGHT_REQUEST
}
