package org.outreach.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Response times in milliseconds, from any thread. */
final class Samples {
  final List<Double> millis = Collections.synchronizedList(new ArrayList<>());

  void add(double value) {
    millis.add(value);
  }

  double percentile(int p) {
    List<Double> sorted;
    synchronized (millis) {
      sorted = new ArrayList<>(millis);
    }
    Collections.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }

  int size() {
    return millis.size();
  }

  String line() {
    return String.format(
        Locale.ROOT,
        "%8.1f %8.1f %8.1f %8d",
        percentile(50),
        percentile(95),
        percentile(99),
        millis.size());
  }
}
