package org.outreach.notice.delivery;

import java.util.UUID;
import org.outreach.privacy.FieldCipher;

/** A delivery record holding sealed values that a key rotation re-seals. */
interface SealedRecord {

  /** The sealed values under the current key of {@code cipher}; whether anything changed. */
  boolean reseal(FieldCipher cipher);

  /** The case the record is kept with. */
  UUID caseId();
}
