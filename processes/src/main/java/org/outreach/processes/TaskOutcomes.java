package org.outreach.processes;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * For every user task of every process: the variable its completion must set and the values it may
 * take, or none when completing the task needs no outcome. Completions are validated against this
 * before they reach the engine.
 */
public final class TaskOutcomes {

  /** The variable a task's completion sets, and its allowed values. */
  public record Outcome(String variable, Set<String> values) {
    public Outcome {
      values = Set.copyOf(values);
    }
  }

  /** Task definition key -> outcome; {@link Optional#empty()} when no outcome is needed. */
  public static final Map<String, Optional<Outcome>> BY_TASK =
      Map.ofEntries(
          Map.entry(
              LocatePersonProcess.TASK_LOCATE_PERSON,
              outcome(
                  ProcessVariables.VAR_LOCATE_OUTCOME,
                  LocatePersonProcess.LOCATE_FOUND,
                  LocatePersonProcess.LOCATE_NOT_FOUND)),
          Map.entry(
              LocatePersonProcess.TASK_REVIEW_DILIGENT_EFFORT,
              outcome(
                  ProcessVariables.VAR_DILIGENT_EFFORT_DECISION,
                  LocatePersonProcess.DILIGENT_EFFORT_CONTINUE_SEARCH,
                  LocatePersonProcess.DILIGENT_EFFORT_UNREACHABLE)),
          Map.entry(DeliverNoticeProcess.TASK_HAND_DELIVER_NOTICE, delivery()),
          Map.entry(DeliverNoticeProcess.TASK_CALL_PERSON, delivery()),
          Map.entry(DeliverNoticeProcess.TASK_NOTIFY_THROUGH_PARTNER, delivery()),
          Map.entry(
              CustodyReviewProcess.TASK_REVIEW_CUSTODY,
              outcome(
                  ProcessVariables.VAR_CUSTODY_REVIEW_OUTCOME,
                  CustodyReviewProcess.REVIEW_RELEASE_REQUESTED,
                  CustodyReviewProcess.REVIEW_DETENTION_CONTINUES,
                  CustodyReviewProcess.REVIEW_TRANSFER_REQUESTED)),
          Map.entry(
              CourtAccessProcess.TASK_OFFER_CONSULTATION,
              outcome(
                  ProcessVariables.VAR_CONSULTATION_OUTCOME,
                  CourtAccessProcess.CONSULTATION_ACCEPTED,
                  CourtAccessProcess.CONSULTATION_DECLINED)),
          Map.entry(CourtAccessProcess.TASK_SCHEDULE_CONSULTATION, Optional.empty()),
          Map.entry(CourtAccessProcess.TASK_FILE_COURT_NOTICE, Optional.empty()),
          Map.entry(
              ReturnTravelProcess.TASK_CONFIRM_RETURN_WISH,
              outcome(
                  ProcessVariables.VAR_RETURN_WISH,
                  ReturnTravelProcess.RETURN_WISHES_TO_RETURN,
                  ReturnTravelProcess.RETURN_STAYS,
                  ReturnTravelProcess.RETURN_NO_CONTACT)),
          Map.entry(ReturnTravelProcess.TASK_ARRANGE_TRAVEL_DOCUMENTS, Optional.empty()),
          Map.entry(ReturnTravelProcess.TASK_BOOK_TRAVEL, Optional.empty()),
          Map.entry(
              ReturnTravelProcess.TASK_CONFIRM_ARRIVAL,
              outcome(
                  ProcessVariables.VAR_ARRIVAL_OUTCOME,
                  ReturnTravelProcess.ARRIVAL_ARRIVED,
                  ReturnTravelProcess.ARRIVAL_DID_NOT_TRAVEL)),
          Map.entry(OutreachProcess.TASK_STOP_SCHEDULED_REMOVAL, Optional.empty()));

  /** The outcome a task needs; fails for an id that is not a user task of these processes. */
  public static Optional<Outcome> of(String taskDefinitionKey) {
    Optional<Outcome> outcome = BY_TASK.get(taskDefinitionKey);
    if (outcome == null) {
      throw new IllegalArgumentException("Not a user task of the processes: " + taskDefinitionKey);
    }
    return outcome;
  }

  private static Optional<Outcome> delivery() {
    return outcome(
        ProcessVariables.VAR_DELIVERY_OUTCOME,
        DeliverNoticeProcess.DELIVERY_DELIVERED,
        DeliverNoticeProcess.DELIVERY_FAILED);
  }

  private static Optional<Outcome> outcome(String variable, String... values) {
    return Optional.of(new Outcome(variable, Set.of(values)));
  }

  private TaskOutcomes() {}
}
