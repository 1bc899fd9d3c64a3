package org.outreach.processes;

import java.util.List;

/** Every model file of this module, deployed together as one engine deployment. */
public final class ProcessModels {

  public static final List<String> RESOURCES =
      List.of(
          OutreachProcess.RESOURCE,
          LocatePersonProcess.RESOURCE,
          DeliverNoticeProcess.RESOURCE,
          CustodyReviewProcess.RESOURCE,
          CourtAccessProcess.RESOURCE,
          ReturnTravelProcess.RESOURCE,
          CasePriorityDecision.RESOURCE,
          NoticeChannelsDecision.RESOURCE,
          CaseOutcomeDecision.RESOURCE);

  /**
   * The bean every user task of every model reports its life to (created, claimed, changed,
   * completed, cancelled), added by the engine's configuration rather than written into each model.
   */
  public static final String TASK_LIFECYCLE_LISTENER = "workItemTaskListener";

  private ProcessModels() {}
}
