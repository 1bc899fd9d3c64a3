package org.outreach.notice.letters;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A rendered PDF, its SHA-256 (hex) and its number of pages. */
record RenderedDocument(byte[] pdf, String sha256, int pages) {

  static RenderedDocument of(byte[] pdf, int pages) {
    return new RenderedDocument(pdf, sha256(pdf), pages);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  @Override
  public String toString() {
    return "RenderedDocument[" + sha256 + ", " + pages + " pages]";
  }
}
