package org.outreach.notice.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.outreach.notice.refusals.RefusalView;
import org.outreach.notice.refusals.RefusedNotices;
import org.outreach.web.RequestParameters;

/**
 * {@code GET /api/dispatch-refusals?days=30}: the notices the server would not send because their
 * address reaches a government or a consulate, newest first (at most {@value RefusedNotices#MOST}),
 * for supervisors and administrators: case reference, channel, the class of the recipient refused
 * and when. Never the address.
 */
@Path("dispatch-refusals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DispatchRefusalsResource {

  @EJB private RefusedNotices refusals;

  @GET
  public Map<String, Object> recent(@QueryParam("days") String days) {
    int within = RequestParameters.integer("days", days, 30, 1, 366);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("days", within);
    body.put(
        "refusals",
        refusals.since(Instant.now().minus(Duration.ofDays(within))).stream()
            .map(DispatchRefusalsResource::json)
            .toList());
    return body;
  }

  private static Map<String, Object> json(RefusedNotices.Listed listed) {
    RefusalView refusal = listed.refusal();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("caseId", refusal.caseId().toString());
    body.put("caseReference", listed.caseReference());
    body.put("channel", refusal.channel().name());
    body.put("recipientClass", refusal.recipientClass().name());
    body.put("noticeId", refusal.noticeId().toString());
    body.put("refusedAt", refusal.refusedAt().toString());
    return body;
  }
}
