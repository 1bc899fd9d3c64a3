package org.outreach.travel.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.outreach.processes.ReturnTravelProcess;
import org.outreach.tasks.TaskNotAvailableException;
import org.outreach.tasks.web.TaskPage;
import org.outreach.travel.InvalidTravelRecordException;
import org.outreach.travel.InvalidTravelRecordException.Field;
import org.outreach.travel.InvalidTravelRecordException.Rule;
import org.outreach.travel.NewTravelDocuments;
import org.outreach.travel.ReturnTravels;
import org.outreach.travel.TravelDocumentKind;

/**
 * Backs {@code WEB-INF/includes/travel-documents-form.xhtml} on the page of a {@value
 * ReturnTravelProcess#TASK_ARRANGE_TRAVEL_DOCUMENTS} task held by the reader: a travel document or
 * parole, issued by whom, on which day, valid until when, through whom, and a note. Sending it
 * completes the task; a rule broken is said next to its field.
 */
@Named
@ViewScoped
public class TravelDocumentsForm extends TravelForm {

  private static final long serialVersionUID = 1L;

  @EJB private ReturnTravels travels;
  @Inject private TaskPage taskPage;

  private TravelDocumentKind documentKind;
  private String issuedBy;
  private String issuedOn;
  private String validUntil;

  @Override
  String prefix() {
    return "documents";
  }

  /** Whether the page shows the form: a documents task the reader holds. */
  public boolean isShown() {
    return ReturnTravelProcess.TASK_ARRANGE_TRAVEL_DOCUMENTS.equals(taskPage.getTaskKey())
        && taskPage.isClaimedByMe();
  }

  /** Records the document or parole, which completes the task; back to the inbox. */
  public String record() {
    LocalDate issued;
    LocalDate until;
    try {
      issued = day(issuedOn);
    } catch (DateTimeParseException e) {
      sayAt(Field.ISSUED_ON, Rule.REQUIRED);
      return null;
    }
    try {
      until = day(validUntil);
    } catch (DateTimeParseException e) {
      sayAt(Field.VALID_UNTIL, Rule.REQUIRED);
      return null;
    }
    try {
      travels.recordDocuments(
          taskPage.getTask(),
          new NewTravelDocuments(documentKind, issuedBy, issued, until, contact(), getNote()));
    } catch (InvalidTravelRecordException e) {
      refused(e);
      return null;
    } catch (TaskNotAvailableException e) {
      notAvailable();
      return null;
    }
    return completed();
  }

  public List<TravelDocumentKind> getDocumentKinds() {
    return Arrays.asList(TravelDocumentKind.values());
  }

  public TravelDocumentKind getDocumentKind() {
    return documentKind;
  }

  public void setDocumentKind(TravelDocumentKind documentKind) {
    this.documentKind = documentKind;
  }

  public String getIssuedBy() {
    return issuedBy;
  }

  public void setIssuedBy(String issuedBy) {
    this.issuedBy = issuedBy;
  }

  public String getIssuedOn() {
    return issuedOn;
  }

  public void setIssuedOn(String issuedOn) {
    this.issuedOn = issuedOn;
  }

  public String getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(String validUntil) {
    this.validUntil = validUntil;
  }
}
