package org.outreach.registry.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.outreach.audit.AuditEntry;
import org.outreach.audit.AuditTrail;
import org.outreach.registry.PersonRegistry;
import org.outreach.registry.UnknownPersonException;

/**
 * {@code GET /api/people/{id}/audit}: every audit event about a person, oldest first (supervisors).
 * Ids, times, actors and enums only.
 */
@Path("people/{id}/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PersonAuditResource {

  @EJB private AuditTrail auditTrail;
  @EJB private PersonRegistry registry;

  @GET
  public Map<String, Object> events(@PathParam("id") UUID personId) {
    List<Map<String, Object>> events =
        auditTrail.forPerson(personId).stream().map(PersonAuditResource::event).toList();
    if (events.isEmpty() && !registry.exists(personId)) {
      throw new UnknownPersonException(personId);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("personId", personId.toString());
    body.put("events", events);
    return body;
  }

  private static Map<String, Object> event(AuditEntry entry) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", entry.id().toString());
    json.put("occurredAt", entry.occurredAt().toString());
    json.put("actor", entry.actor());
    json.put("action", entry.action().name());
    json.put("purpose", entry.purpose().name());
    json.put("caseId", entry.caseId() == null ? null : entry.caseId().toString());
    json.put("documentId", entry.documentId() == null ? null : entry.documentId().toString());
    return json;
  }
}
