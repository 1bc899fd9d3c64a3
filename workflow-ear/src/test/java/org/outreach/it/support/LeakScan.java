package org.outreach.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Looks for a marker the way someone with a copy of the disk or the database would: as itself, in
 * hex (how {@code pg_dump} and H2's {@code SCRIPT} write binary columns) and in base64 at each of
 * its three possible alignments.
 */
public final class LeakScan {

  private static final int CHUNK = 8 * 1024 * 1024;

  private LeakScan() {}

  /** The marker, its hex in both cases and the base64 runs that hold only marker bytes. */
  public static List<String> formsOf(String marker) {
    byte[] bytes = marker.getBytes(StandardCharsets.UTF_8);
    List<String> forms = new ArrayList<>();
    forms.add(marker);
    String hex = HexFormat.of().formatHex(bytes);
    forms.add(hex);
    forms.add(hex.toUpperCase(Locale.ROOT));
    for (int shift = 0; shift < 3; shift++) {
      byte[] shifted = new byte[shift + bytes.length];
      System.arraycopy(bytes, 0, shifted, shift, bytes.length);
      String encoded = Base64.getEncoder().encodeToString(shifted);
      // the first group mixes in the shift's bytes, the last one whatever follows the marker
      forms.add(encoded.substring(shift == 0 ? 0 : 4, encoded.length() - 4));
    }
    return forms;
  }

  /** The forms of {@link #formsOf} found in a text. */
  public static List<String> foundIn(String text, String marker) {
    return formsOf(marker).stream().filter(text::contains).toList();
  }

  /**
   * Every regular file under {@code root} that holds any form of the marker, read as bytes (each
   * byte one character, so binary files are searched as they are).
   */
  public static List<Path> filesHolding(Path root, String marker) {
    return new ArrayList<>(formsInFiles(root, formsOf(marker)).keySet());
  }

  /**
   * Every regular file under {@code root} that holds any form of any of the markers, each file read
   * once: {@code <file>: <form>} for each form found.
   */
  public static List<String> foundInFiles(Path root, List<String> markers) {
    List<String> forms =
        markers.stream().flatMap(marker -> formsOf(marker).stream()).distinct().toList();
    List<String> found = new ArrayList<>();
    formsInFiles(root, forms)
        .forEach((file, in) -> in.forEach(form -> found.add(file + ": " + form)));
    return found;
  }

  /** The files under {@code root} holding any of the forms, with the forms each holds. */
  private static Map<Path, List<String>> formsInFiles(Path root, List<String> forms) {
    Map<Path, List<String>> holding = new LinkedHashMap<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (attributes.isRegularFile()) {
                List<String> in = formsIn(file, forms);
                if (!in.isEmpty()) {
                  holding.put(file, in);
                }
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return FileVisitResult.CONTINUE; // a temporary file gone while the server runs
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return holding;
  }

  /**
   * The forms a file holds, read in chunks that overlap by the longest form, so a large file (the
   * embedded database) is searched without holding it in memory at once.
   */
  private static List<String> formsIn(Path file, List<String> forms) {
    int overlap = forms.stream().mapToInt(String::length).max().orElse(1) - 1;
    List<String> found = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      // small files get a small buffer; a file that grows meanwhile is read in further chunks
      int chunk = (int) Math.min(CHUNK, Files.size(file) + 1);
      byte[] buffer = new byte[chunk + overlap];
      int kept = 0;
      while (true) {
        int read = in.readNBytes(buffer, kept, chunk);
        int length = kept + read;
        String window = new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
        forms.stream().filter(window::contains).filter(f -> !found.contains(f)).forEach(found::add);
        if (read < chunk) {
          return found;
        }
        kept = Math.min(overlap, length);
        System.arraycopy(buffer, length - kept, buffer, 0, kept);
      }
    } catch (IOException e) {
      return found; // a file that vanished or is locked while the server runs
    }
  }
}
