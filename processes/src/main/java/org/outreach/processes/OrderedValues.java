package org.outreach.processes;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Allowed values of a task outcome, in the order the console offers them. */
final class OrderedValues {

  private OrderedValues() {}

  static Set<String> of(String... values) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(values)));
  }
}
