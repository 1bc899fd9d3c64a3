package org.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SharedFiguresTest {

  /** A clock the test moves. */
  private static final class MovedClock extends Clock {
    private Instant now = Instant.parse("2026-12-06T10:00:00Z");

    void move(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void figuresAreCountedOnceWithinTheirMaximumAgeAndAgainAfterIt() {
    MovedClock clock = new MovedClock();
    SharedFigures shared = new SharedFigures(Duration.ofSeconds(10), clock);
    AtomicInteger counts = new AtomicInteger();

    SharedFigures.Counted<Integer> first = shared.of("funnel", counts::incrementAndGet);
    clock.move(Duration.ofSeconds(9));
    SharedFigures.Counted<Integer> again = shared.of("funnel", counts::incrementAndGet);
    assertThat(again).isSameAs(first);
    assertThat(again.countedAt()).isEqualTo(Instant.parse("2026-12-06T10:00:00Z"));

    clock.move(Duration.ofSeconds(1));
    SharedFigures.Counted<Integer> later = shared.of("funnel", counts::incrementAndGet);
    assertThat(later.figures()).isEqualTo(2);
    assertThat(later.countedAt()).isEqualTo(Instant.parse("2026-12-06T10:00:10Z"));

    // each name its own figures
    assertThat(shared.of("processes", () -> 100).figures()).isEqualTo(100);
    assertThat(shared.of("funnel", counts::incrementAndGet).figures()).isEqualTo(2);
  }

  @Test
  void aMaximumAgeOfZeroCountsOnEveryLook() {
    SharedFigures shared = new SharedFigures(Duration.ZERO, new MovedClock());
    AtomicInteger counts = new AtomicInteger();
    shared.of("funnel", counts::incrementAndGet);
    shared.of("funnel", counts::incrementAndGet);
    assertThat(counts).hasValue(2);
  }

  @Test
  void aFailedCountIsNotKeptAndTheNextLookCountsAgain() {
    SharedFigures shared = new SharedFigures(Duration.ofSeconds(10), new MovedClock());
    AtomicInteger counts = new AtomicInteger();
    try {
      shared.of(
          "funnel",
          () -> {
            counts.incrementAndGet();
            throw new IllegalStateException("database gone");
          });
    } catch (IllegalStateException expected) {
      // the caller's failure
    }
    assertThat(shared.of("funnel", counts::incrementAndGet).figures()).isEqualTo(2);
  }

  @Test
  void lookersArrivingDuringACountWaitForItAndShareItsResult() throws Exception {
    SharedFigures shared = new SharedFigures(Duration.ofSeconds(10), Clock.systemUTC());
    AtomicInteger counts = new AtomicInteger();
    CountDownLatch counting = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService lookers = Executors.newFixedThreadPool(5);
    try {
      Future<SharedFigures.Counted<Integer>> first =
          lookers.submit(
              () ->
                  shared.of(
                      "funnel",
                      () -> {
                        counting.countDown();
                        await(release);
                        return counts.incrementAndGet();
                      }));
      assertThat(counting.await(10, TimeUnit.SECONDS)).isTrue();
      List<Future<SharedFigures.Counted<Integer>>> others = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        others.add(lookers.submit(() -> shared.of("funnel", counts::incrementAndGet)));
      }
      release.countDown();
      assertThat(first.get(10, TimeUnit.SECONDS).figures()).isEqualTo(1);
      for (Future<SharedFigures.Counted<Integer>> other : others) {
        assertThat(other.get(10, TimeUnit.SECONDS).figures()).isEqualTo(1);
      }
      assertThat(counts).hasValue(1);
    } finally {
      lookers.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
