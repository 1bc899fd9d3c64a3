package org.outreach.documents.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.outreach.documents.CaseDocuments;
import org.outreach.documents.DocumentContent;
import org.outreach.documents.DocumentView;
import org.outreach.web.RequestParameters;

/**
 * {@code GET /api/documents/{id}?purpose=CASEWORK}: a document's content for staff who may see its
 * case, as an attachment named {@code <id>.<pdf|jpg|png>} (never the name it was uploaded with),
 * with the type found at upload, not to be stored, sniffed or run; the read is audited. Anyone who
 * may not see the case gets the 404 of an unknown id.
 */
@Path("documents")
@RequestScoped
public class DocumentsResource {

  @EJB private CaseDocuments documents;

  @GET
  @Path("{id}")
  public Response download(@PathParam("id") UUID id, @QueryParam("purpose") String purpose) {
    DocumentContent read = documents.read(id, RequestParameters.purpose(purpose));
    DocumentView document = read.document();
    return Response.ok(read.content(), document.type().mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"")
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .build();
  }
}
