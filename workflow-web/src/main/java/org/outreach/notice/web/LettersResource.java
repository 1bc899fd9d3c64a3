package org.outreach.notice.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.outreach.notice.letters.LetterReturns;

/**
 * {@code /api/letters}: letters that came back undeliverable (supervisors, administrators). {@code
 * POST /{id}/returned} records one; {@code POST /returned} with a {@code text/csv} body (one column
 * {@code letter_id}) records a list, all or nothing, and answers 422 naming each problem's row and
 * rule. Each return is told to the case's process, which tries the next channel.
 */
@Path("letters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LettersResource {

  @EJB private LetterReturns returns;

  @POST
  @Path("{id}/returned")
  public Map<String, Object> returned(@PathParam("id") UUID id) {
    return json(returns.record(id));
  }

  @POST
  @Path("returned")
  @Consumes("text/csv")
  public Map<String, Object> returnedList(InputStream csv) {
    List<LetterReturns.Returned> recorded = returns.recordAll(csv);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("returned", recorded.size());
    body.put(
        "processesTold", recorded.stream().filter(LetterReturns.Returned::processTold).count());
    body.put("letters", recorded.stream().map(LettersResource::json).toList());
    return body;
  }

  private static Map<String, Object> json(LetterReturns.Returned returned) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("letterId", returned.letterId().toString());
    body.put("caseId", returned.caseId().toString());
    body.put("processTold", returned.processTold());
    return body;
  }
}
