package org.outreach.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportDirectoryTest {

  @TempDir Path root;

  private Path directory() throws IOException {
    Path directory = Files.createDirectories(root.resolve("imports"));
    Files.writeString(directory.resolve("list.csv"), "a_number\n");
    Files.writeString(root.resolve("secret.txt"), "outside");
    return directory;
  }

  @Test
  void aFileInsideTheDirectoryIsFound() throws IOException {
    Path directory = directory();

    assertThat(ImportDirectory.resolve(directory, "list.csv"))
        .isEqualTo(directory.resolve("list.csv").toRealPath());
  }

  @Test
  void dotDotAndAbsolutePathsOutsideAreRefusedWithoutEchoingThem() throws IOException {
    Path directory = directory();

    assertThatThrownBy(() -> ImportDirectory.resolve(directory, "../secret.txt"))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessage("path: must lie inside the import directory");
    assertThatThrownBy(
            () -> ImportDirectory.resolve(directory, root.resolve("secret.txt").toString()))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessage("path: must lie inside the import directory");
  }

  @Test
  void aSymbolicLinkLeadingOutsideIsRefused() throws IOException {
    Path directory = directory();
    Files.createSymbolicLink(directory.resolve("link.csv"), root.resolve("secret.txt"));

    assertThatThrownBy(() -> ImportDirectory.resolve(directory, "link.csv"))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessage("path: must lie inside the import directory");
  }

  @Test
  void aMissingFileOrADirectoryIsRefused() throws IOException {
    Path directory = directory();
    Files.createDirectories(directory.resolve("sub"));

    assertThatThrownBy(() -> ImportDirectory.resolve(directory, "nope.csv"))
        .hasMessage("path: no such file in the import directory");
    assertThatThrownBy(() -> ImportDirectory.resolve(directory, "sub"))
        .hasMessage("path: not a regular file");
  }
}
