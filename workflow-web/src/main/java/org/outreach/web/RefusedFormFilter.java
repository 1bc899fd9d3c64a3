package org.outreach.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * A console form sent without the script nonce of the page it came from (PrimeFaces checks it on
 * every post: a browser without scripts, a page kept open across a restart, a form forged on
 * another site) is bad input, not a failure: it is answered 400 with the console's plain page for a
 * refused form, nothing of it is processed, and the log gets one line without the request's content
 * instead of a stack trace.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class RefusedFormFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(RefusedFormFilter.class.getName());

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (!refusedNonce(e) || response.isCommitted()) {
        throw e;
      }
      LOG.warning(
          () ->
              "Form refused: sent without its page's script nonce to " + request.getServletPath());
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
  }

  private static boolean refusedNonce(Throwable failure) {
    return Causes.find(failure, CspException.class).isPresent();
  }
}
