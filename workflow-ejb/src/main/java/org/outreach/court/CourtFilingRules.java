package org.outreach.court;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;
import org.outreach.court.InvalidCourtFilingException.Field;
import org.outreach.court.InvalidCourtFilingException.Rule;

/**
 * The rules of a court filing record, in the order of its form: the court, the day filed (not in
 * the future, not before the case), the court's confirmation number (letters, digits and dashes, at
 * most {@value #CONFIRMATION_MAX_LENGTH}), and the filing itself, whose content {@code
 * CaseDocuments} checks. The checked record comes back stripped.
 */
public final class CourtFilingRules {

  /** The longest name of a court, in characters. */
  public static final int COURT_MAX_LENGTH = 200;

  /** The longest confirmation number, in characters. */
  public static final int CONFIRMATION_MAX_LENGTH = 64;

  /** What a confirmation number is made of; at least one letter or digit. */
  private static final Pattern CONFIRMATION =
      Pattern.compile("[A-Za-z0-9-]*[A-Za-z0-9][A-Za-z0-9-]*");

  private CourtFilingRules() {}

  /**
   * @param hasFiling whether a file was uploaded with the record
   * @throws InvalidCourtFilingException naming the first field at fault
   */
  static NewCourtFiling checked(
      NewCourtFiling filing, boolean hasFiling, OffsetDateTime caseOpened, OffsetDateTime now) {
    if (filing == null) {
      throw new InvalidCourtFilingException(Field.COURT, Rule.REQUIRED);
    }
    String court = CourtDays.stripped(filing.court());
    if (court == null) {
      throw new InvalidCourtFilingException(Field.COURT, Rule.REQUIRED);
    }
    if (court.length() > COURT_MAX_LENGTH) {
      throw new InvalidCourtFilingException(Field.COURT, Rule.TOO_LONG);
    }
    if (CourtDays.hasControlCharacters(court)) {
      throw new InvalidCourtFilingException(Field.COURT, Rule.CONTROL_CHARACTERS);
    }
    LocalDate filed = filing.filedOn();
    if (filed == null) {
      throw new InvalidCourtFilingException(Field.FILED_ON, Rule.REQUIRED);
    }
    if (filed.isAfter(CourtDays.latest(now))) {
      throw new InvalidCourtFilingException(Field.FILED_ON, Rule.IN_THE_FUTURE);
    }
    LocalDate earliest = CourtDays.earliest(caseOpened);
    if (earliest != null && filed.isBefore(earliest)) {
      throw new InvalidCourtFilingException(Field.FILED_ON, Rule.BEFORE_THE_CASE);
    }
    String confirmation = CourtDays.stripped(filing.confirmationNumber());
    if (confirmation == null) {
      throw new InvalidCourtFilingException(Field.CONFIRMATION_NUMBER, Rule.REQUIRED);
    }
    if (confirmation.length() > CONFIRMATION_MAX_LENGTH) {
      throw new InvalidCourtFilingException(Field.CONFIRMATION_NUMBER, Rule.TOO_LONG);
    }
    if (!CONFIRMATION.matcher(confirmation).matches()) {
      throw new InvalidCourtFilingException(
          Field.CONFIRMATION_NUMBER, Rule.NOT_A_CONFIRMATION_NUMBER);
    }
    if (!hasFiling) {
      throw new InvalidCourtFilingException(Field.FILING, Rule.REQUIRED);
    }
    return new NewCourtFiling(court, filed, confirmation);
  }
}
