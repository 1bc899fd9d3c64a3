package org.outreach.processes;

import java.util.Set;

/** Names inside {@code custody-review.bpmn}: whether a detained person can be released. */
public final class CustodyReviewProcess {

  public static final String PROCESS_KEY = "custody-review";
  public static final String RESOURCE = "custody-review.bpmn";

  public static final String DELEGATE_RECORD_CUSTODY_REVIEW = "recordCustodyReviewDelegate";

  /** Offered to {@link Teams#DETENTION}. */
  public static final String TASK_REVIEW_CUSTODY = "Task_ReviewCustody";

  public static final String VAR_CUSTODY_REVIEW_OUTCOME = "custodyReviewOutcome";
  public static final String REVIEW_RELEASE_REQUESTED = "RELEASE_REQUESTED";
  public static final String REVIEW_DETENTION_CONTINUES = "DETENTION_CONTINUES";
  public static final String REVIEW_TRANSFER_REQUESTED = "TRANSFER_REQUESTED";
  public static final Set<String> CUSTODY_REVIEW_OUTCOMES =
      OrderedValues.of(
          REVIEW_RELEASE_REQUESTED, REVIEW_DETENTION_CONTINUES, REVIEW_TRANSFER_REQUESTED);

  private CustodyReviewProcess() {}
}
