package org.outreach.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;

/**
 * The audit page names every action and purpose in words, in each console language's own file (a
 * word missing from the Spanish file would fall back to English unseen): the page builds the keys
 * from the codes, which the page check cannot see.
 */
class AuditActionWordsTest {

  @ParameterizedTest
  @ValueSource(strings = {"cases.properties", "cases_es.properties"})
  void everyActionAndPurposeHasItsWords(String file) throws IOException {
    Properties words = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/i18n/" + file)) {
      words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    List<String> missing =
        java.util.stream.Stream.concat(
                Arrays.stream(AuditAction.values()).map(action -> "auditAction." + action.name()),
                Arrays.stream(AccessPurpose.values()).map(purpose -> "purpose." + purpose.name()))
            .filter(key -> words.getProperty(key, "").isBlank())
            .toList();
    assertThat(missing).as("keys without words in " + file).isEmpty();
  }
}
