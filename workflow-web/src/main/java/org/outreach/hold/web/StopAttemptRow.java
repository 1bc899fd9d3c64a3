package org.outreach.hold.web;

import java.io.Serializable;
import java.time.OffsetDateTime;
import org.outreach.hold.StopAttempt;

/** One earlier attempt to stop the removal as the removal-stop form's table shows it. */
public class StopAttemptRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final OffsetDateTime reachedAt;
  private final String channel;
  private final String reached;
  private final boolean stopped;
  private final String note;
  private final String recordedBy;

  StopAttemptRow(StopAttempt attempt) {
    this.reachedAt = attempt.reachedAt();
    this.channel = attempt.channel().name();
    this.reached = attempt.reached();
    this.stopped = attempt.stopped();
    this.note = attempt.note();
    this.recordedBy = attempt.recordedBy();
  }

  public OffsetDateTime getReachedAt() {
    return reachedAt;
  }

  public String getChannel() {
    return channel;
  }

  public String getReached() {
    return reached;
  }

  public boolean isStopped() {
    return stopped;
  }

  public String getNote() {
    return note;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  @Override
  public String toString() {
    return "StopAttemptRow[" + channel + ", stopped=" + stopped + "]";
  }
}
