package org.outreach.locate.web;

import java.io.Serializable;
import java.time.OffsetDateTime;
import org.outreach.locate.AttemptView;

/** One attempt or conclusion as the locate form's table shows it. */
public class AttemptRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final OffsetDateTime attemptedAt;
  private final String conclusion;
  private final String channel;
  private final String result;
  private final String note;
  private final String contactKind;
  private final String contactValue;
  private final String recordedBy;

  AttemptRow(AttemptView view) {
    this.attemptedAt = view.attemptedAt();
    this.conclusion = view.conclusion() == null ? null : view.conclusion().name();
    this.channel = view.channel() == null ? null : view.channel().name();
    this.result = view.result() == null ? null : view.result().name();
    this.note = view.note();
    this.contactKind = view.contactKind() == null ? null : view.contactKind().name();
    this.contactValue = view.contactValue();
    this.recordedBy = view.recordedBy();
  }

  public OffsetDateTime getAttemptedAt() {
    return attemptedAt;
  }

  public boolean isConclusion() {
    return conclusion != null;
  }

  /**
   * How the search ended, for a conclusion; named apart from {@link #isConclusion()}, which EL
   * would otherwise take for the same property.
   */
  public String getConcludedAs() {
    return conclusion;
  }

  public String getChannel() {
    return channel;
  }

  public String getResult() {
    return result;
  }

  public String getNote() {
    return note;
  }

  public String getContactKind() {
    return contactKind;
  }

  public String getContactValue() {
    return contactValue;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  @Override
  public String toString() {
    return "AttemptRow[" + channel + ", " + result + "]";
  }
}
