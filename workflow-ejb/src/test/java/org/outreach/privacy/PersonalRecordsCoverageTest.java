package org.outreach.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.outreach.privacy.PersonalRecords.Erasure;

/**
 * Every table that holds a sealed value (a {@code key_id} column, or the registry's sealed record)
 * is erased by some capability's {@link PersonalRecords}: a new table of personal data fails here
 * until the retention job erases it.
 */
class PersonalRecordsCoverageTest {

  private static final Pattern CREATE =
      Pattern.compile("CREATE TABLE (\\w+) \\((.*?)\\);", Pattern.DOTALL);

  @Test
  void everyTableWithSealedValuesIsErased() throws Exception {
    Set<String> sealed = tablesWithSealedValues();
    assertThat(sealed)
        .contains("contact_attempt", "consultation", "case_document", "letter_document");

    String statements =
        erasures().stream()
            .map(Erasure::sql)
            .reduce("", (all, sql) -> all + "\n" + sql)
            .toLowerCase(Locale.ROOT);
    Set<String> missing = new TreeSet<>();
    for (String table : sealed) {
      if (!Pattern.compile("\\b" + table + "\\b").matcher(statements).find()) {
        missing.add(table);
      }
    }
    assertThat(missing).as("tables with sealed values no erasure names").isEmpty();
  }

  @Test
  void documentsGoAfterTheRecordsThatPointAtThemAndThePersonLast() throws Exception {
    for (Erasure erasure : erasures()) {
      String sql = erasure.sql().toLowerCase(Locale.ROOT);
      if (sql.contains("case_document")) {
        assertThat(erasure.order()).isEqualTo(Erasure.DOCUMENTS);
      } else if (erasure.subject() == Erasure.Subject.PERSON) {
        assertThat(erasure.order()).isEqualTo(Erasure.PERSON);
      } else {
        assertThat(erasure.order()).as(sql).isEqualTo(Erasure.DETAILS);
      }
    }
  }

  /** The tables with a key id, the person's record and its contact points (sealed without one). */
  private static Set<String> tablesWithSealedValues() throws IOException, URISyntaxException {
    Set<String> tables = new TreeSet<>(Set.of("affected_person", "person_contact_point"));
    Path migrations =
        Path.of(
                PersonalRecordsCoverageTest.class
                    .getResource("/db/migration/V1__outreach_case.sql")
                    .toURI())
            .getParent();
    List<String> scripts = new ArrayList<>();
    try (Stream<Path> files = Files.list(migrations)) {
      for (Path file : files.toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          scripts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    for (String script : scripts) {
      Matcher create = CREATE.matcher(script);
      while (create.find()) {
        if (create.group(2).contains("key_id")) {
          tables.add(create.group(1).toLowerCase(Locale.ROOT));
        }
      }
      // letters and the outbox hold sealed files and texts under columns of their own
      for (String table : List.of("letter_document", "outbox_message")) {
        if (script.contains("CREATE TABLE " + table)) {
          tables.add(table);
        }
      }
    }
    return tables;
  }

  private static List<Erasure> erasures() throws ReflectiveOperationException {
    List<Erasure> all = new ArrayList<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.outreach")) {
      if (!type.isInterface() && type.isAssignableTo(PersonalRecords.class)) {
        PersonalRecords records =
            (PersonalRecords) type.reflect().getDeclaredConstructor().newInstance();
        all.addAll(records.erasures());
      }
    }
    return all;
  }
}
