package org.outreach.it.support;

/** Values the build passes to the tests (see the failsafe configuration). */
public final class ItSettings {

  private ItSettings() {}

  public static String earFile() {
    return required("outreach.it.ear");
  }

  public static String baseUrl() {
    return required("outreach.it.base-url");
  }

  /** The server's management interface, where {@code /metrics} is served. */
  public static String managementUrl() {
    return required("outreach.it.management-url");
  }

  public static int smtpPort() {
    return Integer.parseInt(System.getProperty("outreach.it.smtp.port", "13025"));
  }

  public static int imapPort() {
    return Integer.parseInt(System.getProperty("outreach.it.imap.port", "13143"));
  }

  private static String required(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("System property " + name + " is not set: run through Maven");
    }
    return value;
  }
}
