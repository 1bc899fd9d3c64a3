package org.outreach.mail.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.outreach.mail.outbox.OutboxHold;
import org.outreach.mail.outbox.OutboxSettings;

/**
 * The hold on outgoing email, for administrators. {@code GET /api/admin/outbox} answers whether
 * email is held on every server (and who held or released it last, when), and whether this server
 * is paused by its own configuration; {@code POST /api/admin/outbox/hold} holds it, {@code POST
 * /api/admin/outbox/release} releases it, each answering the same. Either asked twice changes
 * nothing the second time.
 */
@Path("admin/outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OutboxHoldResource {

  @EJB private OutboxHold hold;

  @GET
  public Map<String, Object> state() {
    return answer(hold.state());
  }

  @POST
  @Path("hold")
  public Map<String, Object> hold() {
    return answer(hold.hold());
  }

  @POST
  @Path("release")
  public Map<String, Object> release() {
    return answer(hold.release());
  }

  private static Map<String, Object> answer(OutboxHold.State state) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("held", state.held());
    body.put("changedBy", state.changedBy());
    body.put("changedAt", state.changedAt() == null ? null : state.changedAt().toString());
    body.put("pausedOnThisServer", OutboxSettings.current().paused());
    return body;
  }
}
