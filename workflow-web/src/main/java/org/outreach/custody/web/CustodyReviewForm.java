package org.outreach.custody.web;

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
import org.outreach.custody.CustodyDecision;
import org.outreach.custody.CustodyReviewRules;
import org.outreach.custody.CustodyReviews;
import org.outreach.custody.InvalidCustodyReviewException;
import org.outreach.custody.NewCustodyReview;
import org.outreach.processes.CustodyReviewProcess;
import org.outreach.tasks.TaskNotAvailableException;
import org.outreach.tasks.web.TaskPage;
import org.outreach.web.ConsoleDateTimes;
import org.outreach.web.ConsoleTexts;

/**
 * Backs {@code WEB-INF/includes/custody-review-form.xhtml} on the page of a {@value
 * CustodyReviewProcess#TASK_REVIEW_CUSTODY} task held by the reader: the decision (release
 * requested, detention continues, transfer requested), the day it was taken and its grounds.
 * Sending it completes the task; a rule broken is said next to its field, in the reader's language.
 */
@Named
@ViewScoped
public class CustodyReviewForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<InvalidCustodyReviewException.Field, String> FIELD_IDS =
      Map.of(
          InvalidCustodyReviewException.Field.DECISION, "custody-decision",
          InvalidCustodyReviewException.Field.DECIDED_ON, "custody-decided",
          InvalidCustodyReviewException.Field.GROUNDS, "custody-grounds");

  @EJB private CustodyReviews reviews;
  @Inject private TaskPage taskPage;

  private CustodyDecision decision;
  private String decidedOn;
  private String grounds;

  /** Whether the page shows the form: a custody review task the reader holds. */
  public boolean isShown() {
    return CustodyReviewProcess.TASK_REVIEW_CUSTODY.equals(taskPage.getTaskKey())
        && taskPage.isClaimedByMe();
  }

  /** Records the review, which completes the task; back to the inbox. */
  public String record() {
    LocalDate day;
    try {
      day = decidedOn == null || decidedOn.isBlank() ? null : LocalDate.parse(decidedOn.strip());
    } catch (DateTimeParseException e) {
      sayAt("custody-decided", "custodyReview.error.DECIDED_ON.REQUIRED");
      return null;
    }
    try {
      reviews.record(taskPage.getTask(), new NewCustodyReview(decision, grounds, day));
    } catch (InvalidCustodyReviewException e) {
      sayAt(
          FIELD_IDS.get(e.field()),
          "custodyReview.error." + e.field().name() + "." + e.rule().name());
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

  public List<CustodyDecision> getDecisions() {
    return Arrays.asList(CustodyDecision.values());
  }

  /** The latest day the date input offers: today, in the campaign's time zone. */
  public String getToday() {
    return LocalDate.now(ConsoleDateTimes.zone()).toString();
  }

  public int getGroundsMaxLength() {
    return CustodyReviewRules.GROUNDS_MAX_LENGTH;
  }

  public CustodyDecision getDecision() {
    return decision;
  }

  public void setDecision(CustodyDecision decision) {
    this.decision = decision;
  }

  public String getDecidedOn() {
    return decidedOn;
  }

  public void setDecidedOn(String decidedOn) {
    this.decidedOn = decidedOn;
  }

  public String getGrounds() {
    return grounds;
  }

  public void setGrounds(String grounds) {
    this.grounds = grounds;
  }
}
