package org.outreach.documents;

import java.util.Arrays;

/** The file types a document may be, as its content shows them (never its name). */
public enum DocumentType {
  PDF("application/pdf", "pdf"),
  JPEG("image/jpeg", "jpg"),
  PNG("image/png", "png");

  private final String mediaType;
  private final String extension;

  DocumentType(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /** The media type a download is sent with, such as {@code application/pdf}. */
  public String mediaType() {
    return mediaType;
  }

  /** The extension of a download's neutral file name, such as {@code pdf}. */
  public String extension() {
    return extension;
  }

  static DocumentType ofMediaType(String mediaType) {
    return Arrays.stream(values())
        .filter(type -> type.mediaType.equals(mediaType))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not a document media type"));
  }
}
