package org.outreach.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.outreach.it.support.Deployments;
import org.outreach.it.support.Fixtures;
import org.outreach.it.support.FormLogin;
import org.outreach.it.support.ItSettings;
import org.outreach.it.support.TestStaff;

/**
 * What a caseworker's session holds after a long day of pages, read from the server's management
 * model as the server keeps it: the view-scoped beans of her last pages, not of every page she has
 * opened since she signed in.
 */
@ExtendWith(ArquillianExtension.class)
class SessionSizeIT {

  /** Faces keeps the view-scoped beans of this many pages per session (its default). */
  private static final int PAGES_KEPT = 25;

  private static final Pattern PAGE_ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}=");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.outreachWithFixtures();
  }

  @BeforeAll
  static void staffExist() throws IOException, InterruptedException {
    assertThat(Fixtures.post("staff").statusCode()).isEqualTo(204);
  }

  @Test
  void aSessionKeepsTheBeansOfItsLastPagesOnly() throws Exception {
    URI base = URI.create(ItSettings.baseUrl());
    HttpClient session = FormLogin.session(base, TestStaff.CASEWORKER, TestStaff.PASSWORD);
    int pages = PAGES_KEPT * 3;

    for (int i = 0; i < pages; i++) {
      HttpResponse<Void> page =
          session.send(
              HttpRequest.newBuilder(base.resolve("inbox.xhtml")).build(),
              HttpResponse.BodyHandlers.discarding());
      assertThat(page.statusCode()).isEqualTo(200);
    }

    String sessionId = sessionId(session);
    try (ModelControllerClient management = management()) {
      String viewMaps = sessionAttribute(management, sessionId, "activeViewMaps");
      String viewContexts = sessionAttribute(management, sessionId, "activeViewContexts");
      assertThat(pageIds(viewMaps)).as("pages whose beans Faces keeps").isEqualTo(PAGES_KEPT);
      assertThat(pageIds(viewContexts))
          .as("pages whose bean names the session still holds, of %d opened", pages)
          .isBetween(1, PAGES_KEPT);
    }
  }

  private static int pageIds(String attribute) {
    int count = 0;
    Matcher id = PAGE_ID.matcher(attribute);
    while (id.find()) {
      count++;
    }
    return count;
  }

  private static String sessionId(HttpClient session) {
    CookieManager cookies = (CookieManager) session.cookieHandler().orElseThrow();
    String value =
        cookies.getCookieStore().getCookies().stream()
            .filter(cookie -> cookie.getName().equals("JSESSIONID"))
            .map(HttpCookie::getValue)
            .findFirst()
            .orElseThrow();
    // a server that names itself in its session ids appends ".<route>"; the model knows the id
    // alone
    int route = value.indexOf('.');
    return route < 0 ? value : value.substring(0, route);
  }

  /** One of Faces' session attributes, as the server's management model prints it. */
  private static String sessionAttribute(
      ModelControllerClient management, String sessionId, String name) throws IOException {
    ModelNode operation =
        Operations.createOperation("get-session-attribute", consoleAddress(management));
    operation.get("session-id").set(sessionId);
    operation.get("attribute").set("com.sun.faces.application.view." + name);
    ModelNode result = management.execute(operation);
    assertThat(Operations.isSuccessfulOutcome(result)).as(result.toString()).isTrue();
    return Operations.readResult(result).asString();
  }

  /** The console's web module in whichever deployment of the application the server holds. */
  private static ModelNode consoleAddress(ModelControllerClient management) throws IOException {
    ModelNode listing =
        Operations.createOperation("read-children-names", new ModelNode().setEmptyList());
    listing.get("child-type").set("deployment");
    List<ModelNode> deployments = Operations.readResult(management.execute(listing)).asList();
    for (ModelNode deployment : deployments) {
      ModelNode address =
          Operations.createAddress(
              "deployment",
              deployment.asString(),
              "subdeployment",
              "workflow-web.war",
              "subsystem",
              "undertow");
      ModelNode read = Operations.createReadResourceOperation(address);
      if (Operations.isSuccessfulOutcome(management.execute(read))) {
        return address;
      }
    }
    throw new AssertionError("no deployment holds the console: " + deployments);
  }

  private static ModelControllerClient management() throws IOException {
    URI url = URI.create(ItSettings.managementUrl());
    return ModelControllerClient.Factory.create("remote+http", url.getHost(), url.getPort());
  }
}
