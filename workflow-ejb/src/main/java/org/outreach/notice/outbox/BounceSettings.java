package org.outreach.notice.outbox;

import java.util.function.UnaryOperator;
import org.outreach.campaign.SettingValues;

/**
 * Where the bounce mailbox is read, like the campaign's settings (system property, else environment
 * variable). Without a host no mailbox is read.
 *
 * @param host the IMAP server ({@value #HOST}); {@code null}: bounces are not read
 * @param port its port ({@value #PORT}; 993 with TLS, 143 without)
 * @param tls IMAP over TLS ({@value #TLS}, {@code true})
 * @param user the mailbox's login ({@value #USER})
 * @param password its password ({@value #PASSWORD}; the environment variable is the place for it)
 */
public record BounceSettings(String host, int port, boolean tls, String user, String password) {

  public static final String HOST = "outreach.bounces.host";
  public static final String PORT = "outreach.bounces.port";
  public static final String TLS = "outreach.bounces.tls";
  public static final String USER = "outreach.bounces.user";
  public static final String PASSWORD = "outreach.bounces.password";

  public static BounceSettings current() {
    return from(SettingValues.ofServer());
  }

  public static BounceSettings from(UnaryOperator<String> lookup) {
    String host = SettingValues.text(lookup, HOST, null);
    boolean tls = SettingValues.flag(lookup, TLS, true);
    return new BounceSettings(
        host,
        SettingValues.positiveInt(lookup, PORT, tls ? 993 : 143),
        tls,
        SettingValues.text(lookup, USER, null),
        SettingValues.text(lookup, PASSWORD, null));
  }

  /** Whether a bounce mailbox is configured. */
  public boolean reads() {
    return host != null;
  }

  /** Shows no password. */
  @Override
  public String toString() {
    return "BounceSettings[" + host + ":" + port + (tls ? ", TLS" : "") + ", " + user + "]";
  }
}
