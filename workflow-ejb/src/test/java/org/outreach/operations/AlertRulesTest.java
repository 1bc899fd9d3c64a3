package org.outreach.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The alert rules (monitoring/outreach-alerts.yml; promtool tests their logic) watch figures the
 * servers serve: every metric of ours they name is one {@link OperationsMetrics} registers, as
 * Prometheus spells it.
 */
class AlertRulesTest {

  private static final Path RULES = Path.of("..", "monitoring", "outreach-alerts.yml");

  @Test
  void everyFigureTheRulesWatchIsServed() throws IOException {
    Set<String> served = new TreeSet<>();
    OperationsMetrics.NAMES.forEach(name -> served.add(name.replace('.', '_')));
    Set<String> watched = new TreeSet<>();
    Matcher metric = Pattern.compile("\\boutreach_[a-z_]+").matcher(Files.readString(RULES));
    while (metric.find()) {
      watched.add(metric.group());
    }
    assertThat(watched)
        .contains("outreach_jobs_incidents", "outreach_mail_held", "outreach_sign_in_failures");
    assertThat(served).containsAll(watched);
  }
}
