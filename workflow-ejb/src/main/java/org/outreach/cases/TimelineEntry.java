package org.outreach.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One thing that happened on a case, as the case view shows it. Words are bundle keys, so every
 * reader sees them in their own language: {@code kind} is shown as {@code timeline.<kind>}, each
 * fact's label as {@code fact.<label>}. A fact's value is either a key too ({@code translated}), or
 * a value as recorded (a date, a number, a caseworker's note), decrypted for this reader: entries
 * reach only a reader whose read of the case was audited.
 *
 * @param kind what happened, such as {@code locate.attempt} or {@code event.NOTICE_SENT}
 * @param actor the staff member who recorded it, or {@code system}
 */
public record TimelineEntry(OffsetDateTime at, String kind, String actor, List<Fact> facts) {

  /**
   * One detail of an entry.
   *
   * @param value a bundle key, the value as recorded, or a moment or day in ISO form, as {@code
   *     shape} says
   */
  public record Fact(String label, String value, Shape shape) {

    /** How the console shows a fact's value. */
    public enum Shape {
      /** A bundle key, shown in the reader's language. */
      KEY,
      /** Shown as recorded. */
      TEXT,
      /** A moment ({@code OffsetDateTime} in ISO form), shown in the campaign's time zone. */
      MOMENT,
      /** A calendar day ({@code LocalDate} in ISO form), shown in the reader's language. */
      DAY
    }

    public Fact {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(shape, "shape");
    }

    /** A value that is itself a bundle key, such as {@code channel.PHONE_CALL}. */
    public static Fact key(String label, String key) {
      return new Fact(label, key, Shape.KEY);
    }

    /** A value shown as recorded. */
    public static Fact value(String label, String value) {
      return new Fact(label, value, Shape.TEXT);
    }

    /** A moment, such as an agreed call-back time. */
    public static Fact moment(String label, OffsetDateTime moment) {
      return new Fact(label, moment.toString(), Shape.MOMENT);
    }

    /** A calendar day, such as the day a court received a filing. */
    public static Fact day(String label, LocalDate day) {
      return new Fact(label, day.toString(), Shape.DAY);
    }

    /** Whether the value is a bundle key. */
    public boolean translated() {
      return shape == Shape.KEY;
    }

    @Override
    public String toString() {
      return "Fact[" + label + "]";
    }
  }

  public TimelineEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(kind, "kind");
    facts = facts == null ? List.of() : List.copyOf(facts);
  }

  @Override
  public String toString() {
    return "TimelineEntry[" + kind + " at " + at + "]";
  }
}
