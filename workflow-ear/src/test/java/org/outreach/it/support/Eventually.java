package org.outreach.it.support;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for work the server does on its own threads (the job executor). No test asserts how long
 * anything took; the limit only tells a stuck run from a slow one, and it counts from the server's
 * last progress, not from the start of the wait: while the count of jobs the job executor could run
 * changes, the server is working and the wait goes on (up to ten minutes in all); once the
 * condition has not come about and the count has stood still for the limit, the wait gives up. As
 * every test class leaves no due job behind ({@link LeavesNoJobsBehind}), the jobs a test waits
 * through are its own.
 */
public final class Eventually {

  private static final Duration LIMIT = Duration.ofSeconds(60);
  private static final Duration PAUSE = Duration.ofMillis(200);
  private static final Duration CEILING = Duration.ofMinutes(10);

  /** How often a long wait reads the server's count of due jobs. */
  private static final Duration COUNT_EVERY = Duration.ofSeconds(1);

  private Eventually() {}

  public static <T> T await(String what, Supplier<T> probe) {
    return await(what, LIMIT, probe);
  }

  /**
   * As {@link #await(String, Supplier)}, with another limit: for conditions that come about with
   * time rather than with jobs (a retry's back-off, a round of the outbox, a page that refreshes).
   */
  public static <T> T await(String what, Duration limit, Supplier<T> probe) {
    return await(what, limit, probe, ServerJobs::executable);
  }

  /**
   * As {@link #await(String, Duration, Supplier)}, reading the count of due jobs from {@code
   * jobsDue}.
   */
  static <T> T await(
      String what, Duration limit, Supplier<T> probe, Supplier<OptionalLong> jobsDue) {
    long start = System.nanoTime();
    long lastProgress = start;
    long nextCount = start + COUNT_EVERY.toNanos();
    OptionalLong jobs = OptionalLong.empty();
    while (true) {
      T value = probe.get();
      if (value != null && !Boolean.FALSE.equals(value)) {
        return value;
      }
      long time = System.nanoTime();
      if (time >= nextCount) {
        OptionalLong now = jobsDue.get();
        if (!now.equals(jobs)) {
          if (jobs.isPresent() && now.isPresent()) {
            lastProgress = time;
          }
          jobs = now;
        }
        nextCount = time + COUNT_EVERY.toNanos();
      }
      if (time - lastProgress > limit.toNanos() || time - start > CEILING.toNanos()) {
        throw new AssertionError(
            "Gave up waiting for: "
                + what
                + " (jobs due in the server: "
                + (jobs.isPresent() ? jobs.getAsLong() : "not known")
                + ", no change for "
                + limit.toSeconds()
                + " s)");
      }
      sleep(what);
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
      sleep(what);
    }
  }

  private static void sleep(String what) {
    try {
      Thread.sleep(PAUSE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while waiting for: " + what);
    }
  }
}
