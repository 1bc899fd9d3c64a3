package org.outreach.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.outreach.documents.DocumentProblem;
import org.outreach.documents.DocumentRules;
import org.outreach.importing.ImportLimits;

/**
 * Refuses a request whose announced body is larger than any this application takes, before anything
 * reads it: 413, as problem details on the REST API and as a plain page in the console. Console
 * forms and REST bodies are small. The import upload ({@code POST /api/imports}) is larger, and it
 * checks its own, higher limit with an answer about the file. A document upload ({@code POST
 * /api/cases/{id}/documents}) may hold {@link DocumentRules#MAX_BYTES} and no more: above that it
 * is refused here with the documents' own rule. The task page ({@value #TASK_PAGE}) carries the
 * court filing's upload, so it may hold {@link #TASK_PAGE_MAX_BYTES}: a document and the form's
 * other fields. The import page ({@value #IMPORT_PAGE}) takes a file as large as the REST import
 * and the form's fields ({@link #IMPORT_PAGE_MAX_BYTES}, the Faces servlet's multipart limit). The
 * server's listener refuses anything above its own cap (see {@code http.cli}) before it reaches
 * this filter.
 */
@WebFilter(urlPatterns = "/*")
public class RequestSizeFilter extends HttpFilter {

  /** The largest body of a console form or a REST call other than the import upload. */
  public static final long MAX_BYTES = 1024 * 1024;

  private static final long serialVersionUID = 1L;

  /** A document and, beside it, the task form's other fields and the multipart framing. */
  public static final long TASK_PAGE_MAX_BYTES = DocumentRules.MAX_BYTES + 64 * 1024;

  private static final String IMPORT_UPLOAD = "/api/imports";

  static final String TASK_PAGE = "/tasks/task.xhtml";

  /** The import page's upload: a file as large as the REST door takes, and the form's fields. */
  static final String IMPORT_PAGE = "/admin/import.xhtml";

  static final long IMPORT_PAGE_MAX_BYTES = ImportLimits.DEFAULT.maxBytes() + 64 * 1024;

  private static final Pattern DOCUMENT_UPLOAD = Pattern.compile("/api/cases/[^/]+/documents");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long length = request.getContentLengthLong();
    String path = pathOf(request);
    boolean document = DOCUMENT_UPLOAD.matcher(path).matches();
    long limit = limitOf(path);
    if (length <= limit || IMPORT_UPLOAD.equals(path)) {
      chain.doFilter(request, response);
      return;
    }
    String detail =
        document
            ? DocumentProblem.TOO_LARGE.rule()
            : "the request body is larger than the limit of " + limit + " bytes";
    if (path.startsWith("/api/")) {
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Request Entity Too Large\",\"status\":413,"
                  + "\"detail\":\""
                  + detail
                  + "\"}");
    } else {
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, detail);
    }
  }

  /**
   * The largest body this filter lets through to {@code path} (within the application); the import
   * upload's own, higher limit is its door's.
   */
  static long limitOf(String path) {
    if (DOCUMENT_UPLOAD.matcher(path).matches()) {
      return DocumentRules.MAX_BYTES;
    }
    if (TASK_PAGE.equals(path)) {
      return TASK_PAGE_MAX_BYTES;
    }
    return IMPORT_PAGE.equals(path) ? IMPORT_PAGE_MAX_BYTES : MAX_BYTES;
  }

  static String pathOf(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
