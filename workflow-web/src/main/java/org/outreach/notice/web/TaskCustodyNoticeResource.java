package org.outreach.notice.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.outreach.notice.letters.CustodyBatchDocument;
import org.outreach.notice.letters.CustodyBatches;

/**
 * {@code GET /api/tasks/{taskId}/custody-notice}: the notice of the person a hand-delivery task
 * serves, in their language beside English with its receipt form, as a PDF to print for the visit
 * (the link on the task's page). Printed and recorded like a custody batch of one, so the receipt
 * code in its footer names a kept notice; handing it out is audited with the task as its reason.
 * Anyone who may not see the task's case, or an id that is no open hand delivery, gets the same
 * 404. The address carries the task's id only; the PDF is not kept.
 */
@Path("tasks/{taskId}/custody-notice")
@RequestScoped
public class TaskCustodyNoticeResource {

  @EJB private CustodyBatches batches;

  @GET
  public Response download(@PathParam("taskId") String taskId) {
    CustodyBatchDocument document = batches.forTask(taskId);
    return Response.ok(document.pdf(), LetterBatchesResource.PDF)
        .header("Content-Disposition", "attachment; filename=\"" + document.name() + "\"")
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
