package org.outreach.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Signed receipts for uploads: an uncompressed one-page PDF whose text holds a marker in clear, so
 * that a copy of it kept anywhere in clear would be found by the marker.
 */
public final class ReceiptPdfs {

  /** The placeholder of the template, replaced by a marker of the same length. */
  private static final String PLACEHOLDER = "X".repeat(32);

  private static final Path TEMPLATE =
      Path.of("..", "workflow-ejb", "src", "test", "resources", "documents")
          .resolve("receipt-template.pdf");

  private ReceiptPdfs() {}

  /** A distinctive marker as long as the placeholder, beginning with {@code prefix}. */
  public static String marker(String prefix) {
    String letters = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    StringBuilder marker = new StringBuilder(prefix);
    ThreadLocalRandom random = ThreadLocalRandom.current();
    while (marker.length() < PLACEHOLDER.length()) {
      marker.append(letters.charAt(random.nextInt(letters.length())));
    }
    return marker.toString();
  }

  /** The template with {@code marker} where its placeholder was (the PDF's offsets kept). */
  public static byte[] with(String marker) throws IOException {
    assertThat(marker).hasSameSizeAs(PLACEHOLDER);
    String template = new String(Files.readAllBytes(TEMPLATE), StandardCharsets.ISO_8859_1);
    assertThat(template).contains(PLACEHOLDER);
    return template.replace(PLACEHOLDER, marker).getBytes(StandardCharsets.ISO_8859_1);
  }
}
