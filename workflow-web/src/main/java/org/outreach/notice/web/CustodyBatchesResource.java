package org.outreach.notice.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.UUID;
import org.outreach.notice.letters.CustodyBatchDocument;
import org.outreach.notice.letters.CustodyBatches;
import org.outreach.web.BadParameterException;
import org.outreach.web.JsonBodies;

/**
 * {@code POST /api/custody-batches} with {@code {"facility": "..."}} or {@code {"caseId": "..."}}
 * (that case's person's facility): the notices with receipt forms for everyone waiting for a hand
 * delivery at that facility, as one PDF to print for the detention team's visit (caseworkers,
 * supervisors). The facility travels in the body, never in the address. Handing out the PDF is
 * audited for every person in it; it is not kept.
 */
@Path("custody-batches")
@RequestScoped
public class CustodyBatchesResource {

  @EJB private CustodyBatches batches;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({LetterBatchesResource.PDF, MediaType.APPLICATION_JSON})
  public Response create(InputStream body) {
    JsonObject request = JsonBodies.object(body);
    String facility = JsonBodies.text(request, "facility");
    String caseId = JsonBodies.text(request, "caseId");
    if ((facility == null) == (caseId == null)) {
      throw new BadParameterException("body: exactly one of facility and caseId is required");
    }
    CustodyBatchDocument document;
    if (facility != null) {
      if (facility.isBlank()) {
        throw new BadParameterException("facility: must not be blank");
      }
      document = batches.forFacility(facility);
    } else {
      document = batches.forFacilityOf(uuid(caseId));
    }
    return Response.status(Response.Status.CREATED)
        .type(LetterBatchesResource.PDF)
        .entity(document.pdf())
        .header("Content-Disposition", "attachment; filename=\"" + document.name() + "\"")
        .header("Cache-Control", "no-store")
        .header("X-Notices", document.notices())
        .build();
  }

  private static UUID uuid(String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new BadParameterException("caseId: not a case id");
    }
  }
}
