package org.outreach.notice.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A configured period as words in a language: {@code P30D} is "30 days", "30 дней", "30 يومًا",
 * "mikolo 30". The number agrees with its noun by each language's plural rules (the integer rules
 * of the Unicode CLDR), so a text never writes a number of days itself. The words live beside each
 * language's texts ({@code <language>/periods.properties}). A period in whole days is said in days,
 * else in whole hours, else in minutes, each rounded down: a person is never told they have longer
 * than they have.
 */
public final class PeriodPhrases {

  /** The units a period is said in. */
  enum Unit {
    DAY,
    HOUR,
    MINUTE
  }

  /** CLDR's plural categories for whole numbers. */
  enum Category {
    ZERO,
    ONE,
    TWO,
    FEW,
    MANY,
    OTHER
  }

  private static final Map<TemplateLanguage, Properties> WORDS = load();

  private PeriodPhrases() {}

  /**
   * The period in words.
   *
   * @throws IllegalArgumentException for a period shorter than a minute
   */
  public static String of(Duration period, TemplateLanguage language) {
    if (period.toMinutes() < 1) {
      throw new IllegalArgumentException("period: must be at least one minute");
    }
    if (period.equals(Duration.ofDays(period.toDays()))) {
      return phrase(Unit.DAY, period.toDays(), language);
    }
    if (period.equals(Duration.ofHours(period.toHours()))) {
      return phrase(Unit.HOUR, period.toHours(), language);
    }
    return phrase(Unit.MINUTE, period.toMinutes(), language);
  }

  static String phrase(Unit unit, long count, TemplateLanguage language) {
    Properties words = WORDS.get(language);
    String key = unit.name().toLowerCase(Locale.ROOT);
    String pattern =
        words.getProperty(key + "." + category(count, language).name().toLowerCase(Locale.ROOT));
    if (pattern == null) {
      pattern = words.getProperty(key + ".other");
    }
    if (pattern == null) {
      throw new IllegalStateException(
          language.code() + "/periods.properties: no " + key + ".other");
    }
    return new MessageFormat(pattern, Locale.ROOT).format(new Object[] {String.valueOf(count)});
  }

  /** The plural category of a whole number (CLDR cardinal rules, integers only). */
  static Category category(long n, TemplateLanguage language) {
    long mod10 = n % 10;
    long mod100 = n % 100;
    return switch (language) {
      case EN, ES, TR, PS -> n == 1 ? Category.ONE : Category.OTHER;
      case FR, PT, HI, PA, FA, TI, LN -> n == 0 || n == 1 ? Category.ONE : Category.OTHER;
      case RU -> {
        if (mod10 == 1 && mod100 != 11) {
          yield Category.ONE;
        }
        if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
          yield Category.FEW;
        }
        yield Category.MANY;
      }
      case AR -> {
        if (n == 0) {
          yield Category.ZERO;
        }
        if (n == 1) {
          yield Category.ONE;
        }
        if (n == 2) {
          yield Category.TWO;
        }
        if (mod100 >= 3 && mod100 <= 10) {
          yield Category.FEW;
        }
        if (mod100 >= 11) {
          yield Category.MANY;
        }
        yield Category.OTHER;
      }
      case ZH, HT -> Category.OTHER;
    };
  }

  private static Map<TemplateLanguage, Properties> load() {
    Map<TemplateLanguage, Properties> all = new EnumMap<>(TemplateLanguage.class);
    for (TemplateLanguage language : TemplateLanguage.values()) {
      String name = language.code() + "/periods.properties";
      try (InputStream in = PeriodPhrases.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException(name + " is missing");
        }
        Properties words = new Properties();
        words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        all.put(language, words);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return all;
  }
}
