package org.outreach.processes;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * For every user task whose completion decides the way on: the variable the caseworker sets and its
 * allowed values. Tasks missing here complete without an outcome. The inbox validates every
 * completion against this table, so a gateway never meets a value it does not route.
 */
public final class TaskOutcomes {

  /** The outcome of one task: a variable and the values it may take (Strings), in order. */
  public record Outcome(String variable, Set<String> values) {

    public Outcome {
      Objects.requireNonNull(variable, "variable");
      values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }
  }

  public static final Map<String, Outcome> BY_TASK =
      Map.ofEntries(
          Map.entry(
              LocatePersonProcess.TASK_LOCATE_PERSON,
              new Outcome(
                  LocatePersonProcess.VAR_LOCATE_OUTCOME, LocatePersonProcess.LOCATE_OUTCOMES)),
          Map.entry(
              LocatePersonProcess.TASK_REVIEW_DILIGENT_EFFORT,
              new Outcome(
                  LocatePersonProcess.VAR_DILIGENT_EFFORT_DECISION,
                  LocatePersonProcess.DILIGENT_EFFORT_DECISIONS)),
          Map.entry(
              DeliverNoticeProcess.TASK_HAND_DELIVER_NOTICE,
              new Outcome(
                  DeliverNoticeProcess.VAR_DELIVERY_OUTCOME,
                  DeliverNoticeProcess.DELIVERY_OUTCOMES)),
          Map.entry(
              DeliverNoticeProcess.TASK_CALL_PERSON,
              new Outcome(
                  DeliverNoticeProcess.VAR_DELIVERY_OUTCOME,
                  DeliverNoticeProcess.DELIVERY_OUTCOMES)),
          Map.entry(
              DeliverNoticeProcess.TASK_NOTIFY_THROUGH_PARTNER,
              new Outcome(
                  DeliverNoticeProcess.VAR_DELIVERY_OUTCOME,
                  DeliverNoticeProcess.DELIVERY_OUTCOMES)),
          Map.entry(
              CustodyReviewProcess.TASK_REVIEW_CUSTODY,
              new Outcome(
                  CustodyReviewProcess.VAR_CUSTODY_REVIEW_OUTCOME,
                  CustodyReviewProcess.CUSTODY_REVIEW_OUTCOMES)),
          Map.entry(
              CourtAccessProcess.TASK_OFFER_CONSULTATION,
              new Outcome(
                  CourtAccessProcess.VAR_CONSULTATION_OUTCOME,
                  CourtAccessProcess.CONSULTATION_OUTCOMES)),
          Map.entry(
              ReturnTravelProcess.TASK_CONFIRM_RETURN_WISH,
              new Outcome(ReturnTravelProcess.VAR_RETURN_WISH, ReturnTravelProcess.RETURN_WISHES)),
          Map.entry(
              ReturnTravelProcess.TASK_CONFIRM_ARRIVAL,
              new Outcome(
                  ReturnTravelProcess.VAR_ARRIVAL_OUTCOME, ReturnTravelProcess.ARRIVAL_OUTCOMES)));

  private TaskOutcomes() {}

  /** The outcome a task needs, or empty when it completes without one. */
  public static Optional<Outcome> of(String taskDefinitionKey) {
    return Optional.ofNullable(BY_TASK.get(taskDefinitionKey));
  }
}
