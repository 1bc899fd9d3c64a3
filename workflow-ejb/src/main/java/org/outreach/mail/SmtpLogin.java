package org.outreach.mail;

import java.util.function.UnaryOperator;
import org.outreach.campaign.SettingValues;

/**
 * The login the SMTP relay wants, like the campaign's other settings (system property, else
 * environment variable), read whenever a connection is opened, so a changed password needs no
 * restart. Without a user the relay is used without a login.
 *
 * @param user {@value #USER}; {@code null}: no login
 * @param password {@value #PASSWORD} (the environment variable is the place for it)
 */
public record SmtpLogin(String user, String password) {

  public static final String USER = "outreach.smtp.user";
  public static final String PASSWORD = "outreach.smtp.password";

  public static SmtpLogin current() {
    return from(SettingValues.ofServer());
  }

  /**
   * @throws IllegalStateException when a user is set without a password
   */
  public static SmtpLogin from(UnaryOperator<String> lookup) {
    String user = SettingValues.text(lookup, USER, null);
    String password = SettingValues.text(lookup, PASSWORD, null);
    if (user != null && password == null) {
      throw new IllegalStateException(
          USER
              + " is set without "
              + PASSWORD
              + " (or "
              + SettingValues.environmentName(PASSWORD)
              + ")");
    }
    return new SmtpLogin(user, user == null ? null : password);
  }

  /** Whether the relay is logged in to. */
  public boolean logsIn() {
    return user != null;
  }

  /** Shows no password. */
  @Override
  public String toString() {
    return "SmtpLogin[" + (user == null ? "none" : user) + "]";
  }
}
