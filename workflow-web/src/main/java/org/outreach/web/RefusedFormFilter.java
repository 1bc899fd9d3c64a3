package org.outreach.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * A console form sent without the script nonce of the page it came from (PrimeFaces checks it on
 * every post: a browser without scripts, a page kept open across a restart, a form forged on
 * another site) is bad input, not a failure: it is answered 400 with the console's plain page for a
 * refused form, nothing of it is processed, and the log gets one line without the request's content
 * instead of a stack trace.
 *
 * <p>PrimeFaces checks the nonce only when it renders its answer, after the form's action ran; so a
 * postback without a well-formed nonce is refused here, before anything reads it, and the check
 * PrimeFaces makes later stays a second line.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class RefusedFormFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final String NONCE = "primefaces.nonce";

  private static final String VIEW_STATE = "jakarta.faces.ViewState";

  private static final Logger LOG = Logger.getLogger(RefusedFormFilter.class.getName());

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (isPostback(request) && !wellFormedNonce(request.getParameter(NONCE))) {
      refuse(request, response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (!refusedNonce(e) || response.isCommitted()) {
        throw e;
      }
      refuse(request, response);
    }
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    LOG.warning(
        () -> "Form refused: sent without its page's script nonce to " + request.getServletPath());
    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
  }

  /**
   * A form the console rendered, sent back: it carries the view's state. A body larger than its
   * page admits ({@link RequestSizeFilter#limitOf}) is not read here: {@link RequestSizeFilter}
   * refuses it before a byte of it is read, whichever of the two filters runs first. Anything else
   * is, the uploads of the task and import pages among it (they stay in memory, see web.xml).
   */
  private static boolean isPostback(HttpServletRequest request) throws IOException {
    long length = request.getContentLengthLong();
    if (!"POST".equals(request.getMethod())
        || length > RequestSizeFilter.limitOf(RequestSizeFilter.pathOf(request))) {
      return false;
    }
    try {
      // read as the console's pages send their forms, before the body is parsed: Faces would set
      // the same, but only after this filter had read it
      if (request.getCharacterEncoding() == null) {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
      }
      return request.getParameter(VIEW_STATE) != null;
    } catch (IllegalStateException unreadable) {
      // a body the server cannot read as a form (a part over its size): the page's own rules say
      // what is wrong with it
      return false;
    }
  }

  /** What PrimeFaces accepts as a nonce: a UUID in Base64. */
  static boolean wellFormedNonce(String nonce) {
    if (nonce == null || nonce.isEmpty()) {
      return false;
    }
    try {
      UUID.fromString(new String(Base64.getDecoder().decode(nonce), StandardCharsets.UTF_8));
      return true;
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  private static boolean refusedNonce(Throwable failure) {
    return Causes.find(failure, CspException.class).isPresent();
  }
}
