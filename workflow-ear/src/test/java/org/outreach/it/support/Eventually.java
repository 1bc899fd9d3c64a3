package org.outreach.it.support;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for work the server does on its own threads (the job executor). The limit only bounds a
 * broken run; no test asserts how long anything took.
 */
public final class Eventually {

  private static final Duration LIMIT = Duration.ofSeconds(60);
  private static final Duration PAUSE = Duration.ofMillis(200);
  private static final Duration CEILING = Duration.ofMinutes(10);

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

  /**
   * Waits for long work that shows its progress (a bulk start counting its people): gives up only
   * when what the probe reads has not changed for the usual limit, or after ten minutes in all, so
   * a busy machine that is slow but moving does not fail the test, and one that is stuck does. The
   * message names the last thing read.
   */
  public static <T> T awaitProgress(String what, Supplier<T> probe, Predicate<T> done) {
    long start = System.nanoTime();
    long lastChange = start;
    T last = null;
    while (true) {
      T now = probe.get();
      if (now != null && done.test(now)) {
        return now;
      }
      long time = System.nanoTime();
      if (!Objects.equals(now, last)) {
        last = now;
        lastChange = time;
      }
      if (time - lastChange > LIMIT.toNanos() || time - start > CEILING.toNanos()) {
        throw new AssertionError("Gave up waiting for: " + what + "; last read: " + last);
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
