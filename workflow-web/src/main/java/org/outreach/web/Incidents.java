package org.outreach.web;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * A request that failed for a reason nobody foresaw gets an incident id: the visitor is shown the
 * id, and the one log line about the failure names it with the exception classes and where each was
 * thrown. Never the exceptions' messages, which a third party's code may fill with a value it was
 * working on (a name, an address), and never the query string.
 */
public final class Incidents {

  private static final Logger LOG = Logger.getLogger(Incidents.class.getName());

  private static final Pattern ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private Incidents() {}

  /**
   * Logs the failure of a request of the given kind ("Console request", "REST request") at the
   * given path, and returns its new incident id.
   */
  public static String record(String kind, String path, Throwable failure) {
    String incident = UUID.randomUUID().toString();
    LOG.log(
        Level.WARNING,
        () ->
            kind
                + " failed, incident "
                + incident
                + (path == null ? "" : " (" + path + ")")
                + ": "
                + causes(failure));
    return incident;
  }

  /** Whether the text is an incident id as {@link #record} makes them. */
  public static boolean isIncidentId(String text) {
    return text != null && ID.matcher(text).matches();
  }

  /** The exception classes of the chain, each with the place it was thrown; no message. */
  static String causes(Throwable failure) {
    StringBuilder chain = new StringBuilder();
    int depth = 0;
    for (Throwable cause = failure;
        cause != null && depth < 20;
        cause = cause.getCause(), depth++) {
      if (chain.length() > 0) {
        chain.append(" <- ");
      }
      chain.append(cause.getClass().getName());
      StackTraceElement[] trace = cause.getStackTrace();
      if (trace.length > 0) {
        chain.append(" at ").append(trace[0]);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return chain.toString();
  }
}
