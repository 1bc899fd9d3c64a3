package org.outreach.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.outreach.campaign.SettingValues;

/**
 * Campaign-wide figures counted once for every supervisor who looks within {@value
 * #MAX_AGE_SECONDS} seconds (setting {@value #MAX_AGE}), instead of once per look: what a page
 * shows the campaign is the same for each of its readers, so five supervisors cost the database
 * what one does. A count asked while another is running for the same figures waits for it and takes
 * its result. Pages say when their figures were counted.
 *
 * <p>Only figures that are the same for every reader allowed the page go here: aggregates of the
 * whole campaign, never a person, never anything that depends on who asks.
 */
@ApplicationScoped
public class SharedFigures {

  /** The setting: how many seconds counted figures are shown again; 0 counts on every look. */
  public static final String MAX_AGE = "outreach.console.figures-max-age";

  /** The default of {@value #MAX_AGE}, well under the dashboard's 30-second refresh. */
  public static final int MAX_AGE_SECONDS = 10;

  /** Figures and when they were counted. */
  public record Counted<T>(Instant countedAt, T figures) {}

  private final ConcurrentHashMap<String, Counted<?>> counted = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Object> counting = new ConcurrentHashMap<>();
  private final Duration maxAge;
  private final Clock clock;

  public SharedFigures() {
    this(maxAge(), Clock.systemUTC());
  }

  SharedFigures(Duration maxAge, Clock clock) {
    this.maxAge = maxAge;
    this.clock = clock;
  }

  /**
   * The figures named {@code key}: the last ones counted while younger than the maximum age, else
   * counted now by {@code count} (once, however many ask at the same time).
   */
  @SuppressWarnings("unchecked")
  public <T> Counted<T> of(String key, Supplier<T> count) {
    Counted<T> last = (Counted<T>) counted.get(key);
    if (fresh(last)) {
      return last;
    }
    synchronized (counting.computeIfAbsent(key, name -> new Object())) {
      last = (Counted<T>) counted.get(key);
      if (fresh(last)) {
        return last;
      }
      Instant countedAt = clock.instant();
      Counted<T> now = new Counted<>(countedAt, Objects.requireNonNull(count.get()));
      if (!maxAge.isZero()) {
        counted.put(key, now);
      }
      return now;
    }
  }

  private boolean fresh(Counted<?> last) {
    return last != null && last.countedAt().plus(maxAge).isAfter(clock.instant());
  }

  private static Duration maxAge() {
    String value = System.getProperty(MAX_AGE);
    if (value == null) {
      value = System.getenv(SettingValues.environmentName(MAX_AGE));
    }
    if (value == null || value.isBlank()) {
      return Duration.ofSeconds(MAX_AGE_SECONDS);
    }
    try {
      int seconds = Integer.parseInt(value.strip());
      if (seconds >= 0 && seconds <= 300) {
        return Duration.ofSeconds(seconds);
      }
    } catch (NumberFormatException e) {
      // named below
    }
    throw new IllegalStateException(MAX_AGE + ": a whole number of seconds from 0 to 300");
  }
}
