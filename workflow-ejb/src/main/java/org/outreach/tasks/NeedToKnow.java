package org.outreach.tasks;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.outreach.processes.CourtAccessProcess;
import org.outreach.processes.CustodyReviewProcess;
import org.outreach.processes.DeliverNoticeProcess;
import org.outreach.processes.LocatePersonProcess;
import org.outreach.processes.OutreachProcess;
import org.outreach.processes.ReturnTravelProcess;
import org.outreach.registry.PersonPart;

/**
 * What of a person's record each kind of task needs, and nothing more: the parts a task page
 * decrypts and shows, and the narrower parts a worklist row shows. The risk note goes only to
 * supervisors and to the caseworker who holds the task (see {@link #forTask}).
 */
public final class NeedToKnow {

  private static final Set<PersonPart> DEFAULT_TASK =
      EnumSet.of(PersonPart.NAMES, PersonPart.LANGUAGES, PersonPart.CUSTODY_FACTS);

  private static final Map<String, Set<PersonPart>> TASK =
      Map.ofEntries(
          Map.entry(
              LocatePersonProcess.TASK_LOCATE_PERSON,
              EnumSet.of(
                  PersonPart.NAMES,
                  PersonPart.DATE_OF_BIRTH,
                  PersonPart.NATIONALITY,
                  PersonPart.LANGUAGES,
                  PersonPart.CUSTODY_FACTS,
                  PersonPart.SAFE_CONTACT_POINTS,
                  PersonPart.ATTORNEY)),
          Map.entry(
              LocatePersonProcess.TASK_REVIEW_DILIGENT_EFFORT,
              EnumSet.of(
                  PersonPart.NAMES,
                  PersonPart.LANGUAGES,
                  PersonPart.CUSTODY_FACTS,
                  PersonPart.ALL_CONTACT_POINTS,
                  PersonPart.ATTORNEY)),
          Map.entry(
              DeliverNoticeProcess.TASK_HAND_DELIVER_NOTICE,
              EnumSet.of(
                  PersonPart.NAMES,
                  PersonPart.DATE_OF_BIRTH,
                  PersonPart.A_NUMBER,
                  PersonPart.LANGUAGES,
                  PersonPart.CUSTODY_FACTS)),
          Map.entry(
              DeliverNoticeProcess.TASK_CALL_PERSON,
              EnumSet.of(
                  PersonPart.NAMES,
                  PersonPart.DATE_OF_BIRTH,
                  PersonPart.LANGUAGES,
                  PersonPart.SAFE_CONTACT_POINTS)),
          Map.entry(
              DeliverNoticeProcess.TASK_NOTIFY_THROUGH_PARTNER,
              EnumSet.of(
                  PersonPart.NAMES,
                  PersonPart.LANGUAGES,
                  PersonPart.CUSTODY_FACTS,
                  PersonPart.SAFE_CONTACT_POINTS)),
          Map.entry(
              CustodyReviewProcess.TASK_REVIEW_CUSTODY,
              EnumSet.of(
                  PersonPart.NAMES,
                  PersonPart.A_NUMBER,
                  PersonPart.NATIONALITY,
                  PersonPart.LANGUAGES,
                  PersonPart.CUSTODY_FACTS,
                  PersonPart.ATTORNEY)),
          Map.entry(CourtAccessProcess.TASK_OFFER_CONSULTATION, consultation()),
          Map.entry(CourtAccessProcess.TASK_SCHEDULE_CONSULTATION, consultation()),
          Map.entry(
              CourtAccessProcess.TASK_FILE_COURT_NOTICE,
              EnumSet.of(
                  PersonPart.NAMES,
                  PersonPart.DATE_OF_BIRTH,
                  PersonPart.NATIONALITY,
                  PersonPart.A_NUMBER,
                  PersonPart.CUSTODY_FACTS,
                  PersonPart.ATTORNEY)),
          Map.entry(ReturnTravelProcess.TASK_CONFIRM_RETURN_WISH, travel()),
          Map.entry(ReturnTravelProcess.TASK_ARRANGE_TRAVEL_DOCUMENTS, travel()),
          Map.entry(ReturnTravelProcess.TASK_BOOK_TRAVEL, travel()),
          Map.entry(ReturnTravelProcess.TASK_CONFIRM_ARRIVAL, travel()),
          Map.entry(
              OutreachProcess.TASK_STOP_SCHEDULED_REMOVAL,
              EnumSet.of(
                  PersonPart.NAMES,
                  PersonPart.DATE_OF_BIRTH,
                  PersonPart.NATIONALITY,
                  PersonPart.A_NUMBER,
                  PersonPart.CUSTODY_FACTS,
                  PersonPart.ATTORNEY)));

  /** Worklist columns beyond the name and the language every row shows. */
  private static final Map<String, Set<PersonPart>> ROW =
      Map.of(
          DeliverNoticeProcess.TASK_HAND_DELIVER_NOTICE,
          EnumSet.of(PersonPart.NAMES, PersonPart.A_NUMBER, PersonPart.CUSTODY_FACTS),
          LocatePersonProcess.TASK_LOCATE_PERSON,
          EnumSet.of(PersonPart.NAMES, PersonPart.SAFE_CONTACT_POINTS));

  private static final Set<PersonPart> DEFAULT_ROW = EnumSet.of(PersonPart.NAMES);

  private NeedToKnow() {}

  /**
   * The parts a task's page shows.
   *
   * @param mayReadRiskNote whether the reader is a supervisor or holds the task
   */
  public static Set<PersonPart> forTask(String taskKey, boolean mayReadRiskNote) {
    Set<PersonPart> parts = EnumSet.copyOf(TASK.getOrDefault(taskKey, DEFAULT_TASK));
    if (mayReadRiskNote) {
      parts.add(PersonPart.RISK_NOTE);
    }
    return parts;
  }

  /** The parts a worklist row for the task shows. */
  public static Set<PersonPart> forRow(String taskKey) {
    return EnumSet.copyOf(ROW.getOrDefault(taskKey, DEFAULT_ROW));
  }

  private static Set<PersonPart> consultation() {
    return EnumSet.of(
        PersonPart.NAMES,
        PersonPart.LANGUAGES,
        PersonPart.CUSTODY_FACTS,
        PersonPart.SAFE_CONTACT_POINTS,
        PersonPart.ATTORNEY);
  }

  private static Set<PersonPart> travel() {
    return EnumSet.of(
        PersonPart.NAMES,
        PersonPart.DATE_OF_BIRTH,
        PersonPart.NATIONALITY,
        PersonPart.LANGUAGES,
        PersonPart.CUSTODY_FACTS,
        PersonPart.SAFE_CONTACT_POINTS,
        PersonPart.ATTORNEY);
  }
}
