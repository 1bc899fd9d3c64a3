package org.outreach.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real SMTP and IMAP server on loopback for the whole test run. The provisioned server sends to
 * its SMTP port; tests read what arrived over IMAP.
 */
public class GreenMailSession implements LauncherSessionListener {

  private GreenMail greenMail;

  /** The running server, for tests that read every message it received in this process. */
  private static volatile GreenMail running;

  /** Every message the mail server received in this test run, whoever it was addressed to. */
  public static jakarta.mail.internet.MimeMessage[] received() {
    GreenMail server = running;
    if (server == null) {
      throw new IllegalStateException("no mail server runs in this process");
    }
    return server.getReceivedMessages();
  }

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    greenMail =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(ItSettings.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(ItSettings.imapPort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            });
    greenMail.start();
    running = greenMail;
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (greenMail != null) {
      running = null;
      greenMail.stop();
    }
  }
}
