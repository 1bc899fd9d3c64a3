package org.outreach.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;
import org.outreach.campaign.SettingValues;

/**
 * Shows a moment (an {@code OffsetDateTime}, {@code Instant} or {@code Date}) as a date and time in
 * the reader's language and in the campaign's time zone: {@code <f:converter
 * converterId="console.dateTime"/>}. Output only: the console never parses a moment back from what
 * it showed.
 */
@FacesConverter("console.dateTime")
public class ConsoleDateTimes implements Converter<Object> {

  /** The setting naming the time zone the console shows dates in (default: the server's). */
  public static final String TIME_ZONE = "outreach.console.time-zone";

  @Override
  public String getAsString(FacesContext context, UIComponent component, Object value) {
    if (value == null) {
      return "";
    }
    ZonedDateTime moment;
    if (value instanceof OffsetDateTime offset) {
      moment = offset.atZoneSameInstant(zone());
    } else if (value instanceof Instant instant) {
      moment = instant.atZone(zone());
    } else if (value instanceof Date date) {
      moment = date.toInstant().atZone(zone());
    } else if (value instanceof ZonedDateTime zoned) {
      moment = zoned.withZoneSameInstant(zone());
    } else {
      throw new ConverterException("Not a moment: " + value.getClass().getName());
    }
    return format(moment, locale(context));
  }

  @Override
  public Object getAsObject(FacesContext context, UIComponent component, String value) {
    throw new ConverterException("console.dateTime is for showing moments only");
  }

  static String format(TemporalAccessor moment, Locale locale) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(locale)
        .format(moment);
  }

  /** A moment as {@code console.dateTime} shows it, for text built in a bean. */
  public static String shown(OffsetDateTime moment) {
    return format(moment.atZoneSameInstant(zone()), locale(FacesContext.getCurrentInstance()));
  }

  /** A moment as {@code console.dateTime} shows it to a reader of {@code locale}. */
  public static String shown(Instant moment, Locale locale) {
    return format(moment.atZone(zone()), locale);
  }

  /** A calendar day in the reader's language, such as "Mar 3, 2027" or "3 mar 2027". */
  public static String shown(java.time.LocalDate day) {
    return shown(day, locale(FacesContext.getCurrentInstance()));
  }

  /** A calendar day in the language of {@code locale}. */
  public static String shown(java.time.LocalDate day, Locale locale) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
  }

  /** What a {@code datetime-local} input sends and takes. */
  public static final java.time.format.DateTimeFormatter INPUT =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  /**
   * A {@code datetime-local} value, read in the campaign's time zone; blank is none.
   *
   * @throws java.time.format.DateTimeParseException when it is not one
   */
  public static java.time.OffsetDateTime fromInput(String input) {
    if (input == null || input.isBlank()) {
      return null;
    }
    return java.time.LocalDateTime.parse(input.strip(), INPUT).atZone(zone()).toOffsetDateTime();
  }

  /** Now, to the minute, as a {@code datetime-local} input takes it: its latest value. */
  public static String latestInput() {
    return java.time.LocalDateTime.now(zone())
        .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
        .format(INPUT);
  }

  /**
   * The campaign's time zone: {@value #TIME_ZONE} (or its environment variable), else the server's;
   * one for everyone, so a date means the same to every reader.
   */
  public static ZoneId zone() {
    String zone = System.getProperty(TIME_ZONE);
    if (zone == null) {
      zone = System.getenv(SettingValues.environmentName(TIME_ZONE));
    }
    try {
      return zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new IllegalStateException(TIME_ZONE + ": not a time zone id such as America/New_York");
    }
  }

  private static Locale locale(FacesContext context) {
    return context == null || context.getViewRoot() == null
        ? Locale.ENGLISH
        : context.getViewRoot().getLocale();
  }
}
