package org.outreach.travel;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.outreach.travel.InvalidTravelRecordException.Field;
import org.outreach.travel.InvalidTravelRecordException.Rule;

/**
 * The rules of the return-travel records, in the order of their forms. Every step names through
 * whom it was worked: counsel or a partner organisation (a home government or its consulate is
 * refused by its own rule), a name, an organisation if any. The wish: the day of the answer (not in
 * the future, not before the case) and the answer. Documents: which, issued by whom, issued on (not
 * in the future), valid until (after the day issued, and not already over). Booking: carrier,
 * departure (not before the day the booking task was opened: a booking recorded after the person
 * left is still true, but it cannot predate the task that made it), from and to (not the same), the
 * booking reference. Arrival: arrived or not, and the day (not in the future, not before the case).
 * A note if any. The checked record comes back stripped, a blank value as none.
 */
public final class TravelRules {

  /** The longest name, organisation, issuer, carrier or place, in characters. */
  public static final int NAME_MAX_LENGTH = 200;

  /** The longest booking reference, in characters. */
  public static final int REFERENCE_MAX_LENGTH = 64;

  /** The longest note, in characters. */
  public static final int NOTE_MAX_LENGTH = 2000;

  private TravelRules() {}

  /**
   * Refuses a contact kind that is missing or not safe: what a form checks before anything else.
   *
   * @throws InvalidTravelRecordException naming {@code CONTACT_KIND}
   */
  public static void checkContactKind(TravelContactKind kind) {
    if (kind == null) {
      throw new InvalidTravelRecordException(Field.CONTACT_KIND, Rule.REQUIRED);
    }
    if (!kind.isSafe()) {
      throw new InvalidTravelRecordException(Field.CONTACT_KIND, Rule.GOVERNMENT_OR_CONSULATE);
    }
  }

  /**
   * @throws InvalidTravelRecordException naming the first field at fault
   */
  static NewReturnWish checked(NewReturnWish wish, OffsetDateTime caseOpened, OffsetDateTime now) {
    if (wish == null) {
      throw new InvalidTravelRecordException(Field.CONTACT_KIND, Rule.REQUIRED);
    }
    NewTravelContact contact = contact(wish.contact());
    LocalDate reached = pastDay(wish.reachedOn(), Field.REACHED_ON, caseOpened, now);
    if (wish.wish() == null) {
      throw new InvalidTravelRecordException(Field.RETURN_WISH, Rule.REQUIRED);
    }
    return new NewReturnWish(contact, reached, wish.wish(), note(wish.note()));
  }

  /**
   * @throws InvalidTravelRecordException naming the first field at fault
   */
  static NewTravelDocuments checked(NewTravelDocuments documents, OffsetDateTime now) {
    if (documents == null || documents.kind() == null) {
      throw new InvalidTravelRecordException(Field.DOCUMENT_KIND, Rule.REQUIRED);
    }
    String issuedBy = text(documents.issuedBy(), Field.ISSUED_BY, NAME_MAX_LENGTH);
    LocalDate issued = documents.issuedOn();
    if (issued == null) {
      throw new InvalidTravelRecordException(Field.ISSUED_ON, Rule.REQUIRED);
    }
    if (issued.isAfter(TravelDays.latest(now))) {
      throw new InvalidTravelRecordException(Field.ISSUED_ON, Rule.IN_THE_FUTURE);
    }
    LocalDate validUntil = documents.validUntil();
    if (validUntil == null) {
      throw new InvalidTravelRecordException(Field.VALID_UNTIL, Rule.REQUIRED);
    }
    if (!validUntil.isAfter(issued)) {
      throw new InvalidTravelRecordException(Field.VALID_UNTIL, Rule.NOT_AFTER_ISSUED);
    }
    if (validUntil.isBefore(TravelDays.earliest(now))) {
      throw new InvalidTravelRecordException(Field.VALID_UNTIL, Rule.EXPIRED);
    }
    NewTravelContact contact = contact(documents.contact());
    return new NewTravelDocuments(
        documents.kind(), issuedBy, issued, validUntil, contact, note(documents.note()));
  }

