package org.outreach.processes;

/**
 * Names of the messages the processes wait for. Every one is correlated by business key, which is
 * the case id, through {@code org.outreach.correlation.CaseEvents} and nothing else.
 */
public final class ProcessMessages {

  /** The registry learned a new custody status (an import, a caseworker); payload: the status. */
  public static final String CUSTODY_STATUS_CHANGED = "CustodyStatusChanged";

  /** A removal was scheduled for the person; payload: the date it is scheduled for. */
  public static final String REMOVAL_SCHEDULED = "RemovalScheduled";

  /** The person (or their attorney) acknowledged the notice. */
  public static final String NOTICE_ACKNOWLEDGED = "NoticeAcknowledged";

  /** A notice came back: a bounced email, a returned letter. */
  public static final String NOTICE_RETURNED = "NoticeReturned";

  /** Payload variable of {@link #CUSTODY_STATUS_CHANGED}: one of {@link CustodyStatusValues}. */
  public static final String VAR_CUSTODY_STATUS = "custodyStatus";

  /** Payload variable of {@link #REMOVAL_SCHEDULED}: a {@code java.util.Date}. */
  public static final String VAR_REMOVAL_SCHEDULED_FOR = "removalScheduledFor";

  private ProcessMessages() {}
}
