package org.outreach.tasks;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/**
 * The task is not there for this user: not theirs to see (or gone), claimed by someone else, or not
 * claimed by them. The reason lets a page say which in the reader's language; the message names no
 * person but the staff member who claimed.
 */
@ApplicationException(rollback = true)
public class TaskNotAvailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the task is not available. */
  public enum Reason {
    /** No such task for this user: never theirs to see, completed or cancelled. */
    NOT_VISIBLE,
    /** Someone else claimed it; {@link #claimedBy()} says who. */
    CLAIMED_BY_SOMEONE_ELSE,
    /** The user must claim it before working on it. */
    NOT_CLAIMED_BY_YOU
  }

  private final Reason reason;
  private final String claimedBy;

  public TaskNotAvailableException(Reason reason) {
    this(reason, null);
  }

  /**
   * @param claimedBy the display name of the staff member who holds the task, for {@link
   *     Reason#CLAIMED_BY_SOMEONE_ELSE}
   */
  public TaskNotAvailableException(Reason reason, String claimedBy) {
    super(messageOf(Objects.requireNonNull(reason, "reason"), claimedBy));
    this.reason = reason;
    this.claimedBy = claimedBy;
  }

  public Reason reason() {
    return reason;
  }

  /** Who claimed the task, or {@code null}. */
  public String claimedBy() {
    return claimedBy;
  }

  private static String messageOf(Reason reason, String claimedBy) {
    return switch (reason) {
      case NOT_VISIBLE -> "The task is not available to you";
      case CLAIMED_BY_SOMEONE_ELSE ->
          "The task was claimed by " + (claimedBy == null ? "someone else" : claimedBy);
      case NOT_CLAIMED_BY_YOU -> "Claim the task before working on it";
    };
  }
}
