package org.outreach.processes;

/**
 * Names inside {@code return-travel.bpmn}: bring back a removed person who wishes to return,
 * through counsel or a partner organisation, never through the home government.
 */
public final class ReturnTravelProcess {

  public static final String PROCESS_KEY = "return-travel";
  public static final String RESOURCE = "return-travel.bpmn";

  public static final String START_RETURN_OFFERED = "StartEvent_ReturnOffered";
  public static final String TASK_CONFIRM_RETURN_WISH = "Task_ConfirmReturnWish";
  public static final String TIMER_CONFIRM_RETURN_WISH_OVERDUE = "Timer_ConfirmReturnWishOverdue";
  public static final String GATEWAY_RETURN_WISH = "Gateway_ReturnWish";
  public static final String TASK_ARRANGE_TRAVEL_DOCUMENTS = "Task_ArrangeTravelDocuments";
  public static final String TIMER_ARRANGE_TRAVEL_DOCUMENTS_OVERDUE =
      "Timer_ArrangeTravelDocumentsOverdue";
  public static final String TASK_BOOK_TRAVEL = "Task_BookTravel";
  public static final String TIMER_BOOK_TRAVEL_OVERDUE = "Timer_BookTravelOverdue";
  public static final String TASK_CONFIRM_ARRIVAL = "Task_ConfirmArrival";
  public static final String TIMER_CONFIRM_ARRIVAL_OVERDUE = "Timer_ConfirmArrivalOverdue";
  public static final String GATEWAY_MERGE_RETURN = "Gateway_MergeReturn";
  public static final String TASK_RECORD_RETURN = "Task_RecordReturn";
  public static final String END_RETURN_RECORDED = "EndEvent_ReturnRecorded";

  public static final String DELEGATE_RECORD_RETURN = "recordReturnDelegate";

  /** Outcome of {@link #TASK_CONFIRM_RETURN_WISH} in {@link ProcessVariables#VAR_RETURN_WISH}. */
  public static final String RETURN_WISHES_TO_RETURN = "WISHES_TO_RETURN";

  public static final String RETURN_STAYS = "STAYS";
  public static final String RETURN_NO_CONTACT = "NO_CONTACT";

  /** Outcome of {@link #TASK_CONFIRM_ARRIVAL} in {@link ProcessVariables#VAR_ARRIVAL_OUTCOME}. */
  public static final String ARRIVAL_ARRIVED = "ARRIVED";

  public static final String ARRIVAL_DID_NOT_TRAVEL = "DID_NOT_TRAVEL";

  public static final String DUE_CONFIRM_RETURN_WISH = "P10D";
  public static final String DUE_ARRANGE_TRAVEL_DOCUMENTS = "P30D";
  public static final String DUE_BOOK_TRAVEL = "P14D";
  public static final String DUE_CONFIRM_ARRIVAL = "P14D";

  private ReturnTravelProcess() {}
}
