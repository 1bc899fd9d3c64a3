package org.outreach.notice.web;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.outreach.documents.DocumentRefusedException;
import org.outreach.documents.DocumentRules;
import org.outreach.documents.DocumentUnreadableException;
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
import org.outreach.web.Uploads;

/**
 * Backs {@code WEB-INF/includes/hand-delivery-form.xhtml} on the page of a {@value
 * DeliverNoticeProcess#TASK_HAND_DELIVER_NOTICE} task held by the reader: when the notice was
 * handed over (or the visit that failed), by whom, whether the receipt was signed (with its
 * upload), or why it was not delivered. Sending it completes the task; a rule broken is said next
 * to its field. The upload stays in memory (the Faces servlet's multipart threshold is above the
 * page's admitted size) and goes as a stream to the service, which stores it as a document of the
 * case in the task's transaction; a file chosen before the outcome turned to "not delivered" is
 * dropped. Its name is never asked for, kept or shown. The page also links the person's notice as a
 * PDF to print for the visit.
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
          InvalidDeliveryException.Field.REASON, "delivery-reason",
          InvalidDeliveryException.Field.RECEIPT, "delivery-receipt");

  @EJB private HandDeliveries deliveries;
  @Inject private TaskPage taskPage;
  @Inject private ConsoleSession consoleSession;

  private DeliveryOutcome outcome;
  private String attemptedAt;
  private String deliveredBy;
  private NotDeliveredReason reason;

  /** The upload of this request only: never kept with the view. */
  private transient Part receipt;

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
    Part upload = Uploads.of(receipt, "work:delivery-receipt");
    receipt = null;
    boolean withReceipt = Uploads.chosen(upload) && outcome != DeliveryOutcome.NOT_DELIVERED;
    try (InputStream content = withReceipt ? upload.getInputStream() : null) {
      deliveries.record(
          taskPage.getTask(),
          new NewHandDelivery(
              outcome,
              when,
              getDeliveredBy(),
              outcome == DeliveryOutcome.NOT_DELIVERED ? reason : null),
          content);
    } catch (InvalidDeliveryException e) {
      sayAt(FIELD_IDS.get(e.field()), "delivery.error." + e.field().name() + "." + e.rule().name());
      return null;
    } catch (DocumentRefusedException e) {
      sayAt("delivery-receipt", "delivery.error.RECEIPT." + e.problem().name());
      return null;
    } catch (DocumentUnreadableException | IOException e) {
      sayAt("delivery-receipt", "delivery.error.RECEIPT.UNREADABLE");
      return null;
    } catch (TaskNotAvailableException e) {
      ConsoleTexts.say(FacesMessage.SEVERITY_WARN, ConsoleTexts.CONSOLE, "inbox.notAvailable");
      return null;
    } finally {
      Uploads.discard(upload);
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

  /** The largest file taken, in MiB, for the hint beside the upload. */
  public long getMaxMebibytes() {
    return DocumentRules.MAX_BYTES / (1024 * 1024);
  }

  /** The largest file taken, in bytes, for the page's check before it sends a file. */
  public long getMaxBytes() {
    return DocumentRules.MAX_BYTES;
  }

  /** The address of the person's notice as a PDF to print (see TaskCustodyNoticeResource). */
  public String getNoticeHref() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/api/tasks/"
        + taskPage.getTask()
        + "/custody-notice";
  }

  public Part getReceipt() {
    return receipt;
  }

  public void setReceipt(Part receipt) {
    this.receipt = receipt;
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
