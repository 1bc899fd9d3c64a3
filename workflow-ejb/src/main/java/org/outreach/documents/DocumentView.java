package org.outreach.documents;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A document of a case as a list shows it: what it is, when and by whom it was stored, its size and
 * the SHA-256 of its content (hex, lower case), which the proof of notice quotes. No content and no
 * file name (none is kept), so a list of these is not a read of personal data.
 */
public record DocumentView(
    UUID id,
    UUID caseId,
    DocumentKind kind,
    DocumentType type,
    long sizeBytes,
    String sha256,
    String uploadedBy,
    OffsetDateTime uploadedAt) {

  /** A neutral name for a download: the document's id and the extension of its type. */
  public String fileName() {
    return id + "." + type.extension();
  }
}
