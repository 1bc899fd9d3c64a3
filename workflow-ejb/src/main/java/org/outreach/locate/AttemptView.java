package org.outreach.locate;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.outreach.registry.ContactKind;

/**
 * A recorded contact attempt, or the conclusion of a search, as a page shows it: decrypted, and
 * handed out only after the read was audited.
 *
 * @param conclusion how the search ended, for a conclusion; {@code null} for an attempt
 * @param channel how the person was tried; {@code null} for a search that found nobody
 * @param result what came of it; {@code null} for a search that found nobody
 * @param contactKind the kind of the contact point a search ended with, or {@code null}
 * @param contactValue that contact point, or {@code null}
 */
public record AttemptView(
    UUID id,
    UUID caseId,
    String taskId,
    Conclusion conclusion,
    ContactChannel channel,
    OffsetDateTime attemptedAt,
    ContactResult result,
    String note,
    ContactKind contactKind,
    String contactValue,
    String recordedBy,
    OffsetDateTime recordedAt) {

  public boolean isConclusion() {
    return conclusion != null;
  }

  /** Never shows the note or the contact point. */
  @Override
  public String toString() {
    return "AttemptView[" + id + "]";
  }
}
