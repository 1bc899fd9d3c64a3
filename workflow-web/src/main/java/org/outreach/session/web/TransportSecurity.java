package org.outreach.session.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.ConfidentialPortManager;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.StatusCodes;
import jakarta.servlet.ServletContext;
import java.util.Locale;
import java.util.Set;
import org.outreach.campaign.SettingValues;

/**
 * HTTPS for everyone but a visitor on the server's own machine: a request over plain HTTP to any
 * host but {@code localhost}, {@code 127.0.0.1} or {@code [::1]} is redirected (308, method and
 * body kept) to the same address over HTTPS, on the server's HTTPS port, before the security
 * constraints or the login run; an HTTPS answer to such a host carries {@code
 * Strict-Transport-Security} (a year). A loopback host stays on HTTP (the demo and the tests), and
 * gets no HSTS, which would pin every port of {@code localhost} to HTTPS in the visitor's browser.
 * Cookies set over HTTPS are marked {@code Secure} by {@code secure-cookie} in {@code
 * undertow-handlers.conf}.
 *
 * <p>{@code outreach.http.redirect-to-https=false} turns the redirect off, for a proxy in front
 * that ends TLS and speaks plain HTTP to the server.
 */
public class TransportSecurity implements ServletExtension {

  /** The setting that turns the redirect off ({@code false}); on by default. */
  public static final String REDIRECT = "outreach.http.redirect-to-https";

  static final String HSTS = "max-age=31536000; includeSubDomains";

  private static final HttpString STRICT_TRANSPORT_SECURITY =
      new HttpString("Strict-Transport-Security");

  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
    deployment.addInitialHandlerChainWrapper(
        next -> exchange -> handle(exchange, next, deployment.getConfidentialPortManager()));
  }

  static void handle(HttpServerExchange exchange, HttpHandler next, ConfidentialPortManager ports)
      throws Exception {
    String host = exchange.getHostName();
    boolean loopback = host == null || LOOPBACK.contains(host.toLowerCase(Locale.ROOT));
    if (exchange.isSecure()) {
      if (!loopback) {
        exchange.getResponseHeaders().put(STRICT_TRANSPORT_SECURITY, HSTS);
      }
    } else if (!loopback && redirects() && ports != null) {
      exchange.setStatusCode(StatusCodes.PERMANENT_REDIRECT);
      exchange
          .getResponseHeaders()
          .put(Headers.LOCATION, httpsAddress(host, ports.getConfidentialPort(exchange), exchange));
      exchange.endExchange();
      return;
    }
    next.handleRequest(exchange);
  }

  /** The request's address over HTTPS: same host, path and query, the HTTPS port. */
  static String httpsAddress(String host, int port, HttpServerExchange exchange) {
    String query = exchange.getQueryString();
    return "https://"
        + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host)
        + (port == 443 || port <= 0 ? "" : ":" + port)
        + exchange.getRequestURI()
        + (query == null || query.isEmpty() ? "" : "?" + query);
  }

  private static boolean redirects() {
    return SettingValues.flag(SettingValues.ofServer(), REDIRECT, true);
  }
}
