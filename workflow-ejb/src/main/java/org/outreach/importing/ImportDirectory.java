package org.outreach.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The one directory administrators may import files from by path: system property {@code
 * outreach.import.dir}, by default {@code <server data dir>/outreach/imports}. A path is resolved
 * against it, symbolic links followed, and refused unless the real file lies inside it.
 */
final class ImportDirectory {

  static final String PROPERTY = "outreach.import.dir";

  private ImportDirectory() {}

  static Path configured() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return Path.of(System.getProperty("jboss.server.data.dir", "."), "outreach", "imports");
  }

  /** The real path of a regular file inside {@code directory}. */
  static Path resolve(Path directory, String given) {
    if (given == null || given.isBlank()) {
      throw new ImportRefusedException("path: required");
    }
    if (given.indexOf('\0') >= 0) {
      throw new ImportRefusedException("path: must not contain NUL characters");
    }
    Path base;
    try {
      base = directory.toRealPath();
    } catch (IOException e) {
      throw new ImportRefusedException("the import directory does not exist on the server");
    }
    Path file;
    try {
      Path candidate = base.resolve(given).normalize();
      if (!candidate.startsWith(base)) {
        throw new ImportRefusedException("path: must lie inside the import directory");
      }
      file = candidate.toRealPath();
    } catch (InvalidPathException e) {
      throw new ImportRefusedException("path: not a valid path");
    } catch (IOException e) {
      throw new ImportRefusedException("path: no such file in the import directory");
    }
    if (!file.startsWith(base)) {
      throw new ImportRefusedException("path: must lie inside the import directory");
    }
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new ImportRefusedException("path: not a regular file");
    }
    return file;
  }
}
