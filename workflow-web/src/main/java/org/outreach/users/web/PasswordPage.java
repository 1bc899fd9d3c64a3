package org.outreach.users.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import org.outreach.users.InvalidAccountException;
import org.outreach.users.UserDirectory;
import org.outreach.web.ConsoleTexts;

/**
 * Backs {@code account/password.xhtml}: a staff member chooses their own password, after a reset
 * (the console sends them here until they do) or whenever they want to.
 */
@Named
@RequestScoped
public class PasswordPage {

  private static final String FORM = "password:";

  @EJB private UserDirectory users;

  private String current;
  private String chosen;
  private String again;

  /** Whether the logged-in user holds a temporary password (the page says so first). */
  public boolean isTemporary() {
    return users.mustChangePassword();
  }

  public void change() throws IOException {
    try {
      if (chosen == null || !chosen.equals(again)) {
        ConsoleTexts.sayAt(FORM + "again", ConsoleTexts.ADMIN, "accounts.rule.passwordAgain");
        return;
      }
      users.changeOwnPassword(current == null ? null : current.toCharArray(), chosen.toCharArray());
      ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
      context.getSessionMap().put(TemporaryPasswordFilter.MUST_CHANGE, Boolean.FALSE);
      context.getFlash().setKeepMessages(true);
      ConsoleTexts.say(FacesMessage.SEVERITY_INFO, ConsoleTexts.ADMIN, "password.changed");
      context.redirect(context.getRequestContextPath() + "/home.xhtml");
    } catch (InvalidAccountException e) {
      String field = e.rule().equals("password.current") ? "current" : "chosen";
      ConsoleTexts.sayAt(FORM + field, ConsoleTexts.ADMIN, "accounts.rule." + e.rule());
    } finally {
      current = null;
      chosen = null;
      again = null;
    }
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getChosen() {
    return chosen;
  }

  public void setChosen(String chosen) {
    this.chosen = chosen;
  }

  public String getAgain() {
    return again;
  }

  public void setAgain(String again) {
    this.again = again;
  }
}
