package org.outreach.health.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.outreach.health.Readiness;
import org.outreach.health.ReadinessReport;

/**
 * {@code GET /api/health/ready}: 200 when the database, the engine and its job executor are up, 503
 * otherwise; the body names each check as UP or DOWN. Open without login, and says nothing else.
 */
@Path("health/ready")
@RequestScoped
public class ReadinessResource {

  @EJB private Readiness readiness;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response ready() {
    ReadinessReport report = readiness.check();
    Map<String, String> checks = new LinkedHashMap<>();
    report.checks().forEach((name, up) -> checks.put(name, up ? "UP" : "DOWN"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", report.ready() ? "UP" : "DOWN");
    body.put("checks", checks);
    return Response.status(
            report.ready() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
        .entity(body)
        .build();
  }
}
