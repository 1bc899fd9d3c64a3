package org.outreach.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditSearch;
import org.outreach.caseview.CaseReferences;
import org.outreach.web.BadParameterException;

/**
 * A filter of the audit trail from what a person typed or a URL carried: a case by its reference, a
 * purpose by its name, days as {@code yyyy-mm-dd}; a value that is none of these is a {@link
 * BadParameterException} naming the field, never the value.
 */
final class AuditFilters {

  private AuditFilters() {}

  static AuditSearch.Filter of(
      CaseReferences references,
      String reader,
      String caseReference,
      String purpose,
      String from,
      String to) {
    if (reader != null && reader.strip().length() > 64) {
      throw new BadParameterException("reader: at most 64 characters");
    }
    UUID caseId = null;
    if (caseReference != null && !caseReference.isBlank()) {
      caseId =
          references
              .idOf(caseReference)
              .orElseThrow(() -> new BadParameterException("case: no case has this reference"));
    }
    AccessPurpose chosen = null;
    if (purpose != null && !purpose.isBlank()) {
      try {
        chosen = AccessPurpose.valueOf(purpose.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new BadParameterException("purpose: not a purpose of the audit trail");
      }
    }
    try {
      return new AuditSearch.Filter(reader, caseId, chosen, day("from", from), day("to", to));
    } catch (IllegalArgumentException e) {
      throw new BadParameterException(e.getMessage());
    }
  }

  private static LocalDate day(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BadParameterException(name + ": a day as yyyy-mm-dd");
    }
  }
}
