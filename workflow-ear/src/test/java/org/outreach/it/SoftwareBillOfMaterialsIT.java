package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The software bill of materials the build writes (target/outreach-sbom.json at the root,
 * CycloneDX) describes what the application ships: every library in the EAR's lib/ and in the web
 * module's WEB-INF/lib/ is a component of it with its version, and no library only the tests use
 * is. Reads the built files; needs no server. The CycloneDX plugin resolves online only: a build
 * Maven runs offline writes none, and then this test is skipped, never passed.
 */
class SoftwareBillOfMaterialsIT {

  private static final Pattern PURL =
      Pattern.compile("\"purl\"\\s*:\\s*\"pkg:maven/([^/\"]+)/([^@\"]+)@([^?\"]+)[^\"]*\"");

  /** A library named by a package URL: group, artifact, version. */
  private record Library(String group, String artifact, String version) {}

  @Test
  void everyLibraryTheApplicationShipsIsListedWithItsVersionAndNoTestLibraryIs()
      throws IOException {
    Path ear = Path.of(System.getProperty("outreach.it.ear"));
    Path sbom = Path.of(System.getProperty("outreach.it.sbom"));
    assumeFalse(
        "offline true".equals(System.getProperty("outreach.it.maven")),
        "Maven ran offline: no bill of materials");
    assertThat(sbom).as("the build writes the bill of materials").exists();
    String text = Files.readString(sbom);
    assertThat(text).contains("\"bomFormat\" : \"CycloneDX\"");
    assertThat(text).contains("\"name\" : \"outreach-parent\"");

    List<Library> listed = new ArrayList<>();
    Matcher purl = PURL.matcher(text);
    while (purl.find()) {
      listed.add(new Library(purl.group(1), purl.group(2), purl.group(3)));
    }
    assertThat(listed).isNotEmpty();
    Set<String> artifacts = new HashSet<>();
    listed.forEach(library -> artifacts.add(library.artifact()));

    List<String> earLibraries = new ArrayList<>();
    List<String> webLibraries = new ArrayList<>();
    try (ZipFile archive = new ZipFile(ear.toFile())) {
      archive.stream()
          .map(ZipEntry::getName)
          .filter(name -> name.startsWith("lib/") && name.endsWith(".jar"))
          .forEach(name -> earLibraries.add(name.substring(4, name.length() - 4)));
      try (InputStream war = archive.getInputStream(archive.getEntry("workflow-web.war"));
          ZipInputStream entries = new ZipInputStream(war)) {
        for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
          String name = entry.getName();
          if (name.startsWith("WEB-INF/lib/") && name.endsWith(".jar")) {
            webLibraries.add(name.substring(12, name.length() - 4));
          }
        }
      }
    }
    assertThat(earLibraries).contains("camunda-engine", "openpdf", "flyway-core");
    // the EAR names its libraries by artifact alone
    assertThat(artifacts).containsAll(earLibraries);
    // the web module's keep their versions: artifact-version[-classifier]
    assertThat(webLibraries).isNotEmpty();
    for (String file : webLibraries) {
      assertThat(listed)
          .as(file)
          .anyMatch(library -> file.startsWith(library.artifact() + "-" + library.version()));
    }
    assertThat(listed)
        .filteredOn(library -> library.artifact().equals("camunda-engine"))
        .extracting(Library::version)
        .containsOnly("7.24.0");
    assertThat(artifacts)
        .doesNotContain(
            "greenmail",
            "selenium-chrome-driver",
            "arquillian-junit5-container",
            "assertj-core",
            "junit-jupiter",
            "h2",
            "pdfbox");
  }
}
