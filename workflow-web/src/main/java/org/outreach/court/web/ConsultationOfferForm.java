package org.outreach.court.web;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.outreach.court.ConsultationOutcome;
import org.outreach.court.ConsultationRules;
import org.outreach.court.Consultations;
import org.outreach.court.InvalidConsultationException;
import org.outreach.court.NewConsultationOffer;
import org.outreach.processes.CourtAccessProcess;
import org.outreach.tasks.TaskNotAvailableException;
import org.outreach.tasks.web.TaskPage;
import org.outreach.web.ConsoleTexts;

/**
 * Backs {@code WEB-INF/includes/consultation-offer-form.xhtml} on the page of a {@value
 * CourtAccessProcess#TASK_OFFER_CONSULTATION} task held by the reader: counsel by name and
 * organisation, the day the consultation was offered, the person's answer and a note. Sending it
 * completes the task with the answer; a rule broken is said next to its field.
 */
@Named
@ViewScoped
public class ConsultationOfferForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<InvalidConsultationException.Field, String> FIELD_IDS =
      Map.of(
          InvalidConsultationException.Field.COUNSEL_NAME, "offer-counsel",
          InvalidConsultationException.Field.COUNSEL_ORGANISATION, "offer-organisation",
          InvalidConsultationException.Field.OFFERED_ON, "offer-on",
          InvalidConsultationException.Field.OUTCOME, "offer-outcome",
          InvalidConsultationException.Field.NOTE, "offer-note");

  @EJB private Consultations consultations;
  @Inject private TaskPage taskPage;

  private String counselName;
  private String counselOrganisation;
  private String offeredOn;
  private ConsultationOutcome outcome;
  private String note;

  /** Whether the page shows the form: an offer task the reader holds. */
  public boolean isShown() {
    return CourtAccessProcess.TASK_OFFER_CONSULTATION.equals(taskPage.getTaskKey())
        && taskPage.isClaimedByMe();
  }

  /** Records the offer, which completes the task; back to the inbox. */
  public String record() {
    LocalDate offered;
    try {
      offered = CourtFormDays.day(offeredOn);
    } catch (DateTimeParseException e) {
      sayAt("offer-on", "consultationOffer.error.OFFERED_ON.REQUIRED");
      return null;
    }
    try {
      consultations.offer(
          taskPage.getTask(),
          new NewConsultationOffer(counselName, counselOrganisation, offered, outcome, note));
    } catch (InvalidConsultationException e) {
      sayAt(
          FIELD_IDS.get(e.field()),
          "consultationOffer.error." + e.field().name() + "." + e.rule().name());
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

  public List<ConsultationOutcome> getOutcomes() {
    return Arrays.asList(ConsultationOutcome.values());
  }

  /** The latest day the date input offers: today, in the campaign's time zone. */
  public String getToday() {
    return CourtFormDays.today();
  }

  public int getNameMaxLength() {
    return ConsultationRules.NAME_MAX_LENGTH;
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

  public String getOfferedOn() {
    return offeredOn;
  }

  public void setOfferedOn(String offeredOn) {
    this.offeredOn = offeredOn;
  }

  public ConsultationOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(ConsultationOutcome outcome) {
    this.outcome = outcome;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
