package org.outreach.notice.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.outreach.notice.letters.BatchStatus;
import org.outreach.notice.letters.BatchView;
import org.outreach.notice.letters.LetterStateException;
import org.outreach.notice.letters.LetterView;
import org.outreach.notice.letters.PrintBatches;

/**
 * {@code /api/letter-batches}: a day's letters for the mail house (supervisors, administrators).
 * {@code POST} prints every waiting letter into a batch of today; {@code GET /{id}/document} is the
 * merged PDF (audited for every person in it: it holds their names and addresses), {@code GET
 * /{id}/manifest} the mail house's CSV (ids and page counts only); {@code POST /{id}/mailed} marks
 * it posted, which makes each letter count as sent. File names are the batch's name, never a
 * person's. The documents also answer clients that accept JSON only, so their errors can be told.
 */
@Path("letter-batches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LetterBatchesResource {

  static final String PDF = "application/pdf";

  @EJB private PrintBatches batches;
  @Context private UriInfo uri;

  @POST
  public Response createToday() {
    BatchView batch = batches.createToday();
    return Response.created(uri.getAbsolutePathBuilder().path(batch.id().toString()).build())
        .entity(json(batch))
        .build();
  }

  /** How many letters wait for the next batch, and the 30 latest batches. */
  @GET
  public Map<String, Object> recent() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("waiting", batches.waiting());
    body.put("batches", batches.recent(30).stream().map(LetterBatchesResource::json).toList());
    return body;
  }

  @GET
  @Path("{id}")
  public Map<String, Object> batch(@PathParam("id") UUID id) {
    Map<String, Object> body = json(batches.batch(id));
    body.put("letters", batches.letters(id).stream().map(LetterBatchesResource::json).toList());
    return body;
  }

  @GET
  @Path("{id}/document")
  @Produces({PDF, MediaType.APPLICATION_JSON})
  public Response document(@PathParam("id") UUID id) {
    BatchView batch = batches.batch(id);
    if (batch.status() == BatchStatus.RENDERING) {
      throw new LetterStateException("Batch " + id + " is not rendered yet");
    }
    if (batch.letters() == 0) {
      throw new LetterStateException("Batch " + id + " has no printed letter");
    }
    StreamingOutput pdf = out -> batches.writeDocument(id, out);
    return Response.ok(pdf, PDF)
        .header("Content-Disposition", "attachment; filename=\"" + batch.name() + ".pdf\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("{id}/manifest")
  @Produces({"text/csv", MediaType.APPLICATION_JSON})
  public Response manifest(@PathParam("id") UUID id) {
    String csv = batches.manifest(id);
    return Response.ok(csv, "text/csv; charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + batches.batch(id).name() + "-manifest.csv\"")
        .build();
  }

  @POST
  @Path("{id}/mailed")
  public Map<String, Object> mailed(@PathParam("id") UUID id) {
    return json(batches.markMailed(id));
  }

  static Map<String, Object> json(BatchView batch) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", batch.id().toString());
    body.put("name", batch.name());
    body.put("printDate", batch.printDate().toString());
    body.put("dayNumber", batch.dayNumber());
    body.put("status", batch.status().name());
    body.put("letters", batch.letters());
    body.put("pages", batch.pages());
    body.put("unprinted", batch.unprinted());
    body.put("createdAt", batch.createdAt().toString());
    body.put("createdBy", batch.createdBy());
    body.put("mailedAt", batch.mailedAt() == null ? null : batch.mailedAt().toString());
    body.put("mailedBy", batch.mailedBy());
    return body;
  }

  static Map<String, Object> json(LetterView letter) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", letter.id().toString());
    body.put("caseId", letter.caseId().toString());
    body.put("language", letter.language());
    body.put("status", letter.status().name());
    body.put("templateVersion", letter.templateVersion());
    body.put("englishTemplateVersion", letter.englishTemplateVersion());
    body.put("documentSha256", letter.documentSha256());
    body.put("pages", letter.pages());
    body.put("printedAt", text(letter.printedAt()));
    body.put("mailedAt", text(letter.mailedAt()));
    body.put("returnedAt", text(letter.returnedAt()));
    return body;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
