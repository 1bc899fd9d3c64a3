package org.outreach.web;

import java.util.Optional;

/** Looks through a failure's chain of causes (bounded, so a cycle cannot keep it walking). */
final class Causes {

  private static final int DEPTH = 20;

  private Causes() {}

  /** The first exception of the type in the chain, the failure itself included. */
  static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
    int depth = 0;
    for (Throwable cause = failure;
        cause != null && depth < DEPTH;
        cause = cause.getCause(), depth++) {
      if (type.isInstance(cause)) {
        return Optional.of(type.cast(cause));
      }
    }
    return Optional.empty();
  }
}
