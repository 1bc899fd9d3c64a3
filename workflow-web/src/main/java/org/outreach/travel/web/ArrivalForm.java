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
import org.outreach.travel.ArrivalOutcome;
import org.outreach.travel.InvalidTravelRecordException;
import org.outreach.travel.InvalidTravelRecordException.Field;
import org.outreach.travel.InvalidTravelRecordException.Rule;
import org.outreach.travel.NewArrival;
import org.outreach.travel.ReturnTravels;

/**
 * Backs {@code WEB-INF/includes/arrival-form.xhtml} on the page of a {@value
 * ReturnTravelProcess#TASK_CONFIRM_ARRIVAL} task held by the reader: arrived or did not travel, the
 * day, confirmed through whom, and a note. Sending it completes the task with the outcome; a rule
 * broken is said next to its field.
 */
@Named
@ViewScoped
public class ArrivalForm extends TravelForm {

  private static final long serialVersionUID = 1L;

  @EJB private ReturnTravels travels;
  @Inject private TaskPage taskPage;

  private ArrivalOutcome arrivalOutcome;
  private String arrivalOn;

  @Override
  String prefix() {
    return "arrival";
  }

  /** Whether the page shows the form: an arrival task the reader holds. */
  public boolean isShown() {
    return ReturnTravelProcess.TASK_CONFIRM_ARRIVAL.equals(taskPage.getTaskKey())
        && taskPage.isClaimedByMe();
  }

  /** Records the arrival, which completes the task; back to the inbox. */
  public String record() {
    LocalDate on;
    try {
      on = day(arrivalOn);
    } catch (DateTimeParseException e) {
      sayAt(Field.ARRIVAL_ON, Rule.REQUIRED);
      return null;
    }
    try {
      travels.confirmArrival(
          taskPage.getTask(), new NewArrival(arrivalOutcome, on, contact(), getNote()));
    } catch (InvalidTravelRecordException e) {
      refused(e);
      return null;
    } catch (TaskNotAvailableException e) {
      notAvailable();
      return null;
    }
    return completed();
  }

  public List<ArrivalOutcome> getArrivalOutcomes() {
    return Arrays.asList(ArrivalOutcome.values());
  }

  public ArrivalOutcome getArrivalOutcome() {
    return arrivalOutcome;
  }

  public void setArrivalOutcome(ArrivalOutcome arrivalOutcome) {
    this.arrivalOutcome = arrivalOutcome;
  }

  public String getArrivalOn() {
    return arrivalOn;
  }

  public void setArrivalOn(String arrivalOn) {
    this.arrivalOn = arrivalOn;
  }
}
