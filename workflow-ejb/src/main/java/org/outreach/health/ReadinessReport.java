package org.outreach.health;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The outcome of each check and whether all passed. */
public record ReadinessReport(Map<String, Boolean> checks) {

  public ReadinessReport {
    checks = Collections.unmodifiableMap(new LinkedHashMap<>(checks));
  }

  public boolean ready() {
    return checks.values().stream().allMatch(Boolean::booleanValue);
  }
}
