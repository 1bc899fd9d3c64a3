package org.outreach.travel.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.outreach.processes.ReturnTravelProcess;
import org.outreach.tasks.TaskNotAvailableException;
import org.outreach.tasks.web.TaskPage;
import org.outreach.travel.InvalidTravelRecordException;
import org.outreach.travel.InvalidTravelRecordException.Field;
import org.outreach.travel.InvalidTravelRecordException.Rule;
import org.outreach.travel.NewTravelBooking;
import org.outreach.travel.ReturnTravels;
import org.outreach.travel.TravelRules;

/**
 * Backs {@code WEB-INF/includes/travel-booking-form.xhtml} on the page of a {@value
 * ReturnTravelProcess#TASK_BOOK_TRAVEL} task held by the reader: the carrier, the day of departure,
 * from and to, the booking reference, through whom, and a note. Sending it completes the task; a
 * rule broken is said next to its field.
 */
@Named
@ViewScoped
public class TravelBookingForm extends TravelForm {

  private static final long serialVersionUID = 1L;

  @EJB private ReturnTravels travels;
  @Inject private TaskPage taskPage;

  private String carrier;
  private String departureOn;
  private String fromPlace;
  private String toPlace;
  private String bookingReference;

  @Override
  String prefix() {
    return "booking";
  }

  /** Whether the page shows the form: a booking task the reader holds. */
  public boolean isShown() {
    return ReturnTravelProcess.TASK_BOOK_TRAVEL.equals(taskPage.getTaskKey())
        && taskPage.isClaimedByMe();
  }

  /** Records the booking, which completes the task; back to the inbox. */
  public String record() {
    LocalDate departure;
    try {
      departure = day(departureOn);
    } catch (DateTimeParseException e) {
      sayAt(Field.DEPARTURE_ON, Rule.REQUIRED);
      return null;
    }
    try {
      travels.recordBooking(
          taskPage.getTask(),
          new NewTravelBooking(
              carrier, departure, fromPlace, toPlace, bookingReference, contact(), getNote()));
    } catch (InvalidTravelRecordException e) {
      refused(e);
      return null;
    } catch (TaskNotAvailableException e) {
      notAvailable();
      return null;
    }
    return completed();
  }

  public int getReferenceMaxLength() {
    return TravelRules.REFERENCE_MAX_LENGTH;
  }

  public String getCarrier() {
    return carrier;
  }

  public void setCarrier(String carrier) {
    this.carrier = carrier;
  }

  public String getDepartureOn() {
    return departureOn;
  }

  public void setDepartureOn(String departureOn) {
    this.departureOn = departureOn;
  }

  public String getFromPlace() {
    return fromPlace;
  }

  public void setFromPlace(String fromPlace) {
    this.fromPlace = fromPlace;
  }

  public String getToPlace() {
    return toPlace;
  }

  public void setToPlace(String toPlace) {
    this.toPlace = toPlace;
  }

  public String getBookingReference() {
    return bookingReference;
  }

  public void setBookingReference(String bookingReference) {
    this.bookingReference = bookingReference;
  }
}
