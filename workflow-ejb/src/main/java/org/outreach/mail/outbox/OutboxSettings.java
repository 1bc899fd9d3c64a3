package org.outreach.mail.outbox;

import java.time.Duration;
import java.util.function.UnaryOperator;
import org.outreach.campaign.SettingValues;

/**
 * How the outbox sends, read like the campaign's settings (system property, else environment
 * variable, else the default).
 *
 * @param perMinute the most tries the relay is given in any minute ({@value #PER_MINUTE}, 120):
 *     what the agency's relay allows, shared by every node of the server
 * @param attempts tries before a message the relay keeps deferring is given up ({@value #ATTEMPTS},
 *     8)
 * @param firstRetry the wait after the first failed try ({@value #FIRST_RETRY}, one minute),
 *     doubled after each further one up to {@link #LONGEST_WAIT}: eight tries span about two hours
 * @param sendingTimeout how long a try may stay unanswered before it counts as interrupted and the
 *     message is tried again ({@value #SENDING_TIMEOUT}, five minutes): longer than the mail
 *     session's own timeouts, so a try still running is never repeated
 * @param paused nothing is sent while set ({@value #PAUSED}, {@code false}): for an incident at the
 *     relay or in a text; the messages wait, CREATED, and go once it is unset
 */
public record OutboxSettings(
    int perMinute, int attempts, Duration firstRetry, Duration sendingTimeout, boolean paused) {

  public static final String PER_MINUTE = "outreach.mail.per-minute";
  public static final String ATTEMPTS = "outreach.mail.attempts";
  public static final String FIRST_RETRY = "outreach.mail.first-retry";
  public static final String SENDING_TIMEOUT = "outreach.mail.sending-timeout";
  public static final String PAUSED = "outreach.mail.paused";

  /** The longest wait between two tries. */
  public static final Duration LONGEST_WAIT = Duration.ofHours(1);

  public static OutboxSettings current() {
    return from(SettingValues.ofServer());
  }

  public static OutboxSettings from(UnaryOperator<String> lookup) {
    return new OutboxSettings(
        SettingValues.positiveInt(lookup, PER_MINUTE, 120),
        SettingValues.positiveInt(lookup, ATTEMPTS, 8),
        SettingValues.positiveDuration(lookup, FIRST_RETRY, "PT1M"),
        SettingValues.positiveDuration(lookup, SENDING_TIMEOUT, "PT5M"),
        SettingValues.flag(lookup, PAUSED, false));
  }

  /**
   * The wait before the next try, after {@code tries} failed ones: the first retry's wait, doubled
   * each time, at most {@link #LONGEST_WAIT}.
   */
  public Duration waitAfter(int tries) {
    Duration longest = firstRetry.compareTo(LONGEST_WAIT) > 0 ? firstRetry : LONGEST_WAIT;
    Duration wait = firstRetry;
    for (int i = 1; i < tries && wait.compareTo(longest) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(longest) > 0 ? longest : wait;
  }
}