  /**
   * @param taskOpened when the booking task was opened; {@code null} when unknown
   * @throws InvalidTravelRecordException naming the first field at fault
   */
  static NewTravelBooking checked(NewTravelBooking booking, OffsetDateTime taskOpened) {
    if (booking == null) {
      throw new InvalidTravelRecordException(Field.CARRIER, Rule.REQUIRED);
    }
    String carrier = text(booking.carrier(), Field.CARRIER, NAME_MAX_LENGTH);
    LocalDate departure = booking.departureOn();
    if (departure == null) {
      throw new InvalidTravelRecordException(Field.DEPARTURE_ON, Rule.REQUIRED);
    }
    LocalDate earliest = TravelDays.earliest(taskOpened);
    if (earliest != null && departure.isBefore(earliest)) {
      throw new InvalidTravelRecordException(Field.DEPARTURE_ON, Rule.BEFORE_THE_TASK);
    }
    String from = text(booking.from(), Field.FROM_PLACE, NAME_MAX_LENGTH);
    String to = text(booking.to(), Field.TO_PLACE, NAME_MAX_LENGTH);
    if (from.toLowerCase(Locale.ROOT).equals(to.toLowerCase(Locale.ROOT))) {
      throw new InvalidTravelRecordException(Field.TO_PLACE, Rule.SAME_PLACE);
    }
    String reference =
        text(booking.bookingReference(), Field.BOOKING_REFERENCE, REFERENCE_MAX_LENGTH);
    NewTravelContact contact = contact(booking.contact());
    return new NewTravelBooking(
        carrier, departure, from, to, reference, contact, note(booking.note()));
  }

  /**
   * @throws InvalidTravelRecordException naming the first field at fault
   */
  static NewArrival checked(NewArrival arrival, OffsetDateTime caseOpened, OffsetDateTime now) {
    if (arrival == null || arrival.outcome() == null) {
      throw new InvalidTravelRecordException(Field.ARRIVAL_OUTCOME, Rule.REQUIRED);
    }
    LocalDate on = pastDay(arrival.on(), Field.ARRIVAL_ON, caseOpened, now);
    NewTravelContact contact = contact(arrival.contact());
    return new NewArrival(arrival.outcome(), on, contact, note(arrival.note()));
  }

  private static NewTravelContact contact(NewTravelContact contact) {
    checkContactKind(contact == null ? null : contact.kind());
    String name = text(contact.name(), Field.CONTACT_NAME, NAME_MAX_LENGTH);
    String organisation = TravelDays.stripped(contact.organisation());
    if (organisation != null) {
      organisation = text(organisation, Field.CONTACT_ORGANISATION, NAME_MAX_LENGTH);
    }
    return new NewTravelContact(contact.kind(), name, organisation);
  }

  private static LocalDate pastDay(
      LocalDate day, Field field, OffsetDateTime caseOpened, OffsetDateTime now) {
    if (day == null) {
      throw new InvalidTravelRecordException(field, Rule.REQUIRED);
    }
    if (day.isAfter(TravelDays.latest(now))) {
      throw new InvalidTravelRecordException(field, Rule.IN_THE_FUTURE);
    }
    LocalDate earliest = TravelDays.earliest(caseOpened);
    if (earliest != null && day.isBefore(earliest)) {
      throw new InvalidTravelRecordException(field, Rule.BEFORE_THE_CASE);
    }
    return day;
  }

  private static String text(String value, Field field, int maxLength) {
    String given = TravelDays.stripped(value);
    if (given == null) {
      throw new InvalidTravelRecordException(field, Rule.REQUIRED);
    }
    if (given.length() > maxLength) {
      throw new InvalidTravelRecordException(field, Rule.TOO_LONG);
    }
    if (TravelDays.hasControlCharacters(given)) {
      throw new InvalidTravelRecordException(field, Rule.CONTROL_CHARACTERS);
    }
    return given;
  }

  private static String note(String value) {
    String note = TravelDays.stripped(value);
    if (note != null && note.length() > NOTE_MAX_LENGTH) {
      throw new InvalidTravelRecordException(Field.NOTE, Rule.TOO_LONG);
    }
    return note;
  }
}
