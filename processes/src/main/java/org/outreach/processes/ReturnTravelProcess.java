package org.outreach.processes;

import java.util.Set;

/** Names inside {@code return-travel.bpmn}: bringing back a removed person who wishes to return. */
public final class ReturnTravelProcess {

  public static final String PROCESS_KEY = "return-travel";
  public static final String RESOURCE = "return-travel.bpmn";

  public static final String DELEGATE_RECORD_RETURN = "recordReturnDelegate";

  /** Offered to {@link Teams#REMOVAL}. */
  public static final String TASK_CONFIRM_RETURN_WISH = "Task_ConfirmReturnWish";

  public static final String VAR_RETURN_WISH = "returnWish";
  public static final String RETURN_WISHES_TO_RETURN = "WISHES_TO_RETURN";
  public static final String RETURN_STAYS = "STAYS";
  public static final String RETURN_NO_CONTACT = "NO_CONTACT";
  public static final Set<String> RETURN_WISHES =
      OrderedValues.of(RETURN_WISHES_TO_RETURN, RETURN_STAYS, RETURN_NO_CONTACT);

  /** Offered to {@link Teams#REMOVAL}; no outcome. */
  public static final String TASK_ARRANGE_TRAVEL_DOCUMENTS = "Task_ArrangeTravelDocuments";

  /** Offered to {@link Teams#REMOVAL}; no outcome. */
  public static final String TASK_BOOK_TRAVEL = "Task_BookTravel";

  /** Offered to {@link Teams#REMOVAL}. */
  public static final String TASK_CONFIRM_ARRIVAL = "Task_ConfirmArrival";

  public static final String VAR_ARRIVAL_OUTCOME = "arrivalOutcome";
  public static final String ARRIVAL_ARRIVED = "ARRIVED";
  public static final String ARRIVAL_DID_NOT_TRAVEL = "DID_NOT_TRAVEL";
  public static final Set<String> ARRIVAL_OUTCOMES =
      OrderedValues.of(ARRIVAL_ARRIVED, ARRIVAL_DID_NOT_TRAVEL);

  private ReturnTravelProcess() {}
}
