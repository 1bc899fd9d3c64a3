package org.outreach.travel;

import jakarta.ejb.ApplicationException;
import java.util.Locale;

/**
 * A return-travel record (wish, documents, booking, arrival) that breaks a rule; names the field
 * and the rule, never a value. Nothing was written.
 */
@ApplicationException(rollback = true)
public class InvalidTravelRecordException extends RuntimeException {

  /** The field at fault. */
  public enum Field {
    CONTACT_KIND,
    CONTACT_NAME,
    CONTACT_ORGANISATION,
    REACHED_ON,
    RETURN_WISH,
    DOCUMENT_KIND,
    ISSUED_BY,
    ISSUED_ON,
    VALID_UNTIL,
    CARRIER,
    DEPARTURE_ON,
    FROM_PLACE,
    TO_PLACE,
    BOOKING_REFERENCE,
    ARRIVAL_OUTCOME,
    ARRIVAL_ON,
    NOTE
  }

  /** The rule it breaks. */
  public enum Rule {
    REQUIRED,
    TOO_LONG,
    CONTROL_CHARACTERS,
    IN_THE_FUTURE,
    BEFORE_THE_CASE,
    BEFORE_THE_TASK,
    NOT_AFTER_ISSUED,
    EXPIRED,
    SAME_PLACE,
    /** A home government or its consulate named as the contact: never. */
    GOVERNMENT_OR_CONSULATE
  }

  private final Field field;
  private final Rule rule;

  public InvalidTravelRecordException(Field field, Rule rule) {
    super(
        field.name().toLowerCase(Locale.ROOT)
            + ": "
            + rule.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    this.field = field;
    this.rule = rule;
  }

  public Field field() {
    return field;
  }

  public Rule rule() {
    return rule;
  }
}
