package org.outreach.cases.web;

import java.io.Serializable;
import java.time.OffsetDateTime;
import org.outreach.cases.CaseProgress;

/** One entry of a case's evidence trail as pages show it: what, by which channel, when. */
public class HistoryRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String channel;
  private final OffsetDateTime occurredAt;

  public HistoryRow(CaseProgress.Entry entry) {
    this.kind = entry.kind().name();
    this.channel = entry.channel() == null ? null : entry.channel().name();
    this.occurredAt = entry.occurredAt();
  }

  /** Key {@code event.<kind>} of the cases bundle. */
  public String getKind() {
    return kind;
  }

  /** Key {@code channel.<channel>} of the cases bundle, or {@code null}. */
  public String getChannel() {
    return channel;
  }

  public OffsetDateTime getOccurredAt() {
    return occurredAt;
  }
}
