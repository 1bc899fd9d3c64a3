package org.outreach.demo;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * When demo logins may exist: an embedded H2 file database, and a server only this machine reaches.
 */
final class DemoPolicy {

  private DemoPolicy() {}

  static boolean demoLoginsAllowed(String jdbcUrl, String bindAddress) {
    return embedded(jdbcUrl) && loopback(bindAddress);
  }

  static boolean embedded(String jdbcUrl) {
    return jdbcUrl != null
        && jdbcUrl.startsWith("jdbc:h2:")
        && !jdbcUrl.startsWith("jdbc:h2:tcp:")
        && !jdbcUrl.startsWith("jdbc:h2:ssl:");
  }

  static boolean loopback(String bindAddress) {
    if (bindAddress == null || bindAddress.isBlank()) {
      return false;
    }
    try {
      return InetAddress.getByName(bindAddress).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
