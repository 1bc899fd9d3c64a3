package org.outreach.mail;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Facts about where the SMTP relay is. */
final class SmtpRelay {

  private SmtpRelay() {}

  /**
   * Whether {@code host} is this machine (a loopback address, or no host: the mail library's
   * default, {@code localhost}); a name that does not resolve is not.
   */
  static boolean onThisMachine(String host) {
    if (host == null || host.isBlank()) {
      return true;
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(host.strip())) {
        if (!address.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
