package org.outreach.processes;

/**
 * Names inside {@code deliver-notice.bpmn}: try the channels of notice-channels one after the other
 * until one proves the notice.
 */
public final class DeliverNoticeProcess {

  public static final String PROCESS_KEY = "deliver-notice";
  public static final String RESOURCE = "deliver-notice.bpmn";

  public static final String START_NOTICE_REQUESTED = "StartEvent_NoticeRequested";
  public static final String TASK_CHOOSE_NOTICE_CHANNELS = "Task_ChooseNoticeChannels";

  /** Sequential multi-instance over {@code noticeChannels}, element variable {@code channel}. */
  public static final String SUBPROCESS_TRY_CHANNEL = "SubProcess_TryChannel";

  public static final String GATEWAY_CHANNEL_KIND = "Gateway_ChannelKind";
  public static final String TASK_SEND_NOTICE = "Task_SendNotice";
  public static final String GATEWAY_AWAIT_ANSWER = "Gateway_AwaitAnswer";
  public static final String EVENT_NOTICE_ACKNOWLEDGED = "Event_NoticeAcknowledged";
  public static final String EVENT_NOTICE_RETURNED = "Event_NoticeReturned";
  public static final String TIMER_ACKNOWLEDGEMENT_OVERDUE = "Timer_AcknowledgementOverdue";
  public static final String TASK_HAND_DELIVER_NOTICE = "Task_HandDeliverNotice";
  public static final String TIMER_HAND_DELIVER_NOTICE_OVERDUE = "Timer_HandDeliverNoticeOverdue";
  public static final String TASK_CALL_PERSON = "Task_CallPerson";
  public static final String TIMER_CALL_PERSON_OVERDUE = "Timer_CallPersonOverdue";
  public static final String TASK_NOTIFY_THROUGH_PARTNER = "Task_NotifyThroughPartner";
  public static final String TIMER_NOTIFY_THROUGH_PARTNER_OVERDUE =
      "Timer_NotifyThroughPartnerOverdue";
  public static final String GATEWAY_DELIVERY_OUTCOME = "Gateway_DeliveryOutcome";
  public static final String TASK_RECORD_NOTICE_PROVEN = "Task_RecordNoticeProven";
  public static final String TASK_RECORD_NOTICE_ATTEMPT_FAILED = "Task_RecordNoticeAttemptFailed";
  public static final String GATEWAY_NOTICE_PROVEN = "Gateway_NoticeProven";
  public static final String END_NOTICE_PROVEN = "EndEvent_NoticeProven";
  public static final String END_NO_CHANNEL_WORKED = "EndEvent_NoChannelWorked";

  public static final String DELEGATE_SEND_NOTICE = "sendNoticeDelegate";
  public static final String DELEGATE_RECORD_NOTICE_PROVEN = "recordNoticeProvenDelegate";
  public static final String DELEGATE_RECORD_NOTICE_ATTEMPT_FAILED =
      "recordNoticeAttemptFailedDelegate";

  /** Outcome of the three delivery tasks in {@link ProcessVariables#VAR_DELIVERY_OUTCOME}. */
  public static final String DELIVERY_DELIVERED = "DELIVERED";

  public static final String DELIVERY_FAILED = "FAILED";

  public static final String ACKNOWLEDGEMENT_WAIT_EMAIL = "P14D";

  /** Letters and copies to the attorney of record. */
  public static final String ACKNOWLEDGEMENT_WAIT_POST = "P21D";

  public static final String DUE_HAND_DELIVER_NOTICE = "P2D";
  public static final String DUE_CALL_PERSON = "P2D";
  public static final String DUE_NOTIFY_THROUGH_PARTNER = "P5D";

  private DeliverNoticeProcess() {}
}
