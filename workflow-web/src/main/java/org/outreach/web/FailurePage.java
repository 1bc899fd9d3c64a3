package org.outreach.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The page a visitor sees when the console failed for a reason nobody foresaw: what happened, that
 * nothing was changed by the failed step, and the incident id the server log names, so that an
 * administrator can find the one line about it. Shown in both languages of the console, since the
 * failure may have come before the reader's language was known. The console's failures are sent
 * here ({@code ?incident=}, see {@link ConsoleExceptionHandler}); a failure outside the Faces
 * servlet gets the same page from {@link FailureFilter}. Open without a login, like the login page:
 * the failure may have been on it.
 */
@WebServlet("/failure")
public class FailurePage extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String PATH = "/failure";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String incident = request.getParameter("incident");
    write(response, Incidents.isIncidentId(incident) ? incident : null, request.getContextPath());
  }

  /** Writes the page, with the incident id when there is one, as the answer 500. */
  static void write(HttpServletResponse response, String incident, String contextPath)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    ResourceBundle english = bundle(Locale.ROOT);
    ResourceBundle spanish = bundle(Locale.forLanguageTag("es"));
    PrintWriter out = response.getWriter();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>")
        .append(escape(english.getString("failure.title")))
        .append("</title>\n<link rel=\"stylesheet\" href=\"")
        .append(escape(contextPath))
        .append("/resources/css/failure.css\"/>\n</head>\n<body>\n<main>\n");
    section(out, english, "h1", "error-title", incident, contextPath);
    out.append("<section lang=\"es\">\n");
    section(out, spanish, "h2", null, incident, contextPath);
    out.append("</section>\n</main>\n</body>\n</html>\n");
  }

  private static void section(
      PrintWriter out,
      ResourceBundle words,
      String heading,
      String headingId,
      String incident,
      String contextPath) {
    out.append('<').append(heading);
    if (headingId != null) {
      out.append(" id=\"").append(headingId).append('"');
    }
    out.append('>')
        .append(escape(words.getString("failure.title")))
        .append("</")
        .append(heading)
        .append(">\n<p>")
        .append(escape(words.getString("failure.text")))
        .append("</p>\n");
    if (incident != null) {
      out.append("<p>")
          .append(escape(words.getString("failure.incident")))
          .append(" <code class=\"incident\">")
          .append(incident)
          .append("</code></p>\n");
    }
    out.append("<p><a href=\"")
        .append(escape(contextPath))
        .append("/inbox.xhtml\">")
        .append(escape(words.getString("failure.inbox")))
        .append("</a></p>\n");
  }

  /** The console's words in one language, never another's by the server's default locale. */
  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        "i18n.console",
        locale,
        FailurePage.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
