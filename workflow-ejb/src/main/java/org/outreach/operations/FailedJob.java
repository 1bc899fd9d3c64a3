package org.outreach.operations;

import java.time.Instant;
import java.util.UUID;

/**
 * A step of a case's process that failed.
 *
 * @param jobId the engine's job
 * @param process the key of the process the step belongs to ({@code outreach} or a called one)
 * @param step the step's id in its model
 * @param stepName the step's name in its model, or its id when it has none
 * @param caseId the case, absent for a process outside the campaign
 * @param nextTry when the engine tries again, absent when out of tries
 * @param message the error as the engine recorded it, its first line and at most {@value
 *     #MESSAGE_LENGTH} characters
 * @param retriesLeft the tries left; 0 is an incident, which waits for a person
 */
public record FailedJob(
    String jobId,
    String process,
    String step,
    String stepName,
    UUID caseId,
    Instant nextTry,
    String message,
    int retriesLeft) {

  /** The longest error text shown: the engine's first line, cut. */
  public static final int MESSAGE_LENGTH = 300;

  /** The first line of an error text, at most {@value #MESSAGE_LENGTH} characters. */
  static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    String line = message.lines().findFirst().orElse("").strip();
    return line.length() > MESSAGE_LENGTH ? line.substring(0, MESSAGE_LENGTH) + "…" : line;
  }
}
