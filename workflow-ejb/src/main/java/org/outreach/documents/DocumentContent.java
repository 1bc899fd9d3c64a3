package org.outreach.documents;

/** A document with its content, decrypted for one reader; the read was audited. */
public record DocumentContent(DocumentView document, byte[] content) {

  @Override
  public String toString() {
    return "DocumentContent[" + document.id() + "]";
  }
}
