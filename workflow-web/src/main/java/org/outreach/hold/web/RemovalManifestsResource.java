package org.outreach.hold.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.outreach.hold.ManifestAnswer;
import org.outreach.hold.ManifestRow;
import org.outreach.hold.RemovalManifests;
import org.outreach.web.BadParameterException;
import org.outreach.web.JsonBodies;

/**
 * {@code POST /api/removal-manifests}: the removal office's manifest of scheduled removals, as CSV
 * ({@code a_number,scheduled_for,destination}) or as JSON ({@code {"removals": [{"aNumber",
 * "scheduledFor", "destination"}]}}). The answer names each row by its number (the CSV's line, the
 * list's position from 1) and says {@value #HELD} or nothing; it never repeats an A-number. A
 * manifest with a row that breaks a rule is refused whole (422, each problem's row, field and
 * rule).
 */
@Path("removal-manifests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RemovalManifestsResource {

  /** What a row of a person who must not be removed says. */
  static final String HELD = "held - do not remove";

  @EJB private RemovalManifests manifests;

  @POST
  @Consumes("text/csv")
  public Map<String, Object> csv(InputStream body) {
    return json(manifests.checkCsv(body));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, Object> json(InputStream body) {
    JsonObject request = JsonBodies.object(body);
    JsonValue removals = request.get("removals");
    if (!(removals instanceof JsonArray list)) {
      throw new BadParameterException("removals: a list of removals is required");
    }
    if (list.size() > RemovalManifests.MAX_ROWS) {
      throw new BadParameterException(
          "removals: at most " + RemovalManifests.MAX_ROWS + " removals a manifest");
    }
    List<ManifestRow> rows = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof JsonObject removal)) {
        throw new BadParameterException("removals[" + (i + 1) + "]: must be an object");
      }
      rows.add(
          new ManifestRow(
              i + 1,
              text(removal, "aNumber", i),
              text(removal, "scheduledFor", i),
              text(removal, "destination", i)));
    }
    return json(manifests.check(rows));
  }

  private static String text(JsonObject removal, String name, int index) {
    try {
      return JsonBodies.text(removal, name);
    } catch (BadParameterException e) {
      throw new BadParameterException(
          "removals[" + (index + 1) + "]." + name + ": must be a string");
    }
  }

  private static Map<String, Object> json(ManifestAnswer answer) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("rows", answer.rows().size());
    body.put("held", answer.held());
    body.put(
        "answers",
        answer.rows().stream()
            .map(
                row -> {
                  Map<String, Object> json = new LinkedHashMap<>();
                  json.put("row", row.row());
                  if (row.held()) {
                    json.put("answer", HELD);
                  }
                  return json;
                })
            .toList());
    return body;
  }
}
