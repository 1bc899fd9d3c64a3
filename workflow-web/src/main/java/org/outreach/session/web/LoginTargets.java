package org.outreach.session.web;

/**
 * Where a sign-in leads: the console page the person asked for before the login page was shown, if
 * it is one (a path in this application, nothing that leaves it), otherwise their first page.
 */
final class LoginTargets {

  private LoginTargets() {}

  static String safe(String contextPath, String asked) {
    String home = contextPath + "/home.xhtml";
    if (asked == null
        || asked.length() > 2000
        || !asked.startsWith(contextPath + "/")
        || asked.startsWith(contextPath + "/sign-in")
        || asked.startsWith(contextPath + "/login.xhtml")
        || asked.startsWith(contextPath + "/jakarta.faces.resource")
        || asked.contains("//")
        || asked.contains("\\")
        || asked.contains("/..")
        || asked.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
      return home;
    }
    return asked;
  }
}
