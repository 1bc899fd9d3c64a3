package org.outreach.session.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;

/** Backs {@code login.xhtml}: someone already logged in goes straight to their first page. */
@Named
@RequestScoped
public class LoginPage {

  public void redirectIfLoggedIn() throws IOException {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    if (context.getRemoteUser() != null) {
      context.redirect(context.getRequestContextPath() + "/home.xhtml");
    }
  }
}
