package org.outreach.processes;

import java.util.Set;

/**
 * Names inside {@code deliver-notice.bpmn}: the notice, channel by channel, until one is proven.
 */
public final class DeliverNoticeProcess {

  public static final String PROCESS_KEY = "deliver-notice";
  public static final String RESOURCE = "deliver-notice.bpmn";

  /** Sends through the automated channel in {@link ProcessVariables#VAR_CHANNEL}. */
  public static final String DELEGATE_SEND_NOTICE = "sendNoticeDelegate";

  public static final String DELEGATE_RECORD_NOTICE_PROVEN = "recordNoticeProvenDelegate";
  public static final String DELEGATE_RECORD_NOTICE_ATTEMPT_FAILED =
      "recordNoticeAttemptFailedDelegate";

  /** Offered to {@link Teams#DETENTION}. */
  public static final String TASK_HAND_DELIVER_NOTICE = "Task_HandDeliverNotice";

  /** Offered to {@link Teams#RELEASE}. */
  public static final String TASK_CALL_PERSON = "Task_CallPerson";

  /** Offered to {@link Teams#REMOVAL}. */
  public static final String TASK_NOTIFY_THROUGH_PARTNER = "Task_NotifyThroughPartner";

  /** Outcome of the three tasks above. */
  public static final String VAR_DELIVERY_OUTCOME = "deliveryOutcome";

  public static final String DELIVERY_DELIVERED = "DELIVERED";
  public static final String DELIVERY_FAILED = "FAILED";
  public static final Set<String> DELIVERY_OUTCOMES =
      OrderedValues.of(DELIVERY_DELIVERED, DELIVERY_FAILED);

  private DeliverNoticeProcess() {}
}
