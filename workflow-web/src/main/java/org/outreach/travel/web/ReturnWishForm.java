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
import org.outreach.travel.NewReturnWish;
import org.outreach.travel.ReturnTravels;
import org.outreach.travel.ReturnWish;

/**
 * Backs {@code WEB-INF/includes/return-wish-form.xhtml} on the page of a {@value
 * ReturnTravelProcess#TASK_CONFIRM_RETURN_WISH} task held by the reader: through whom the person
 * was asked, the day of the answer, the answer and a note. Sending it completes the task with the
 * answer; a rule broken is said next to its field.
 */
@Named
@ViewScoped
public class ReturnWishForm extends TravelForm {

  private static final long serialVersionUID = 1L;

  @EJB private ReturnTravels travels;
  @Inject private TaskPage taskPage;

  private String reachedOn;
  private ReturnWish answer;

  @Override
  String prefix() {
    return "wish";
  }

  /** Whether the page shows the form: a wish task the reader holds. */
  public boolean isShown() {
    return ReturnTravelProcess.TASK_CONFIRM_RETURN_WISH.equals(taskPage.getTaskKey())
        && taskPage.isClaimedByMe();
  }

  /** Records the wish, which completes the task; back to the inbox. */
  public String record() {
    LocalDate reached;
    try {
      reached = day(reachedOn);
    } catch (DateTimeParseException e) {
      sayAt(Field.REACHED_ON, Rule.REQUIRED);
      return null;
    }
    try {
      travels.confirmWish(
          taskPage.getTask(), new NewReturnWish(contact(), reached, answer, getNote()));
    } catch (InvalidTravelRecordException e) {
      refused(e);
      return null;
    } catch (TaskNotAvailableException e) {
      notAvailable();
      return null;
    }
    return completed();
  }

  public List<ReturnWish> getAnswers() {
    return Arrays.asList(ReturnWish.values());
  }

  public String getReachedOn() {
    return reachedOn;
  }

  public void setReachedOn(String reachedOn) {
    this.reachedOn = reachedOn;
  }

  public ReturnWish getAnswer() {
    return answer;
  }

  public void setAnswer(ReturnWish answer) {
    this.answer = answer;
  }
}
