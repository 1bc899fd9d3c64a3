package org.outreach.web;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.outreach.audit.TooManyEventsException;
import org.outreach.cases.UnknownCaseException;
import org.outreach.documents.DocumentProblem;
import org.outreach.documents.DocumentRefusedException;
import org.outreach.documents.DocumentUnreadableException;
import org.outreach.documents.UnknownDocumentException;
import org.outreach.hold.ManifestRefusedException;
import org.outreach.notice.delivery.InvalidReplyException;
import org.outreach.notice.letters.LetterStateException;
import org.outreach.notice.letters.ReturnsRefusedException;
import org.outreach.notice.letters.UnknownLetterException;
import org.outreach.notice.templates.NoApprovedTextException;
import org.outreach.privacy.KeyConfigurationException;
import org.outreach.registry.InvalidPersonException;
import org.outreach.registry.UnknownPersonException;
import org.outreach.statistics.InvalidStatisticsRequestException;
import org.outreach.statistics.UnpublishableTableException;

/**
 * Turns every failure of a REST call into a problem answer. The messages of our own exceptions name
 * ids, fields and rules only, so they are passed on; anything else answers with a generic text and
 * an incident id, and the log gets the exception's class names only, since a third party's message
 * may quote a value.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  @Context private UriInfo uri;

  /** The request was understood but its content breaks a rule; nothing was written. */
  private static final int UNPROCESSABLE = 422;

  @Override
  public Response toResponse(Throwable failure) {
    if (failure instanceof UnknownCaseException
        || failure instanceof UnknownPersonException
        || failure instanceof UnknownDocumentException
        || failure instanceof UnknownLetterException) {
      return Problems.of(Response.Status.NOT_FOUND, failure.getMessage());
    }
    if (failure instanceof DocumentRefusedException refused) {
      return refused.problem() == DocumentProblem.TOO_LARGE
          ? Problems.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, refused.getMessage())
          : Problems.of(UNPROCESSABLE, "Unprocessable Content", refused.getMessage());
    }
    if (failure instanceof InvalidPersonException
        || failure instanceof BadParameterException
        || failure instanceof InvalidStatisticsRequestException
        || failure instanceof DocumentUnreadableException) {
      return Problems.of(Response.Status.BAD_REQUEST, failure.getMessage());
    }
    if (failure instanceof InvalidReplyException
        || failure instanceof TooManyEventsException
        || failure instanceof UnpublishableTableException) {
      return Problems.of(UNPROCESSABLE, "Unprocessable Content", failure.getMessage());
    }
    if (failure instanceof LetterStateException) {
      return Problems.of(Response.Status.CONFLICT, failure.getMessage());
    }
    if (failure instanceof NoApprovedTextException) {
      // names the kind of text and its language, nothing of a person
      return Problems.of(Response.Status.CONFLICT, failure.getMessage());
    }
    if (failure instanceof ReturnsRefusedException refused) {
      return Problems.unprocessable(
          failure.getMessage(),
          refused.problems().stream()
              .map(
                  p ->
                      Map.<String, Object>of(
                          "row", p.row(), "column", p.column(), "rule", p.rule()))
              .toList());
    }
    if (failure instanceof ManifestRefusedException refused) {
      return Problems.unprocessable(
          failure.getMessage(),
          refused.problems().stream()
              .map(
                  p -> Map.<String, Object>of("row", p.row(), "field", p.field(), "rule", p.rule()))
              .toList());
    }
    if (failure instanceof EJBAccessException) {
      return Problems.of(Response.Status.FORBIDDEN, "Your role does not allow this request");
    }
    if (failure instanceof EJBException ejb
        && ejb.getCause() instanceof KeyConfigurationException keys) {
      // names the setting and the entry, never key material (see KeyConfigurationException)
      return Problems.of(Response.Status.CONFLICT, keys.getMessage());
    }
    if (failure instanceof WebApplicationException web) {
      Response.StatusType status = web.getResponse().getStatusInfo();
      return Problems.of(
          status.getStatusCode(),
          status.getReasonPhrase(),
          status.getStatusCode() == 404
              ? "No such resource"
              : "The request cannot be served: " + status.getReasonPhrase());
    }
    String incident =
        Incidents.record(
            "REST request", uri == null ? null : uri.getRequestUri().getPath(), failure);
    return Problems.of(
        Response.Status.INTERNAL_SERVER_ERROR,
        "The request failed; the server log names incident " + incident);
  }
}
