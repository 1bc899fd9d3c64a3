package org.outreach.it.support;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Test-only: looks for markers in a raw dump of the whole database, every table of the application
 * and of the engine ({@code ACT_*}), with H2's {@code SCRIPT} or {@code pg_dump} besides ({@link
 * DatabaseDump}). {@code POST /leak-scan} with one marker a line answers one line per marker form
 * found, {@code <table or dump section>\t<marker>\t<form>}; nothing when none is found. The first
 * line of the answer names how many tables were read, so an empty dump cannot pass for a clean one.
 */
@WebServlet("/leak-scan")
public class LeakScanFixtureServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Resource(lookup = "java:jboss/datasources/OutreachDS")
  private DataSource dataSource;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    List<String> markers =
        new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
            .lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty())
            .toList();
    String dump;
    try {
      dump = DatabaseDump.of(dataSource);
    } catch (SQLException e) {
      throw new IOException("the database could not be dumped", e);
    }
    List<String> found = new ArrayList<>();
    for (String marker : markers) {
      for (String form : LeakScan.formsOf(marker)) {
        for (int at = dump.indexOf(form); at >= 0; at = dump.indexOf(form, at + 1)) {
          int header = dump.lastIndexOf("\n-- ", at);
          String section =
              header < 0 ? "(start)" : dump.substring(header + 4, dump.indexOf('\n', header + 1));
          found.add(section + "\t" + marker + "\t" + form);
        }
      }
    }
    response.setContentType("text/plain;charset=UTF-8");
    StringBuilder answer = new StringBuilder();
    answer.append("tables ").append(DatabaseDump.tablesIn(dump).size()).append('\n');
    found.stream().distinct().forEach(line -> answer.append(line).append('\n'));
    response.getWriter().write(answer.toString());
  }
}
