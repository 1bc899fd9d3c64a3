package org.outreach.audit.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditEntry;
import org.outreach.audit.AuditSearch;
import org.outreach.audit.UnusualReading;
import org.outreach.caseview.CaseReferences;
import org.outreach.web.BadParameterException;
import org.outreach.web.ConsoleDateTimes;
import org.outreach.web.ConsoleTexts;
import org.outreach.web.Pager;

/**
 * Backs {@code audit.xhtml}: the accounts that read more people in the last hour than work needs
 * ({@link UnusualReading}), each a click from its events; the audit trail filtered by reader, case,
 * purpose and period, newest first, {@value #PAGE} events a page; administrators get the link to
 * export what the filter finds as CSV. A filter field that is not what it should be is said beside
 * the form, nothing searched.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int PAGE = 50;

  @EJB private AuditSearch search;
  @EJB private CaseReferences references;
  @EJB private UnusualReading unusualReading;

  private String reader;
  private String caseReference;
  private String purpose;
  private String from;
  private String to;
  private final Pager pager = new Pager(PAGE);
  private List<Row> rows;
  private List<UnusualReading.Reader> unusualReaders;
  private AuditSearch.Filter filter = new AuditSearch.Filter(null, null, null, null, null);

  /** One event as the page shows it. */
  public record Row(
      String when,
      String reader,
      String action,
      String purpose,
      String caseReference,
      String personId)
      implements Serializable {}

  /** Applies the filter from the first page. */
  public void search() {
    try {
      filter = AuditFilters.of(references, reader, caseReference, purpose, from, to);
    } catch (BadParameterException e) {
      // the message names its field first ("case: ..."); the page says it in its own language
      String field = e.getMessage().substring(0, Math.max(0, e.getMessage().indexOf(':')));
      ConsoleTexts.sayAt(
          "audit:" + (field.equals("case") ? "caseReference" : field),
          ConsoleTexts.CASES,
          "audit.rule." + field);
      return;
    }
    pager.reset();
    rows = null;
  }

  public List<Row> getRows() {
    if (rows == null) {
      AuditSearch.Found found = search.find(filter, pager.first(), PAGE);
      pager.total(found.total());
      Map<UUID, String> referenceOf =
          references.of(
              found.entries().stream()
                  .map(AuditEntry::caseId)
                  .filter(Objects::nonNull)
                  .distinct()
                  .toList());
      List<Row> shown = new ArrayList<>(found.entries().size());
      for (AuditEntry entry : found.entries()) {
        shown.add(
            new Row(
                ConsoleDateTimes.shown(entry.occurredAt()),
                entry.actor(),
                entry.action().name(),
                entry.purpose().name(),
                entry.caseId() == null ? "" : referenceOf.getOrDefault(entry.caseId(), ""),
                entry.personId() == null ? "" : entry.personId().toString()));
      }
      rows = shown;
    }
    return rows;
  }

  /** The accounts that read more people in the last hour than the limit, read once a page. */
  public List<UnusualReading.Reader> getUnusualReaders() {
    if (unusualReaders == null) {
      unusualReaders = unusualReading.lastHour();
    }
    return unusualReaders;
  }

  public int getUnusualLimit() {
    return unusualReading.limit();
  }

  /** Filters the trail by one of the accounts listed, whatever else the filter held. */
  public void showEventsOf(String account) {
    reader = account;
    caseReference = null;
    purpose = null;
    from = null;
    to = null;
    search();
  }

  public void next() {
    if (pager.next()) {
      rows = null;
    }
  }

  public void previous() {
    if (pager.previous()) {
      rows = null;
    }
  }

  /** Where the list stands, the page read first. */
  public Pager getPager() {
    getRows();
    return pager;
  }

  public List<String> getPurposes() {
    return Arrays.stream(AccessPurpose.values()).map(AccessPurpose::name).toList();
  }

  /** The export of what the filter finds, relative to the console's root. */
  public String getExportUrl() {
    StringBuilder url = new StringBuilder("api/admin/audit-events?");
    append(url, "reader", filter.reader());
    append(url, "case", filter.caseId() == null ? null : caseReference);
    append(url, "purpose", filter.purpose() == null ? null : filter.purpose().name());
    append(url, "from", filter.from() == null ? null : filter.from().toString());
    append(url, "to", filter.to() == null ? null : filter.to().toString());
    return url.toString();
  }

  private static void append(StringBuilder url, String name, String value) {
    if (value != null) {
      url.append(name)
          .append('=')
          .append(URLEncoder.encode(value, StandardCharsets.UTF_8))
          .append('&');
    }
  }

  public String getReader() {
    return reader;
  }

  public void setReader(String reader) {
    this.reader = reader;
  }

  public String getCaseReference() {
    return caseReference;
  }

  public void setCaseReference(String caseReference) {
    this.caseReference = caseReference;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
