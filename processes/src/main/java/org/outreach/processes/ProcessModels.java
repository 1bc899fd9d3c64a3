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

  private ProcessModels() {}
}
