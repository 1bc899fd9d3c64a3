package org.outreach.statistics.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.outreach.statistics.PublicationStatistics;
import org.outreach.statistics.StatisticsDimension;
import org.outreach.statistics.StatisticsTable;

/**
 * {@code GET /api/statistics?rows=&columns=}: people counted by one dimension (population,
 * nationality, facility, language, outcome) or two, as CSV for publication (supervisors and
 * administrators). Small cells are withheld and protected ({@link StatisticsCsv}); a dimension that
 * identifies a person is refused by name (400); each export is on the audit trail.
 */
@Path("statistics")
@RequestScoped
public class StatisticsResource {

  static final String CSV = "text/csv";

  @EJB private PublicationStatistics statistics;

  @GET
  @Produces(CSV)
  public Response export(@QueryParam("rows") String rows, @QueryParam("columns") String columns) {
    StatisticsDimension byRows = StatisticsDimension.named("rows", rows);
    StatisticsDimension byColumns =
        columns == null || columns.isBlank() ? null : StatisticsDimension.named("columns", columns);
    StatisticsTable table = statistics.table(byRows, byColumns);
    String name =
        "statistics-"
            + byRows.parameterValue()
            + (byColumns == null ? "" : "-" + byColumns.parameterValue())
            + ".csv";
    return Response.ok(
            StatisticsCsv.of(table).getBytes(StandardCharsets.UTF_8), CSV + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
