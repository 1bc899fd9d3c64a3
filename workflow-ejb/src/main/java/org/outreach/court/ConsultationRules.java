package org.outreach.court;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.outreach.court.InvalidConsultationException.Field;
import org.outreach.court.InvalidConsultationException.Rule;

/**
 * The rules of a consultation record, in the order of its form. Offered: counsel by name and
 * organisation, the day it was offered (not in the future, not before the case), the person's
 * answer, a note if any. Scheduled: counsel, when (not before the case was opened: a consultation
 * already held may be recorded late), in person at an address or remote (then no address), a note
 * if any. The checked record comes back stripped, a blank note as none.
 */
public final class ConsultationRules {

  /** The longest name of counsel or of their organisation, in characters. */
  public static final int NAME_MAX_LENGTH = 200;

  /** The longest address of a consultation in person, in characters. */
  public static final int ADDRESS_MAX_LENGTH = 500;

  /** The longest note, in characters. */
  public static final int NOTE_MAX_LENGTH = 2000;

  private ConsultationRules() {}

  /**
   * @throws InvalidConsultationException naming the first field at fault
   */
  static NewConsultationOffer checked(
      NewConsultationOffer offer, OffsetDateTime caseOpened, OffsetDateTime now) {
    if (offer == null) {
      throw new InvalidConsultationException(Field.COUNSEL_NAME, Rule.REQUIRED);
    }
    String name = counsel(offer.counselName(), Field.COUNSEL_NAME);
    String organisation = counsel(offer.counselOrganisation(), Field.COUNSEL_ORGANISATION);
    LocalDate offered = offer.offeredOn();
    if (offered == null) {
      throw new InvalidConsultationException(Field.OFFERED_ON, Rule.REQUIRED);
    }
    if (offered.isAfter(CourtDays.latest(now))) {
      throw new InvalidConsultationException(Field.OFFERED_ON, Rule.IN_THE_FUTURE);
    }
    LocalDate earliest = CourtDays.earliest(caseOpened);
    if (earliest != null && offered.isBefore(earliest)) {
      throw new InvalidConsultationException(Field.OFFERED_ON, Rule.BEFORE_THE_CASE);
    }
    if (offer.outcome() == null) {
      throw new InvalidConsultationException(Field.OUTCOME, Rule.REQUIRED);
    }
    return new NewConsultationOffer(
        name, organisation, offered, offer.outcome(), note(offer.note()));
  }

  /**
   * @param caseOpened when the case was opened, to the minute (moments are entered to the minute)
   * @throws InvalidConsultationException naming the first field at fault
   */
  static NewConsultationSchedule checked(
      NewConsultationSchedule schedule, OffsetDateTime caseOpened) {
    if (schedule == null) {
      throw new InvalidConsultationException(Field.COUNSEL_NAME, Rule.REQUIRED);
    }
    String name = counsel(schedule.counselName(), Field.COUNSEL_NAME);
    String organisation = counsel(schedule.counselOrganisation(), Field.COUNSEL_ORGANISATION);
    OffsetDateTime at = schedule.scheduledAt();
    if (at == null) {
      throw new InvalidConsultationException(Field.SCHEDULED_AT, Rule.REQUIRED);
    }
    if (caseOpened != null && at.isBefore(caseOpened)) {
      throw new InvalidConsultationException(Field.SCHEDULED_AT, Rule.BEFORE_THE_CASE);
    }
    if (schedule.place() == null) {
      throw new InvalidConsultationException(Field.PLACE, Rule.REQUIRED);
    }
    String address = CourtDays.stripped(schedule.address());
    if (schedule.place() == ConsultationPlace.IN_PERSON) {
      if (address == null) {
        throw new InvalidConsultationException(Field.ADDRESS, Rule.REQUIRED);
      }
      if (address.length() > ADDRESS_MAX_LENGTH) {
        throw new InvalidConsultationException(Field.ADDRESS, Rule.TOO_LONG);
      }
      if (CourtDays.hasControlCharacters(address)) {
        throw new InvalidConsultationException(Field.ADDRESS, Rule.CONTROL_CHARACTERS);
      }
    } else if (address != null) {
      throw new InvalidConsultationException(Field.ADDRESS, Rule.ONLY_IN_PERSON);
    }
    return new NewConsultationSchedule(
        name, organisation, at, schedule.place(), address, note(schedule.note()));
  }

  private static String counsel(String value, Field field) {
    String given = CourtDays.stripped(value);
    if (given == null) {
      throw new InvalidConsultationException(field, Rule.REQUIRED);
    }
    if (given.length() > NAME_MAX_LENGTH) {
      throw new InvalidConsultationException(field, Rule.TOO_LONG);
    }
    if (CourtDays.hasControlCharacters(given)) {
      throw new InvalidConsultationException(field, Rule.CONTROL_CHARACTERS);
    }
    return given;
  }

  private static String note(String value) {
    String note = CourtDays.stripped(value);
    if (note != null && note.length() > NOTE_MAX_LENGTH) {
      throw new InvalidConsultationException(Field.NOTE, Rule.TOO_LONG);
    }
    return note;
  }

  /**
   * The day a scheduled consultation took place: given, not after today and not before the day the
   * case was opened, as the other days of court access are read ({@link CourtDays}).
   *
   * @throws InvalidConsultationHeldException naming the rule
   */
  static void checkHeld(LocalDate heldOn, OffsetDateTime caseOpened, OffsetDateTime now) {
    if (heldOn == null) {
      throw new InvalidConsultationHeldException(InvalidConsultationHeldException.Rule.REQUIRED);
    }
    if (heldOn.isAfter(CourtDays.latest(now))) {
      throw new InvalidConsultationHeldException(
          InvalidConsultationHeldException.Rule.IN_THE_FUTURE);
    }
    LocalDate earliest = CourtDays.earliest(caseOpened);
    if (earliest != null && heldOn.isBefore(earliest)) {
      throw new InvalidConsultationHeldException(
          InvalidConsultationHeldException.Rule.BEFORE_THE_CASE);
    }
  }
}
