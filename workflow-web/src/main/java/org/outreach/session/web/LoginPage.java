package org.outreach.session.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.outreach.web.ConsoleDateTimes;

/**
 * Backs {@code login.xhtml}: someone already logged in goes straight to their first page; the form
 * carries the page the person asked for to {@link SignInServlet}; a lock or an address's refusal is
 * shown with when it ends.
 */
@Named
@RequestScoped
public class LoginPage {

  public void redirectIfLoggedIn() throws IOException {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    if (context.getRemoteUser() != null) {
      context.redirect(context.getRequestContextPath() + "/home.xhtml");
    }
  }

  /**
   * The page the server was asked for when it showed the login page instead (the login page is
   * forwarded to), with its query; the first page otherwise.
   */
  public String getTarget() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    Object uri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
    String asked = uri == null ? null : uri + (query == null ? "" : "?" + query);
    return LoginTargets.safe(request.getContextPath(), asked);
  }

  /** Whether the right password met a lock. */
  public boolean isLocked() {
    return parameter("locked") != null;
  }

  /** When the lock ends, as the console shows a moment, if the server said; otherwise null. */
  public String getLockedUntil() {
    return shown(moment(parameter("locked")));
  }

  /** Whether this address failed too often to be heard for now. */
  public boolean isSlowed() {
    return parameter("slowed") != null;
  }

  /** When this address is heard again, as the console shows a moment, if known; otherwise null. */
  public String getSlowedUntil() {
    return shown(moment(parameter("slowed")));
  }

  private static String shown(Instant moment) {
    FacesContext context = FacesContext.getCurrentInstance();
    return moment == null
        ? null
        : ConsoleDateTimes.shown(moment, context.getViewRoot().getLocale());
  }

  private static String parameter(String name) {
    Map<String, String> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    return parameters.get(name);
  }

  /** A moment given in seconds since the epoch, within a day from now; anything else is none. */
  private static Instant moment(String seconds) {
    if (seconds == null || !seconds.matches("[0-9]{1,12}")) {
      return null;
    }
    Instant moment = Instant.ofEpochSecond(Long.parseLong(seconds));
    Instant now = Instant.now();
    return moment.isAfter(now.minusSeconds(86_400)) && moment.isBefore(now.plusSeconds(86_400))
        ? moment
        : null;
  }
}
