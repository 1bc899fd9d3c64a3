package org.outreach.session.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.outreach.users.StaffMember;
import org.outreach.users.UserDirectory;

/**
 * The language of the console for this session: the one the staff member chose (kept with their
 * account), else the first of the browser's languages the console is written in, else English.
 */
@Named
@SessionScoped
public class ConsoleLocale implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private UserDirectory users;

  /** The account whose choice was read, so a new login in the same session reads its own. */
  private String readFor;

  private String chosen;

  /** Bound to the language menu. */
  private String selected;

  public Locale getLocale() {
    return Locale.forLanguageTag(getLanguage());
  }

  /** The ISO 639-1 code of the console's language for this request. */
  public String getLanguage() {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    String user = context.getRemoteUser();
    if (user != null && !user.equals(readFor)) {
      readFor = user;
      chosen = users.find(user).map(StaffMember::consoleLanguage).orElse(null);
    }
    if (chosen != null) {
      return chosen;
    }
    for (Iterator<Locale> locales = context.getRequestLocales(); locales.hasNext(); ) {
      String language = locales.next().getLanguage();
      if (UserDirectory.CONSOLE_LANGUAGES.contains(language)) {
        return language;
      }
    }
    return UserDirectory.CONSOLE_LANGUAGES.get(0);
  }

  public List<String> getLanguages() {
    return UserDirectory.CONSOLE_LANGUAGES;
  }

  public String getSelected() {
    return selected == null ? getLanguage() : selected;
  }

  public void setSelected(String selected) {
    this.selected = selected;
  }

  /**
   * Keeps the choice with the account and shows the same page again in that language, with its view
   * parameters (the task or case it shows).
   */
  public String apply() {
    String language = Objects.requireNonNullElse(selected, getLanguage());
    selected = null;
    if (!UserDirectory.CONSOLE_LANGUAGES.contains(language)) {
      return null;
    }
    users.chooseConsoleLanguage(language);
    chosen = language;
    String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
    return view + "?faces-redirect=true&includeViewParams=true";
  }
}
