package org.outreach.documents.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.outreach.documents.CaseDocuments;
import org.outreach.documents.DocumentKind;
import org.outreach.documents.DocumentRules;
import org.outreach.documents.DocumentView;
import org.outreach.web.BadParameterException;
import org.outreach.web.Problems;

/**
 * The documents of a case over REST, for staff who may see the case (anyone else gets 404, as for a
 * case that does not exist):
 *
 * <ul>
 *   <li>{@code POST /api/cases/{caseId}/documents?kind=HAND_DELIVERY_RECEIPT|COURT_FILING}, the
 *       body the file itself with its {@code Content-Type} ({@code application/pdf}, {@code
 *       image/jpeg} or {@code image/png}): 201 with the stored document and its download address.
 *       The content decides the stored type; the header is required because a cross-site form
 *       cannot send those types without the browser asking first, so a session cookie alone cannot
 *       be used to upload. A file over {@value DocumentRules#MAX_BYTES} bytes is refused with 413
 *       before its body is read when its length is announced ({@code RequestSizeFilter}), after
 *       that many bytes when it is not; an empty, unsupported or damaged file with 422, naming the
 *       rule; nothing is written.
 *   <li>{@code GET /api/cases/{caseId}/documents}: the documents' kind, type, size, SHA-256, who
 *       and when; nothing decrypted.
 * </ul>
 *
 * <p>Downloads: {@link DocumentsResource}.
 */
@Path("cases/{caseId}/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CaseDocumentsResource {

  private static final Set<String> UPLOAD_TYPES =
      Set.of("application/pdf", "image/jpeg", "image/png");

  @EJB private CaseDocuments documents;

  @POST
  public Response upload(
      @PathParam("caseId") UUID caseId,
      @QueryParam("kind") String kind,
      @Context HttpHeaders headers,
      @Context UriInfo uri,
      InputStream body) {
    MediaType declared = headers.getMediaType();
    if (declared == null
        || !UPLOAD_TYPES.contains(
            (declared.getType() + "/" + declared.getSubtype()).toLowerCase(Locale.ROOT))) {
      return Problems.of(
          Response.Status.UNSUPPORTED_MEDIA_TYPE,
          "Content-Type: must be application/pdf, image/jpeg or image/png, with the file as the"
              + " body (the content decides its type)");
    }
    DocumentView stored = documents.store(caseId, uploadKind(kind), body);
    return Response.created(uri.getBaseUriBuilder().path("documents/{id}").build(stored.id()))
        .type(MediaType.APPLICATION_JSON)
        .entity(json(stored))
        .build();
  }

  @GET
  public Map<String, Object> list(@PathParam("caseId") UUID caseId) {
    List<Map<String, Object>> list =
        documents.list(caseId).stream().map(CaseDocumentsResource::json).toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("caseId", caseId.toString());
    body.put("documents", list);
    return body;
  }

  private static DocumentKind uploadKind(String kind) {
    String choices = "HAND_DELIVERY_RECEIPT or COURT_FILING";
    if (kind == null || kind.isBlank()) {
      throw new BadParameterException("kind: required, " + choices);
    }
    try {
      DocumentKind parsed = DocumentKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
      if (parsed.uploadedByStaff()) {
        return parsed;
      }
    } catch (IllegalArgumentException e) {
      // answered below, without echoing the value
    }
    throw new BadParameterException("kind: must be " + choices);
  }

  static Map<String, Object> json(DocumentView document) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", document.id().toString());
    json.put("caseId", document.caseId().toString());
    json.put("kind", document.kind().name());
    json.put("mediaType", document.type().mediaType());
    json.put("sizeBytes", document.sizeBytes());
    json.put("sha256", document.sha256());
    json.put("uploadedBy", document.uploadedBy());
    json.put("uploadedAt", document.uploadedAt().toString());
    return json;
  }
}
