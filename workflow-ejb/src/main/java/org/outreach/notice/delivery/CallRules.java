package org.outreach.notice.delivery;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;
import org.outreach.notice.delivery.InvalidCallException.Field;
import org.outreach.notice.delivery.InvalidCallException.Rule;
import org.outreach.notice.templates.TemplateLanguage;

/**
 * The rules of a call record, in the order of the form. A notified call needs the language it was
 * held in and the notice read to the person; whether they acknowledged it is theirs to say. A call
 * that did not reach the person holds neither, and may hold when to call back, which is after the
 * call. The number is checked against the person's record by {@link PhoneCalls}.
 */
public final class CallRules {

  /** The longest note, in characters. */
  public static final int NOTE_MAX_LENGTH = 2000;

  /** A browser's clock a little ahead of the server's is not a call in the future. */
  static final Duration CLOCK_GRACE = Duration.ofMinutes(1);

  /** Every ISO 639 code, in its two- and three-letter forms. */
  private static final Set<String> LANGUAGE_CODES = languageCodes();

  private CallRules() {}

  /** The languages the campaign writes notices in, by ISO 639-1 code: what a form offers first. */
  public static List<String> campaignLanguages() {
    return java.util.Arrays.stream(TemplateLanguage.values()).map(TemplateLanguage::code).toList();
  }

  /**
   * @throws InvalidCallException naming the first field at fault
   */
  static void check(NewPhoneCall call, OffsetDateTime caseOpened, OffsetDateTime now) {
    if (call == null || call.outcome() == null) {
      throw new InvalidCallException(Field.OUTCOME, Rule.REQUIRED);
    }
    OffsetDateTime at = call.calledAt();
    if (at == null) {
      throw new InvalidCallException(Field.CALLED_AT, Rule.REQUIRED);
    }
    if (at.isAfter(now.plus(CLOCK_GRACE))) {
      throw new InvalidCallException(Field.CALLED_AT, Rule.IN_THE_FUTURE);
    }
    if (caseOpened != null && at.isBefore(caseOpened)) {
      throw new InvalidCallException(Field.CALLED_AT, Rule.BEFORE_THE_CASE);
    }
    if (call.phone() == null || call.phone().isBlank()) {
      throw new InvalidCallException(Field.PHONE, Rule.REQUIRED);
    }
    boolean notified = call.outcome() == CallOutcome.NOTIFIED;
    String language = languageOf(call);
    if (notified && language == null) {
      throw new InvalidCallException(Field.LANGUAGE, Rule.REQUIRED);
    }
    if (!notified && language != null) {
      throw new InvalidCallException(Field.LANGUAGE, Rule.ONLY_WHEN_NOTIFIED);
    }
    if (language != null && !LANGUAGE_CODES.contains(language)) {
      throw new InvalidCallException(Field.LANGUAGE, Rule.UNKNOWN_LANGUAGE);
    }
    if (notified && !call.noticeRead()) {
      throw new InvalidCallException(Field.NOTICE_READ, Rule.NEEDED_TO_NOTIFY);
    }
    if (!notified && call.noticeRead()) {
      throw new InvalidCallException(Field.NOTICE_READ, Rule.ONLY_WHEN_NOTIFIED);
    }
    if (!notified && call.acknowledged()) {
      throw new InvalidCallException(Field.ACKNOWLEDGED, Rule.ONLY_WHEN_NOTIFIED);
    }
    OffsetDateTime callBack = call.callBackAt();
    if (callBack != null && notified) {
      throw new InvalidCallException(Field.CALL_BACK_AT, Rule.ONLY_WHEN_NOT_REACHED);
    }
    if (callBack != null && !callBack.isAfter(at)) {
      throw new InvalidCallException(Field.CALL_BACK_AT, Rule.NOT_AFTER_THE_CALL);
    }
    if (call.note() != null && call.note().length() > NOTE_MAX_LENGTH) {
      throw new InvalidCallException(Field.NOTE, Rule.TOO_LONG);
    }
  }

  /** The language as stored: stripped, lower case; blank is none. */
  static String languageOf(NewPhoneCall call) {
    String language = call.language();
    return language == null || language.isBlank()
        ? null
        : language.strip().toLowerCase(Locale.ROOT);
  }

  /** A blank note is no note. */
  static String noteOf(NewPhoneCall call) {
    String note = call.note();
    return note == null || note.isBlank() ? null : note.strip();
  }

  private static Set<String> languageCodes() {
    Set<String> codes = new HashSet<>();
    for (String code : Locale.getISOLanguages()) {
      codes.add(code);
      try {
        codes.add(Locale.forLanguageTag(code).getISO3Language());
      } catch (MissingResourceException e) {
        // a two-letter code without a three-letter form; the two-letter form still counts
      }
    }
    codes.remove("");
    return Set.copyOf(codes);
  }
}
