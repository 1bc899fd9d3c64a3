package org.outreach.session.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.outreach.users.StaffMember;
import org.outreach.users.UserDirectory;
import org.outreach.web.ConsoleDateTimes;

/** The header of every console page: who is logged in, what they may open, and logging out. */
@Named
@RequestScoped
public class ConsoleSession {

  @EJB private UserDirectory users;

  public String getDisplayName() {
    String username = externalContext().getRemoteUser();
    if (username == null) {
      return "";
    }
    return users.find(username).map(StaffMember::displayName).orElse(username);
  }

  /** The campaign's time zone id, for converters that take one ({@link ConsoleDateTimes}). */
  public String getTimeZone() {
    return ConsoleDateTimes.zone().getId();
  }

  public boolean isMayOpenCases() {
    ExternalContext context = externalContext();
    return context.isUserInRole("supervisor") || context.isUserInRole("admin");
  }

  /** Supervisors and administrators: the campaign's dashboard. */
  public boolean isSupervising() {
    return isMayOpenCases();
  }

  public boolean isAdministrator() {
    return externalContext().isUserInRole("admin");
  }

  public void logout() throws IOException {
    ExternalContext context = externalContext();
    HttpServletRequest request = (HttpServletRequest) context.getRequest();
    try {
      request.logout();
    } catch (ServletException e) {
      // the session is invalidated below either way
    }
    context.invalidateSession();
    context.redirect(context.getRequestContextPath() + "/login.xhtml?loggedOut=true");
  }

  private static ExternalContext externalContext() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }
}
