package org.outreach.cases.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.outreach.cases.CaseFiles;
import org.outreach.cases.CaseFiles.CaseFile;
import org.outreach.cases.CaseFiles.CasePage;
import org.outreach.cases.CaseSummary;
import org.outreach.registry.web.PersonJson;
import org.outreach.web.RequestParameters;

/**
 * {@code GET /api/cases?page=0&size=50}: a page of cases, newest first, with ids, references and
 * states only (supervisors, administrators). {@code GET /api/cases/{id}?purpose=SUPERVISION}: one
 * case; for supervisors and administrators with its person's record, a read audited with the
 * reader, the purpose and the case. A caseworker gets a case one of their teams has or had a task
 * on, and for any other the same 404 as for an id that does not exist.
 */
@Path("cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CasesResource {

  static final int DEFAULT_PAGE_SIZE = 50;

  @EJB private CaseFiles caseFiles;

  @GET
  public Map<String, Object> list(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    CasePage cases =
        caseFiles.list(
            RequestParameters.integer("page", page, 0, 0, 1_000_000),
            RequestParameters.integer("size", size, DEFAULT_PAGE_SIZE, 1, CaseFiles.MAX_PAGE_SIZE));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("page", cases.page());
    body.put("size", cases.size());
    body.put("total", cases.total());
    body.put("cases", cases.cases().stream().map(CasesResource::summary).toList());
    return body;
  }

  @GET
  @Path("{id}")
  public Map<String, Object> read(@PathParam("id") UUID id, @QueryParam("purpose") String purpose) {
    CaseFile file = caseFiles.open(id, RequestParameters.purpose(purpose));
    Map<String, Object> body = summary(file.summary());
    body.put("personId", file.personId().map(UUID::toString).orElse(null));
    file.person().ifPresent(person -> body.put("person", PersonJson.of(person)));
    return body;
  }

  static Map<String, Object> summary(CaseSummary summary) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", summary.id().toString());
    row.put("reference", summary.reference());
    row.put("status", summary.status().name());
    row.put("openedAt", summary.openedAt().toString());
    return row;
  }
}
