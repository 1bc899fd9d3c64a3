package org.outreach.session.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * Backs {@code home.xhtml}, the console's address without a page: supervisors and administrators
 * first see the campaign's dashboard, caseworkers their inbox.
 */
@Named
@RequestScoped
public class HomePage {

  @Inject private ConsoleSession session;

  public void open() throws IOException {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    String page = session.isSupervising() ? "/dashboard.xhtml" : "/inbox.xhtml";
    context.redirect(context.getRequestContextPath() + page);
  }
}
