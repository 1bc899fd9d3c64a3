package org.outreach.documents;

/** What a document of a case is. */
public enum DocumentKind {
  /**
   * The receipt a detained person signed when a notice was handed to them, scanned or photographed.
   */
  HAND_DELIVERY_RECEIPT(true),
  /** The notice as filed with the immigration court, or the court's confirmation of the filing. */
  COURT_FILING(true),
  /** A letter the server rendered; stored by the server, never uploaded. */
  LETTER(false),
  /** A case's evidence bundle the server rendered; stored by the server, never uploaded. */
  EVIDENCE_BUNDLE(false);

  private final boolean uploaded;

  DocumentKind(boolean uploaded) {
    this.uploaded = uploaded;
  }

  /** Whether staff upload documents of this kind; the others the server renders itself. */
  public boolean uploadedByStaff() {
    return uploaded;
  }
}
