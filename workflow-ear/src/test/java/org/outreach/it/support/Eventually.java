package org.outreach.it.support;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Waits for work the server does on its own threads (the job executor). The limit only bounds a
 * broken run; no test asserts how long anything took.
 */
public final class Eventually {

  private static final Duration LIMIT = Duration.ofSeconds(60);
  private static final Duration PAUSE = Duration.ofMillis(200);

  private Eventually() {}

  public static <T> T await(String what, Supplier<T> probe) {
    return await(what, LIMIT, probe);
  }

  /** As {@link #await(String, Supplier)}, for work that takes longer on a busy machine. */
  public static <T> T await(String what, Duration limit, Supplier<T> probe) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (true) {
      T value = probe.get();
      if (value != null && !Boolean.FALSE.equals(value)) {
        return value;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Gave up waiting for: " + what);
      }
      try {
        Thread.sleep(PAUSE.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted while waiting for: " + what);
      }
    }
  }
}
