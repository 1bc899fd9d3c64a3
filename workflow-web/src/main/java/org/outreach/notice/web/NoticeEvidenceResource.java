package org.outreach.notice.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.outreach.notice.evidence.EvidenceBundle;
import org.outreach.notice.evidence.EvidenceJson;
import org.outreach.notice.evidence.NoticeEvidence;
import org.outreach.notice.evidence.NoticeEvidence.EvidenceFiles;
import org.outreach.web.RequestParameters;

/**
 * Proof of notice for supervisors and administrators (anyone else: 403; a case that does not exist:
 * 404), each download written to the audit trail with the purpose stated ({@code
 * ?purpose=SUPERVISION}, {@code OVERSIGHT_REQUEST}, ...):
 *
 * <ul>
 *   <li>{@code GET /api/cases/{caseId}/notice-evidence}: the bundle as JSON ({@value
 *       EvidenceJson#FORMAT});
 *   <li>{@code GET /api/cases/{caseId}/notice-evidence/bundle.zip}: the JSON and the same as a PDF
 *       that quotes the JSON's SHA-256, as one file for a court.
 * </ul>
 */
// its own path below the case: a resource at "cases/{caseId}" would take every request under a
// case from CasesResource ("cases"), as JAX-RS picks the root path with the most literal characters
@Path("cases/{caseId}/notice-evidence")
@RequestScoped
public class NoticeEvidenceResource {

  @EJB private NoticeEvidence evidence;

  @GET
  public Response json(@PathParam("caseId") UUID caseId, @QueryParam("purpose") String purpose) {
    EvidenceBundle bundle = evidence.of(caseId, RequestParameters.purpose(purpose));
    return Response.ok(
            EvidenceJson.of(bundle), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + name(bundle.caseReference()) + ".json\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("bundle.zip")
  public Response zip(@PathParam("caseId") UUID caseId, @QueryParam("purpose") String purpose) {
    EvidenceFiles files = evidence.filesOf(caseId, RequestParameters.purpose(purpose));
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
      zip.putNextEntry(new ZipEntry(name(files) + ".json"));
      zip.write(files.json());
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry(name(files) + ".pdf"));
      zip.write(files.pdf());
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Response.ok(zipped.toByteArray(), "application/zip")
        .header("Content-Disposition", "attachment; filename=\"" + name(files) + ".zip\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  private static String name(EvidenceFiles files) {
    return name(files.caseReference());
  }

  /** A file name from the case reference, which names nobody. */
  private static String name(String caseReference) {
    return "proof-of-notice-" + caseReference;
  }
}
