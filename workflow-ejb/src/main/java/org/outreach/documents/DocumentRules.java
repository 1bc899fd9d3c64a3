package org.outreach.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * What a file must be to be stored as a case's document: not empty, at most {@link #MAX_BYTES}, and
 * by its content (never its name or declared type) a complete PDF, JPEG or PNG file: the signature
 * at its start, then a structure a reader of that type would accept (see {@link FileStructures}).
 */
public final class DocumentRules {

  /** 10 MiB: a multi-page scan at a legible resolution, or a phone photo, fits several times. */
  public static final long MAX_BYTES = 10L * 1024 * 1024;

  private static final int BUFFER = 64 * 1024;

  private DocumentRules() {}

  /**
   * Reads an upload to its end, but never more than one byte past {@link #MAX_BYTES}: a larger file
   * is refused without being read further.
   *
   * @throws DocumentRefusedException {@link DocumentProblem#TOO_LARGE}
   * @throws DocumentUnreadableException if the stream fails before its end
   */
  public static byte[] read(InputStream in) {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    byte[] buffer = new byte[BUFFER];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        content.write(buffer, 0, n);
        if (content.size() > MAX_BYTES) {
          throw new DocumentRefusedException(DocumentProblem.TOO_LARGE);
        }
      }
    } catch (IOException e) {
      // the client broke off; its message may quote anything, so it is not passed on
      throw new DocumentUnreadableException();
    }
    return content.toByteArray();
  }

  /**
   * The type of a file that may be stored.
   *
   * @throws DocumentRefusedException naming the first rule it breaks: empty, too large, not a PDF,
   *     JPEG or PNG file, or one that begins as such a file but is cut off or damaged
   */
  public static DocumentType check(byte[] content) {
    if (content.length == 0) {
      throw new DocumentRefusedException(DocumentProblem.EMPTY);
    }
    if (content.length > MAX_BYTES) {
      throw new DocumentRefusedException(DocumentProblem.TOO_LARGE);
    }
    DocumentType type =
        FileStructures.signatureOf(content)
            .orElseThrow(() -> new DocumentRefusedException(DocumentProblem.UNSUPPORTED_TYPE));
    Optional<String> damage = FileStructures.damage(type, content);
    if (damage.isPresent()) {
      throw new DocumentRefusedException(type, damage.get());
    }
    return type;
  }
}
