package org.outreach.audit.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.outreach.audit.AuditEntry;
import org.outreach.audit.AuditSearch;
import org.outreach.caseview.CaseReferences;
import org.outreach.web.CsvCells;

/**
 * {@code GET /api/admin/audit-events?reader=&case=&purpose=&from=&to=}: the audit trail the filter
 * finds as CSV, newest first, for an oversight request (administrators only; the export is itself
 * recorded in the trail). Columns: when (UTC), reader, action, purpose, case reference, case id,
 * person id, document id. Ids, never a value.
 */
@Path("admin/audit-events")
@RequestScoped
public class AuditEventsResource {

  static final String CSV = "text/csv";

  private static final String HEADER =
      "occurred_at,reader,action,purpose,case_reference,case_id,person_id,document_id\r\n";

  @EJB private AuditSearch search;
  @EJB private CaseReferences references;

  @GET
  @Produces(CSV)
  public Response export(
      @QueryParam("reader") String reader,
      @QueryParam("case") String caseReference,
      @QueryParam("purpose") String purpose,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    AuditSearch.Filter filter =
        AuditFilters.of(references, reader, caseReference, purpose, from, to);
    List<AuditEntry> entries = search.export(filter);
    Map<UUID, String> referenceOf =
        references.of(
            entries.stream().map(AuditEntry::caseId).filter(Objects::nonNull).distinct().toList());
    StringBuilder csv = new StringBuilder(HEADER);
    for (AuditEntry entry : entries) {
      csv.append(entry.occurredAt().toInstant())
          .append(',')
          .append(CsvCells.cell(entry.actor()))
          .append(',')
          .append(entry.action())
          .append(',')
          .append(entry.purpose())
          .append(',')
          .append(
              entry.caseId() == null
                  ? ""
                  : CsvCells.cell(referenceOf.getOrDefault(entry.caseId(), "")))
          .append(',')
          .append(text(entry.caseId()))
          .append(',')
          .append(text(entry.personId()))
          .append(',')
          .append(text(entry.documentId()))
          .append("\r\n");
    }
    return Response.ok(csv.toString().getBytes(StandardCharsets.UTF_8), CSV + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"audit-events.csv\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  private static String text(UUID id) {
    return id == null ? "" : id.toString();
  }
}
