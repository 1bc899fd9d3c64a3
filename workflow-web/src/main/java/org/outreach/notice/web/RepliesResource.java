package org.outreach.notice.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.outreach.notice.delivery.IncomingReplies;
import org.outreach.notice.delivery.NewReply;
import org.outreach.notice.delivery.ReplyChannel;
import org.outreach.web.BadParameterException;
import org.outreach.web.JsonBodies;

/**
 * {@code POST /api/cases/{caseId}/replies}: an answer to the notice recorded on the case, as the
 * case view's form records one, for a partner organisation's or counsel's confirmation that the
 * person received it (or any reply) sent by a system of the team's:
 *
 * <pre>{"channel": "THROUGH_PARTNER", "receivedAt": "2026-12-01T15:30:00Z",
 *  "acknowledgesNotice": true, "note": "..."}</pre>
 *
 * <p>An acknowledgment goes to the case's process as proof of notice; the answer (201) says whether
 * a step was waiting for it. JSON only (a cross-site form cannot send it); a malformed body 400, a
 * reply that breaks a rule 422 naming the field and the rule, a case the caller may not open 404.
 */
@Path("cases/{caseId}/replies")
@RequestScoped
public class RepliesResource {

  @EJB private IncomingReplies replies;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response record(@PathParam("caseId") String caseId, InputStream body) {
    UUID id = caseId(caseId);
    JsonObject request = JsonBodies.object(body);
    NewReply reply =
        new NewReply(
            channel(JsonBodies.text(request, "channel")),
            moment(JsonBodies.text(request, "receivedAt")),
            JsonBodies.flag(request, "acknowledgesNotice", false),
            JsonBodies.text(request, "note"));
    boolean taken = replies.record(id, reply);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("caseId", id.toString());
    answer.put("channel", reply.channel().name());
    answer.put("acknowledgesNotice", reply.acknowledgesNotice());
    answer.put("processTook", taken);
    return Response.status(Response.Status.CREATED).entity(answer).build();
  }

  private static UUID caseId(String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new BadParameterException("caseId: not a case id");
    }
  }

  private static ReplyChannel channel(String value) {
    String choices = ReplyChannel.typedIn().toString();
    if (value == null || value.isBlank()) {
      throw new BadParameterException("channel: required, one of " + choices);
    }
    return ReplyChannel.typedIn().stream()
        .filter(channel -> channel.name().equals(value.strip()))
        .findFirst()
        .orElseThrow(() -> new BadParameterException("channel: must be one of " + choices));
  }

  private static OffsetDateTime moment(String value) {
    if (value == null || value.isBlank()) {
      throw new BadParameterException(
          "receivedAt: required, a moment such as 2026-12-01T15:30:00Z");
    }
    try {
      return OffsetDateTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BadParameterException(
          "receivedAt: must be a moment with its offset, such as 2026-12-01T15:30:00Z");
    }
  }
}
