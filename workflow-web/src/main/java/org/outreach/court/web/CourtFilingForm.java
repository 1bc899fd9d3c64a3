package org.outreach.court.web;

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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.outreach.court.CourtFilingRules;
import org.outreach.court.CourtFilings;
import org.outreach.court.InvalidCourtFilingException;
import org.outreach.court.NewCourtFiling;
import org.outreach.documents.DocumentRefusedException;
import org.outreach.documents.DocumentRules;
import org.outreach.documents.DocumentUnreadableException;
import org.outreach.processes.CourtAccessProcess;
import org.outreach.tasks.TaskNotAvailableException;
import org.outreach.tasks.web.TaskPage;
import org.outreach.web.ConsoleTexts;
import org.outreach.web.Uploads;

/**
 * Backs {@code WEB-INF/includes/court-filing-form.xhtml} on the page of a {@value
 * CourtAccessProcess#TASK_FILE_COURT_NOTICE} task held by the reader: the court, the day filed, the
 * court's confirmation number and the filing itself. The upload stays in memory (the Faces
 * servlet's multipart threshold is above the page's admitted size) and goes as a stream to the
 * service that completes the task, which stores it in the same transaction. Its name is never asked
 * for, kept or shown. A rule broken is said next to its field.
 */
@Named
@ViewScoped
public class CourtFilingForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<InvalidCourtFilingException.Field, String> FIELD_IDS =
      Map.of(
          InvalidCourtFilingException.Field.COURT, "filing-court",
          InvalidCourtFilingException.Field.FILED_ON, "filing-on",
          InvalidCourtFilingException.Field.CONFIRMATION_NUMBER, "filing-confirmation",
          InvalidCourtFilingException.Field.FILING, "filing-file");

  @EJB private CourtFilings filings;
  @Inject private TaskPage taskPage;

  private String court;
  private String filedOn;
  private String confirmationNumber;

  /** The upload of this request only: never kept with the view. */
  private transient Part file;

  /** Whether the page shows the form: a filing task the reader holds. */
  public boolean isShown() {
    return CourtAccessProcess.TASK_FILE_COURT_NOTICE.equals(taskPage.getTaskKey())
        && taskPage.isClaimedByMe();
  }

  /** Records the filing with its document, which completes the task; back to the inbox. */
  public String record() {
    LocalDate filed;
    try {
      filed = CourtFormDays.day(filedOn);
    } catch (DateTimeParseException e) {
      sayAt("filing-on", "courtFiling.error.FILED_ON.REQUIRED");
      return null;
    }
    Part upload = Uploads.of(file, "work:filing-file");
    file = null;
    try (InputStream content = Uploads.chosen(upload) ? upload.getInputStream() : null) {
      filings.record(
          taskPage.getTask(), new NewCourtFiling(court, filed, confirmationNumber), content);
    } catch (InvalidCourtFilingException e) {
      sayAt(
          FIELD_IDS.get(e.field()),
          "courtFiling.error." + e.field().name() + "." + e.rule().name());
      return null;
    } catch (DocumentRefusedException e) {
      sayAt("filing-file", "courtFiling.error.FILING." + e.problem().name());
      return null;
    } catch (DocumentUnreadableException | IOException e) {
      sayAt("filing-file", "courtFiling.error.FILING.UNREADABLE");
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

  /** The latest day the date input offers: today, in the campaign's time zone. */
  public String getToday() {
    return CourtFormDays.today();
  }

  public int getCourtMaxLength() {
    return CourtFilingRules.COURT_MAX_LENGTH;
  }

  public int getConfirmationMaxLength() {
    return CourtFilingRules.CONFIRMATION_MAX_LENGTH;
  }

  /** The largest file taken, in MiB, for the hint beside the upload. */
  public long getMaxMebibytes() {
    return DocumentRules.MAX_BYTES / (1024 * 1024);
  }

  /** The largest file taken, in bytes, for the page's check before it sends a file. */
  public long getMaxBytes() {
    return DocumentRules.MAX_BYTES;
  }

  public String getCourt() {
    return court;
  }

  public void setCourt(String court) {
    this.court = court;
  }

  public String getFiledOn() {
    return filedOn;
  }

  public void setFiledOn(String filedOn) {
    this.filedOn = filedOn;
  }

  public String getConfirmationNumber() {
    return confirmationNumber;
  }

  public void setConfirmationNumber(String confirmationNumber) {
    this.confirmationNumber = confirmationNumber;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
