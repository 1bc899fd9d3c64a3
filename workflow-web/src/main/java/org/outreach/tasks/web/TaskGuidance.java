package org.outreach.tasks.web;

import java.util.Locale;
import java.util.Map;
import org.outreach.processes.CourtAccessProcess;
import org.outreach.processes.CustodyReviewProcess;
import org.outreach.processes.DeliverNoticeProcess;
import org.outreach.processes.LocatePersonProcess;
import org.outreach.processes.OutreachProcess;
import org.outreach.processes.ReturnTravelProcess;

/**
 * What the inbox tells a caseworker to do for each kind of task, by its id in the model, and how it
 * names the outcomes a task is completed with.
 */
final class TaskGuidance {

  private static final Map<String, String> BY_TASK =
      Map.ofEntries(
          Map.entry(
              LocatePersonProcess.TASK_LOCATE_PERSON,
              "Find a safe way to reach the person (attorney of record, partner organisation, last"
                  + " known contact points). Enter what you find in the registry, then record"
                  + " whether you found them."),
          Map.entry(
              LocatePersonProcess.TASK_REVIEW_DILIGENT_EFFORT,
              "Review the locate attempts. Continue the search, or record the person as"
                  + " unreachable after diligent effort."),
          Map.entry(
              DeliverNoticeProcess.TASK_HAND_DELIVER_NOTICE,
              "Hand the notice to the person in custody and obtain a signed receipt."),
          Map.entry(
              DeliverNoticeProcess.TASK_CALL_PERSON,
              "Call the person on the safe number, read the notice in their language."),
          Map.entry(
              DeliverNoticeProcess.TASK_NOTIFY_THROUGH_PARTNER,
              "Ask the partner organisation to deliver the notice. Never go through the home"
                  + " government or a consulate."),
          Map.entry(
              CustodyReviewProcess.TASK_REVIEW_CUSTODY,
              "Review whether detention must continue in view of the disclosure."),
          Map.entry(
              CourtAccessProcess.TASK_OFFER_CONSULTATION,
              "Offer a free consultation with counsel and record the answer."),
          Map.entry(
              CourtAccessProcess.TASK_SCHEDULE_CONSULTATION,
              "Schedule the consultation with counsel."),
          Map.entry(
              CourtAccessProcess.TASK_FILE_COURT_NOTICE,
              "File the notice with the immigration court before the deadline."),
          Map.entry(
              ReturnTravelProcess.TASK_CONFIRM_RETURN_WISH,
              "Through counsel or a partner organisation, ask whether the person wishes to"
                  + " return."),
          Map.entry(
              ReturnTravelProcess.TASK_ARRANGE_TRAVEL_DOCUMENTS,
              "Arrange travel documents or parole."),
          Map.entry(ReturnTravelProcess.TASK_BOOK_TRAVEL, "Book the travel."),
          Map.entry(
              ReturnTravelProcess.TASK_CONFIRM_ARRIVAL, "Confirm whether the person arrived."),
          Map.entry(
              OutreachProcess.TASK_STOP_SCHEDULED_REMOVAL,
              "A removal is scheduled while the removal hold stands: stop it now."));

  private TaskGuidance() {}

  static String forTask(String taskKey) {
    return BY_TASK.getOrDefault(taskKey, "");
  }

  /** {@code NOT_FOUND} reads "Not found", {@code WISHES_TO_RETURN} "Wishes to return". */
  static String outcomeLabel(String value) {
    String words = value.toLowerCase(Locale.ROOT).replace('_', ' ');
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
