package org.outreach.audit;

import java.util.EnumSet;
import java.util.Set;

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
  OVERSIGHT_REQUEST,
  /** Automated dispatch reading the one address a notice goes to. */
  NOTICE_DELIVERY,
  /** Re-encrypting stored values under a new data key. */
  KEY_ROTATION,
  /** Answering the removal office whether a person on its manifest must not be removed. */
  REMOVAL_CHECK,
  /** Erasing the personal data of a case closed longer than the retention period. */
  RETENTION;

  /** The purposes a person may state when reading a record; the others are implied by a job. */
  public static Set<AccessPurpose> statedByPeople() {
    return EnumSet.of(CASEWORK, SUPERVISION, RECORD_CORRECTION, OVERSIGHT_REQUEST);
  }
}
