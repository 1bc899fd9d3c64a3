package org.outreach.importing.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import org.outreach.importing.ImportLimits;
import org.outreach.importing.ImportNotFoundException;
import org.outreach.importing.ImportOptions;
import org.outreach.importing.ImportProblem;
import org.outreach.importing.ImportRefusedException;
import org.outreach.importing.ImportState;
import org.outreach.importing.ImportSummary;
import org.outreach.importing.ImportUnreadableException;
import org.outreach.importing.PersonImports;
import org.outreach.importing.StartProgress;

/**
 * {@code /api/imports}: supervisors and administrators import lists of affected people and follow
 * them. Every answer is JSON; errors are {@code {"error": "..."}} with a message that names the
 * problem and never a value from the file. Uploads must be {@code text/csv}: a cross-site form
 * cannot send that type without the browser asking first, so the session cookie alone cannot be
 * abused to upload.
 */
@Path("imports")
@RequestScoped
public class ImportsResource {

  /** Nothing was written: the report says why. */
  private static final int UNPROCESSABLE = 422;

  private static final Logger LOG = Logger.getLogger(ImportsResource.class.getName());

  @EJB private PersonImports imports;
  @Context private SecurityContext security;

  /**
   * {@code POST /api/imports?mode=all-or-nothing|keep-valid&existing=reject|update}, body the CSV
   * file. 201 with the summary when people were written (their start runs on), 422 with the report
   * when nothing was.
   */
  @POST
  @Consumes("text/csv")
  @Produces(MediaType.APPLICATION_JSON)
  public Response upload(
      InputStream body,
      @QueryParam("mode") String mode,
      @QueryParam("existing") String existing,
      @Context HttpHeaders headers) {
    return guarded(
        false,
        () -> {
          ImportOptions options = ImportOptions.parse(mode, existing);
          long length = headers.getLength();
          if (length > ImportLimits.DEFAULT.maxBytes()) {
            return error(
                Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "the file is larger than the limit of "
                    + ImportLimits.DEFAULT.maxBytes()
                    + " bytes; split it into parts");
          }
          return outcome(imports.importCsv(body, options));
        });
  }

  /**
   * {@code POST /api/imports/from-path}, body {@code {"path": "..."}} relative to the server's
   * import directory; administrators only.
   */
  @POST
  @Path("from-path")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response fromPath(
      InputStream body, @QueryParam("mode") String mode, @QueryParam("existing") String existing) {
    return guarded(
        true,
        () -> {
          ImportOptions options = ImportOptions.parse(mode, existing);
          String path = path(body);
          if (path == null) {
            return error(Response.Status.BAD_REQUEST, "body: {\"path\": \"...\"} expected");
          }
          return outcome(imports.importFile(path, options));
        });
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public Response summary(@PathParam("id") String id) {
    return guarded(false, () -> Response.ok(body(imports.summary(uuid(id)))).build());
  }

  @GET
  @Path("{id}/start-progress")
  @Produces(MediaType.APPLICATION_JSON)
  public Response progress(@PathParam("id") String id) {
    return guarded(false, () -> Response.ok(body(imports.progress(uuid(id)))).build());
  }

  @POST
  @Path("{id}/retry-failed")
  @Produces(MediaType.APPLICATION_JSON)
  public Response retryFailed(@PathParam("id") String id) {
    return guarded(
        false,
        () ->
            Response.status(Response.Status.ACCEPTED)
                .entity(body(imports.retryFailed(uuid(id))))
                .build());
  }

  private Response guarded(boolean adminOnly, Callable<Response> work) {
    return guarded(adminOnly, Response.Status.BAD_REQUEST, work);
  }

  private Response guarded(boolean adminOnly, Response.Status refused, Callable<Response> work) {
    boolean admin = security.isUserInRole("admin");
    if (!(admin || (!adminOnly && security.isUserInRole("supervisor")))) {
      return error(
          Response.Status.FORBIDDEN,
          adminOnly ? "administrators only" : "supervisors and administrators only");
    }
    try {
      return work.call();
    } catch (IllegalArgumentException e) {
      return error(Response.Status.BAD_REQUEST, e.getMessage());
    } catch (ImportNotFoundException e) {
      return error(Response.Status.NOT_FOUND, "no such import");
    } catch (ImportRefusedException e) {
      return error(refused, e.getMessage());
    } catch (ImportUnreadableException e) {
      LOG.warning("Import refused: the file could not be read to its end; nothing was written");
      return error(Response.Status.BAD_REQUEST, e.getMessage());
    } catch (EJBAccessException e) {
      return error(Response.Status.FORBIDDEN, "your role may not do this");
    } catch (EJBException e) {
      LOG.warning(() -> "Import request failed: " + e.getClass().getName());
      return error(Response.Status.INTERNAL_SERVER_ERROR, "the import failed; nothing was written");
    } catch (Exception e) {
      LOG.warning(() -> "Import request failed: " + e.getClass().getName());
      return error(Response.Status.INTERNAL_SERVER_ERROR, "the import failed");
    }
  }

  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("id: not an import id");
    }
  }

  private static String path(InputStream body) {
    try (JsonReader reader = Json.createReader(body)) {
      JsonObject object = reader.readObject();
      JsonValue path = object.get("path");
      return path instanceof JsonString text ? text.getString() : null;
    } catch (JsonException | IllegalStateException e) {
      return null;
    }
  }

  private static Response outcome(ImportSummary summary) {
    int status = summary.state() == ImportState.REJECTED ? UNPROCESSABLE : 201;
    return Response.status(status).entity(body(summary)).build();
  }

  static Map<String, Object> body(ImportSummary summary) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", summary.id().toString());
    body.put("state", summary.state().name());
    body.put("mode", summary.problemPolicy().name());
    body.put("existing", summary.existingPolicy().name());
    body.put("importedBy", summary.importedBy());
    body.put("createdAt", summary.createdAt().toString());
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("rows", summary.rows());
    counts.put("invalidRows", summary.invalidRows());
    counts.put("problems", summary.problemCount());
    counts.put("created", summary.created());
    counts.put("updated", summary.updated());
    counts.put("custodyChanges", summary.custodyChanges());
    counts.put("custodyMessagesDelivered", summary.custodyMessagesDelivered());
    body.put("counts", counts);
    List<Map<String, Object>> problems =
        summary.problems().stream().map(ImportsResource::problem).toList();
    body.put("problems", problems);
    body.put("problemsListed", problems.size());
    return body;
  }

  private static Map<String, Object> problem(ImportProblem problem) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("row", problem.row());
    entry.put("column", problem.column());
    entry.put("reason", problem.reason());
    return entry;
  }

  static Map<String, Object> body(StartProgress progress) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("importId", progress.importId().toString());
    body.put("state", progress.state().name());
    body.put("total", progress.total());
    body.put("done", progress.done());
    body.put("failed", progress.failed());
    body.put("running", progress.running());
    return body;
  }

  private static Response error(Response.Status status, String message) {
    return error(status.getStatusCode(), message);
  }

  private static Response error(int status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(Map.of("error", message))
        .build();
  }
}
