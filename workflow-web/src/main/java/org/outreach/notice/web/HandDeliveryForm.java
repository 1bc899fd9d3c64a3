package org.outreach.notice.web;

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
import org.outreach.notice.delivery.DeliveryOutcome;
import org.outreach.notice.delivery.HandDeliveries;
import org.outreach.notice.delivery.InvalidDeliveryException;
import org.outreach.notice.delivery.NewHandDelivery;
import org.outreach.notice.delivery.NotDeliveredReason;
import org.outreach.processes.DeliverNoticeProcess;
import org.outreach.session.web.ConsoleSession;
import org.outreach.tasks.TaskNotAvailableException;
import org.outreach.tasks.web.TaskPage;
import org.outreach.web.ConsoleDateTimes;
import org.outreach.web.ConsoleTexts;

/**
 * Backs {@code WEB-INF/includes/hand-delivery-form.xhtml} on the page of a {@value
 * DeliverNoticeProcess#TASK_HAND_DELIVER_NOTICE} task held by the reader: when the notice was
 * handed over (or the visit that failed), by whom, whether the receipt was signed, or why it was
 * not delivered. Sending it completes the task; a rule broken is said next to its field.
 */
@Named
@ViewScoped
public class HandDeliveryForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<InvalidDeliveryException.Field, String> FIELD_IDS =
      Map.of(
          InvalidDeliveryException.Field.OUTCOME, "delivery-outcome",
          InvalidDeliveryException.Field.ATTEMPTED_AT, "delivery-when",
          InvalidDeliveryException.Field.DELIVERED_BY, "delivery-by",
          InvalidDeliveryException.Field.REASON, "delivery-reason");

  @EJB private transient HandDeliveries deliveries;
  @Inject private TaskPage taskPage;
  @Inject private ConsoleSession consoleSession;

  private DeliveryOutcome outcome;
  private String attemptedAt;
  private String deliveredBy;
  private NotDeliveredReason reason;

  /** Whether the page shows the form: a hand-delivery task the reader holds. */
  public boolean isShown() {
    return DeliverNoticeProcess.TASK_HAND_DELIVER_NOTICE.equals(taskPage.getTaskKey())
        && taskPage.isClaimedByMe();
  }

  /** Records the delivery, which completes the task; back to the inbox. */
  public String record() {
    OffsetDateTime when;
    try {
      when = ConsoleDateTimes.fromInput(attemptedAt);
    } catch (DateTimeParseException e) {
      sayAt("delivery-when", "delivery.error.ATTEMPTED_AT.REQUIRED");
      return null;
    }
    try {
      deliveries.record(
          taskPage.getTask(),
          new NewHandDelivery(
              outcome,
              when,
              getDeliveredBy(),
              outcome == DeliveryOutcome.NOT_DELIVERED ? reason : null));
    } catch (InvalidDeliveryException e) {
      sayAt(FIELD_IDS.get(e.field()), "delivery.error." + e.field().name() + "." + e.rule().name());
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

  public List<DeliveryOutcome> getOutcomes() {
    return Arrays.asList(DeliveryOutcome.values());
  }

  public List<NotDeliveredReason> getReasons() {
    return Arrays.asList(NotDeliveredReason.values());
  }

  /** The latest moment the time input offers: now, in the campaign's time zone. */
  public String getLatest() {
    return ConsoleDateTimes.latestInput();
  }

  public DeliveryOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(DeliveryOutcome outcome) {
    this.outcome = outcome;
  }

  public String getAttemptedAt() {
    return attemptedAt;
  }

  public void setAttemptedAt(String attemptedAt) {
    this.attemptedAt = attemptedAt;
  }

  /** Whoever delivered: the reader unless they say otherwise. */
  public String getDeliveredBy() {
    return deliveredBy == null ? consoleSession.getDisplayName() : deliveredBy;
  }

  public void setDeliveredBy(String deliveredBy) {
    this.deliveredBy = deliveredBy;
  }

  public NotDeliveredReason getReason() {
    return reason;
  }

  public void setReason(NotDeliveredReason reason) {
    this.reason = reason;
  }
}
