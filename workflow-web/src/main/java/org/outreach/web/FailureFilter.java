package org.outreach.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.outreach.session.web.SecurityHeadersFilter;

/**
 * The outermost filter (declared first in {@code web.xml}): a failure nothing else handled (a
 * servlet's, a filter's, or a page's that {@link ConsoleExceptionHandler} could not redirect) gets
 * an incident id and its one log line ({@link Incidents}) and the failure page with that id,
 * instead of the server's own log entry, which would carry the exceptions' messages and stack. A
 * failure after the answer began to be sent can only be logged; the answer stays cut short. An
 * expired page goes on to the container, which shows the inbox instead ({@code web.xml}).
 */
public class FailureFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException failure) {
      if (ConsoleExceptionHandler.expiredView(failure)) {
        throw failure; // the page expired: web.xml sends the visitor to the inbox
      }
      String incident =
          RecordedFailure.incidentOf(failure)
              .orElseGet(
                  () -> Incidents.record("Console request", request.getRequestURI(), failure));
      if (response.isCommitted()) {
        return;
      }
      response.reset();
      SecurityHeadersFilter.applyTo(response);
      FailurePage.write(response, incident, request.getContextPath());
    }
  }
}
