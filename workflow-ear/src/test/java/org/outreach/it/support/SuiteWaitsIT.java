package org.outreach.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The suite's own waits, without a server: the check that a class leaves no job behind fails the
 * class whose jobs stop running and lets one whose jobs run out pass, and a wait goes on while the
 * server's count of due jobs moves and gives up once it stands still. Counts are made up here; the
 * real ones come from {@link ServerJobs} in every other class.
 */
class SuiteWaitsIT {

  private static final Duration STILL = Duration.ofSeconds(1);
  private static final Duration CEILING = Duration.ofSeconds(20);

  @Test
  void aClassWhoseJobsRunOutPasses() {
    Supplier<OptionalLong> falling = countingDownEvery(Duration.ofMillis(300), 5);
    assertThat(LeavesNoJobsBehind.Checker.waitForTheJobs("Falling", falling, 0, STILL, CEILING))
        .isNull();
  }

  @Test
  void aClassWhoseJobsRunSlowlyButSteadilyPassesPastTheStillLimit() {
    long start = System.nanoTime();
    Supplier<OptionalLong> slow = countingDownEvery(Duration.ofMillis(600), 5);
    assertThat(LeavesNoJobsBehind.Checker.waitForTheJobs("Slow", slow, 0, STILL, CEILING)).isNull();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(STILL.multipliedBy(2));
  }

  @Test
  void aClassThatLeavesJobsNobodyRunsFailsNamingItselfAndTheCount() {
    long start = System.nanoTime();
    AssertionError left =
        LeavesNoJobsBehind.Checker.waitForTheJobs(
            "Stuck", () -> OptionalLong.of(3), 0, STILL, CEILING);
    assertThat(left).isNotNull();
    assertThat(left.getMessage()).startsWith("Stuck left 3 jobs the job executor could run");
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(STILL)
        .isLessThan(CEILING);
  }

  @Test
  void aClassWhoseJobsNeverStopMovingFailsAtTheCeiling() {
    AtomicLong reads = new AtomicLong();
    // up and down forever: moving, never done
    Supplier<OptionalLong> restless = () -> OptionalLong.of(1 + reads.incrementAndGet() % 2);
    AssertionError left =
        LeavesNoJobsBehind.Checker.waitForTheJobs(
            "Restless", restless, 0, STILL, Duration.ofSeconds(2));
    assertThat(left).isNotNull();
    assertThat(left.getMessage()).startsWith("Restless left ");
  }

  @Test
  void aClassIsHeldToNoMoreThanAnEarlierClassLeftAndFailsForItsOwnAlone() {
    assertThat(
            LeavesNoJobsBehind.Checker.waitForTheJobs(
                "After", countingDownEvery(Duration.ofMillis(300), 64), 60, STILL, CEILING))
        .isNull();
    AssertionError left =
        LeavesNoJobsBehind.Checker.waitForTheJobs(
            "Also", () -> OptionalLong.of(63), 60, STILL, CEILING);
    assertThat(left).isNotNull();
    assertThat(left.getMessage())
        .startsWith(
            "Also left 3 jobs the job executor could run (besides 60 an earlier class left)");
  }

  @Test
  void withoutATestModuleThereIsNothingToCount() {
    assertThat(
            LeavesNoJobsBehind.Checker.waitForTheJobs(
                "Undeployed", OptionalLong::empty, 0, STILL, CEILING))
        .isNull();
  }

  @Test
  void aServerThatStopsAnsweringFailsTheClass() {
    AtomicLong reads = new AtomicLong();
    Supplier<OptionalLong> gone =
        () -> reads.incrementAndGet() < 3 ? OptionalLong.of(2) : OptionalLong.empty();
    AssertionError left =
        LeavesNoJobsBehind.Checker.waitForTheJobs("Gone", gone, 0, STILL, CEILING);
    assertThat(left).isNotNull();
    assertThat(left.getMessage()).contains("the server stopped answering while 2 jobs were due");
  }

  @Test
  void aWaitGoesOnWhileTheServerWorksAndEndsWithTheCondition() {
    long start = System.nanoTime();
    Supplier<OptionalLong> working = countingDownEvery(Duration.ofMillis(300), 100);
    Duration limit = Duration.ofSeconds(2);
    String value =
        Eventually.await(
            "a condition after one and a half limits",
            limit,
            () -> elapsed(start).compareTo(limit.plus(limit.dividedBy(2))) > 0 ? "done" : null,
            working);
    assertThat(value).isEqualTo("done");
  }

  @Test
  void aWaitGivesUpOnceNeitherTheConditionNorTheServerMoves() {
    long start = System.nanoTime();
    Duration limit = Duration.ofSeconds(2);
    assertThatThrownBy(
            () -> Eventually.await("nothing", limit, () -> null, () -> OptionalLong.of(7)))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Gave up waiting for: nothing (jobs due in the server: 7, no change for 2 s)");
    assertThat(elapsed(start)).isGreaterThanOrEqualTo(limit).isLessThan(limit.multipliedBy(3));
  }

  @Test
  void aWaitWithoutAServerToAskGivesUpAtItsLimit() {
    assertThatThrownBy(
            () ->
                Eventually.await(
                    "nothing", Duration.ofSeconds(1), () -> false, OptionalLong::empty))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("jobs due in the server: not known");
  }

  /** A count falling by one every {@code every} from {@code from} to zero, then staying there. */
  private static Supplier<OptionalLong> countingDownEvery(Duration every, long from) {
    long start = System.nanoTime();
    return () -> OptionalLong.of(Math.max(0, from - elapsed(start).dividedBy(every)));
  }

  private static Duration elapsed(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
