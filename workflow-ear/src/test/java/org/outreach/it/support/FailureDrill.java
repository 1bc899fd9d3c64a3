package org.outreach.it.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Failures nobody foresaw, put into the console's own web module for the tests (never into the
 * application): a page whose buttons fail (with and without Ajax) and a servlet that fails, each
 * with an exception whose message holds {@link #MARKER}, as a third party's exception might quote a
 * person's name. See {@code ConsoleFailureIT}.
 */
public final class FailureDrill {

  /** What the drill's exceptions say; it must reach neither the log nor the browser. */
  public static final String MARKER = "Zq-failure-drill-Ypsilanti";

  /** The drill's page in the console's module. */
  public static final String PAGE = "failure-drill.xhtml";

  /** The drill's servlet in the console's module. */
  public static final String SERVLET = "failure-drill";

  static final String PAGE_SOURCE =
      """
      <!DOCTYPE html>
      <html xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html"
            xmlns:p="primefaces" lang="en">
      <h:head><title>Failure drill</title></h:head>
      <h:body>
        <h:form id="drill">
          <h:commandButton id="fail" value="Fail" action="#{failureDrill.fail}"/>
          <p:commandButton id="failAjax" value="Fail with Ajax" action="#{failureDrill.fail}"/>
        </h:form>
      </h:body>
      </html>
      """;

  private FailureDrill() {}

  /** The page's bean. */
  @Named("failureDrill")
  @RequestScoped
  public static class Bean {

    public String fail() {
      throw new IllegalStateException("the drill's failure, naming " + MARKER);
    }
  }

  /** The drill's servlet. */
  @WebServlet("/" + SERVLET)
  public static class Servlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
      throw new IllegalArgumentException("the drill's failure, naming " + MARKER);
    }
  }
}
