package org.outreach.retention;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One case the retention job erased, as supervisors read it.
 *
 * @param population where the person was, as the campaign's figures name it ({@code DETAINED},
 *     {@code REMOVED_BEFORE_LEAK_FOUND}, {@code NONE} for a case without a person)
 * @param outcome how the case ended ({@code RELEASED}), or {@code null}
 * @param records how many records went, of every kind
 * @param documents how many of them were documents
 * @param processes how many of the engine's process histories went
 * @param kinds how many records of each kind went ({@code contact-attempts}), by kind's name
 */
public record ErasedCaseView(
    String reference,
    String population,
    String outcome,
    Instant closedAt,
    Instant erasedAt,
    int records,
    int documents,
    int processes,
    Map<String, Integer> kinds) {

  public ErasedCaseView {
    kinds = Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
  }

  static Map<String, Integer> kinds(String stored) {
    Map<String, Integer> kinds = new LinkedHashMap<>();
    if (!stored.isEmpty()) {
      for (String pair : stored.split(",")) {
        int equals = pair.indexOf('=');
        kinds.put(pair.substring(0, equals), Integer.parseInt(pair.substring(equals + 1)));
      }
    }
    return kinds;
  }
}
