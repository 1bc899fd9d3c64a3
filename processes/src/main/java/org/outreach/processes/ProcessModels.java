package org.outreach.processes;

import java.util.List;

/** Every model file of this module, deployed together as one engine deployment. */
public final class ProcessModels {

  public static final List<String> RESOURCES =
      List.of(
          OutreachProcess.RESOURCE, CasePriorityDecision.RESOURCE, NoticeChannelsDecision.RESOURCE);

  private ProcessModels() {}
}
