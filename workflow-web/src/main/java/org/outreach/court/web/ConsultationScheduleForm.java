package org.outreach.court.web;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.outreach.court.ConsultationPlace;
import org.outreach.court.ConsultationRules;
import org.outreach.court.Consultations;
import org.outreach.court.InvalidConsultationException;
import org.outreach.court.NewConsultationSchedule;
import org.outreach.processes.CourtAccessProcess;
import org.outreach.tasks.TaskNotAvailableException;
import org.outreach.tasks.web.TaskPage;
import org.outreach.web.ConsoleDateTimes;
import org.outreach.web.ConsoleTexts;

/**
 * Backs {@code WEB-INF/includes/consultation-schedule-form.xhtml} on the page of a {@value
 * CourtAccessProcess#TASK_SCHEDULE_CONSULTATION} task held by the reader: counsel by name and
 * organisation, when, in person at an address or remote, and a note on who holds it. Sending it
 * completes the task; a rule broken is said next to its field.
 */
@Named
@ViewScoped
public class ConsultationScheduleForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<InvalidConsultationException.Field, String> FIELD_IDS =
      Map.of(
          InvalidConsultationException.Field.COUNSEL_NAME, "schedule-counsel",
          InvalidConsultationException.Field.COUNSEL_ORGANISATION, "schedule-organisation",
          InvalidConsultationException.Field.SCHEDULED_AT, "schedule-at",
          InvalidConsultationException.Field.PLACE, "schedule-place",
          InvalidConsultationException.Field.ADDRESS, "schedule-address",
          InvalidConsultationException.Field.NOTE, "schedule-note");

  @EJB private Consultations consultations;
  @Inject private TaskPage taskPage;

  private String counselName;
  private String counselOrganisation;
  private String scheduledAt;
  private ConsultationPlace place;
  private String address;
  private String note;

  /** Whether the page shows the form: a scheduling task the reader holds. */
  public boolean isShown() {
    return CourtAccessProcess.TASK_SCHEDULE_CONSULTATION.equals(taskPage.getTaskKey())
        && taskPage.isClaimedByMe();
  }

  /** Records the consultation scheduled, which completes the task; back to the inbox. */
  public String record() {
    OffsetDateTime at;
    try {
      at = ConsoleDateTimes.fromInput(scheduledAt);
    } catch (DateTimeParseException e) {
      sayAt("schedule-at", "consultationSchedule.error.SCHEDULED_AT.REQUIRED");
      return null;
    }
    try {
      consultations.schedule(
          taskPage.getTask(),
          new NewConsultationSchedule(
              counselName,
              counselOrganisation,
              at,
              place,
              place == ConsultationPlace.IN_PERSON ? address : null,
              note));
    } catch (InvalidConsultationException e) {
      sayAt(
          FIELD_IDS.get(e.field()),
          "consultationSchedule.error." + e.field().name() + "." + e.rule().name());
      return null;
    } catch (TaskNotAvailableException e) {
      ConsoleTexts.say(FacesMessage.SEVERITY_WARN, ConsoleTexts.CONSOLE, "inbox.notAvailable");
      return null;
    }
    ConsoleTexts.say(FacesMessage.SEVERITY_INFO, ConsoleTexts.TASKS, "taskPage.completed");
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/inbox?faces-redirect=true";
  }

  /** A message next to the field (and in the page's announced list of messages). */
  private static void sayAt(String fieldId, String key) {
    ConsoleTexts.sayAt("work:" + fieldId, ConsoleTexts.TASKS, key);
  }

  public List<ConsultationPlace> getPlaces() {
    return Arrays.asList(ConsultationPlace.values());
  }

  public int getNameMaxLength() {
    return ConsultationRules.NAME_MAX_LENGTH;
  }

  public int getAddressMaxLength() {
    return ConsultationRules.ADDRESS_MAX_LENGTH;
  }

  public int getNoteMaxLength() {
    return ConsultationRules.NOTE_MAX_LENGTH;
  }

  public String getCounselName() {
    return counselName;
  }

  public void setCounselName(String counselName) {
    this.counselName = counselName;
  }

  public String getCounselOrganisation() {
    return counselOrganisation;
  }

  public void setCounselOrganisation(String counselOrganisation) {
    this.counselOrganisation = counselOrganisation;
  }

  public String getScheduledAt() {
    return scheduledAt;
  }

  public void setScheduledAt(String scheduledAt) {
    this.scheduledAt = scheduledAt;
  }

  public ConsultationPlace getPlace() {
    return place;
  }

  public void setPlace(ConsultationPlace place) {
    this.place = place;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
