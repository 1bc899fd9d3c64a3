package org.outreach.it.support;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.event.suite.AfterClass;

/**
 * Holds every test class to the work it started: after its last test, and before its deployment is
 * undeployed, the class waits until the job executor has no job it could run (every async step and
 * due timer its cases started has run, or failed out of tries), and fails when that count stops
 * falling for a minute. So no class hands the next one a queue of its jobs, and a test's wait (see
 * {@link Eventually}) is for its own work. Timers due later (a hold's end, a reminder in days) are
 * not work left behind: they are the cases' state.
 */
public class LeavesNoJobsBehind implements LoadableExtension {

  /** How long the count may stay put before the class is failed for leaving work behind. */
  static final Duration STILL = Duration.ofSeconds(60);

  /** The longest a class may take to finish its work in all. */
  static final Duration CEILING = Duration.ofMinutes(10);

  private static final Duration PAUSE = Duration.ofMillis(250);

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(Checker.class);
  }

  public static class Checker {

    private static final Logger LOG = Logger.getLogger(LeavesNoJobsBehind.class.getName());

    /**
     * Jobs an earlier class left and was failed for: a later class is held to leave no more than
     * these, so one class's leftovers fail that class alone, not every class after it.
     */
    private static long inherited;

    /** Around the end of a class: the wait first, the undeployment after it whatever happens. */
    public void afterClass(@Observes EventContext<AfterClass> context) {
      String testClass = context.getEvent().getTestClass().getJavaClass().getSimpleName();
      AssertionError left = null;
      try {
        left = waitForTheJobs(testClass, ServerJobs::executable, inherited, STILL, CEILING);
        if (left != null) {
          left = new AssertionError(left.getMessage() + ": " + ServerJobs.described());
        }
        long now = ServerJobs.executable().orElse(0);
        inherited = left != null ? now : Math.min(inherited, now);
      } finally {
        context.proceed();
      }
      if (left != null) {
        throw left;
      }
    }

    /**
     * Waits until the count the source reads is no more than {@code already} (jobs an earlier class
     * left): null then, or when there is no count to read (no test module deployed); else the
     * failure naming the class and what it left.
     */
    static AssertionError waitForTheJobs(
        String testClass,
        Supplier<OptionalLong> counts,
        long already,
        Duration still,
        Duration ceiling) {
      long start = System.nanoTime();
      long lastChange = start;
      OptionalLong first = counts.get();
      if (first.isEmpty()) {
        LOG.info(testClass + ": no test module deployed, the server's jobs not counted");
        return null;
      }
      long last = first.getAsLong();
      while (last > already) {
        long time = System.nanoTime();
        if (time - lastChange > still.toNanos() || time - start > ceiling.toNanos()) {
          return new AssertionError(
              testClass
                  + " left "
                  + (last - already)
                  + " jobs the job executor could run"
                  + (already > 0 ? " (besides " + already + " an earlier class left)" : "")
                  + ", and they did not run (the count stayed"
                  + " put for "
                  + still.toSeconds()
                  + " s or the wait passed "
                  + ceiling.toSeconds()
                  + " s)");
        }
        pause();
        OptionalLong now = counts.get();
        if (now.isEmpty()) {
          return new AssertionError(
              testClass + ": the server stopped answering while " + last + " jobs were due");
        }
        if (now.getAsLong() != last) {
          last = now.getAsLong();
          lastChange = System.nanoTime();
        }
      }
      long waited = Duration.ofNanos(System.nanoTime() - start).toMillis();
      if (waited > 1_000) {
        LOG.info(testClass + ": its jobs ran out " + waited + " ms after its last test");
      }
      return null;
    }

    private static void pause() {
      try {
        Thread.sleep(PAUSE.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted while waiting for the server's jobs");
      }
    }
  }
}
