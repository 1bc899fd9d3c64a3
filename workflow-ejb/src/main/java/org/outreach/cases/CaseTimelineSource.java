package org.outreach.cases;

import java.util.List;
import java.util.UUID;

/**
 * What a capability contributes to a case's timeline. Each capability that records facts on a case
 * (locate attempts, notices, receipts, decisions) implements it as an application-scoped CDI bean;
 * the case view gathers every implementation, merges the entries by time and audits the read once.
 * Implementations are called inside the caller's transaction, after the caller checked that the
 * reader may see the case; they decrypt what they show and log nothing of it.
 */
public interface CaseTimelineSource {

  /** The entries of this capability for the case, in any order. */
  List<TimelineEntry> entriesFor(UUID caseId);
}
