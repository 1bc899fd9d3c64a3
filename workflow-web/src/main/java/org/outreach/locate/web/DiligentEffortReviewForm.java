package org.outreach.locate.web;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.outreach.locate.DiligentEffortReviews;
import org.outreach.locate.InvalidReviewException;
import org.outreach.locate.NewReview;
import org.outreach.locate.ReviewDecision;
import org.outreach.locate.ReviewRules;
import org.outreach.processes.LocatePersonProcess;
import org.outreach.tasks.TaskNotAvailableException;
import org.outreach.tasks.web.TaskPage;
import org.outreach.web.ConsoleTexts;

/**
 * Backs {@code WEB-INF/includes/diligent-effort-review-form.xhtml} on the page of a {@value
 * LocatePersonProcess#TASK_REVIEW_DILIGENT_EFFORT} task held by the reader: every contact attempt
 * of the case and the reviews it had before, and the supervisor's decision (continue the search, or
 * treat the person as unreachable) with its reason. Sending it completes the task; a rule broken is
 * said next to its field, in the reader's language.
 */
@Named
@ViewScoped
public class DiligentEffortReviewForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<InvalidReviewException.Field, String> FIELD_IDS =
      Map.of(
          InvalidReviewException.Field.DECISION, "review-decision",
          InvalidReviewException.Field.REASON, "review-reason");

  @EJB private DiligentEffortReviews reviews;
  @Inject private TaskPage taskPage;

  private List<AttemptRow> rows;
  private List<ReviewRow> earlierReviews;
  private ReviewDecision decision;
  private String reason;

  /** Whether the page shows the form: a review of the diligent effort the reader holds. */
  public boolean isShown() {
    return LocatePersonProcess.TASK_REVIEW_DILIGENT_EFFORT.equals(taskPage.getTaskKey())
        && taskPage.isClaimedByMe();
  }

  /** The attempts and conclusions of the case, oldest first (read once per view). */
  public List<AttemptRow> getRows() {
    if (rows == null) {
      rows = List.of();
      if (isShown()) {
        try {
          rows = reviews.attemptsForTask(taskPage.getTask()).stream().map(AttemptRow::new).toList();
        } catch (TaskNotAvailableException | InvalidReviewException e) {
          rows = List.of();
        }
      }
    }
    return rows;
  }

  /** The reviews the case had before this one, oldest first (read once per view). */
  public List<ReviewRow> getEarlierReviews() {
    if (earlierReviews == null) {
      earlierReviews = List.of();
      if (isShown()) {
        try {
          earlierReviews =
              reviews.earlierReviewsForTask(taskPage.getTask()).stream()
                  .map(ReviewRow::new)
                  .toList();
        } catch (TaskNotAvailableException | InvalidReviewException e) {
          earlierReviews = List.of();
        }
      }
    }
    return earlierReviews;
  }

  /** How many attempts (not conclusions) the case holds. */
  public long getAttemptCount() {
    return getRows().stream().filter(row -> !row.isConclusion()).count();
  }

  /** Records the decision, which completes the task; back to the inbox. */
  public String record() {
    try {
      reviews.record(taskPage.getTask(), new NewReview(decision, reason));
    } catch (InvalidReviewException e) {
      String key = "review.error." + e.field().name() + "." + e.rule().name();
      String id = FIELD_IDS.get(e.field());
      if (id == null) {
        ConsoleTexts.say(FacesMessage.SEVERITY_ERROR, ConsoleTexts.TASKS, key);
      } else {
        ConsoleTexts.sayAt("work:" + id, ConsoleTexts.TASKS, key);
      }
      return null;
    } catch (TaskNotAvailableException e) {
      ConsoleTexts.say(FacesMessage.SEVERITY_WARN, ConsoleTexts.CONSOLE, "inbox.notAvailable");
      return null;
    }
    ConsoleTexts.say(FacesMessage.SEVERITY_INFO, ConsoleTexts.TASKS, "taskPage.completed");
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/inbox?faces-redirect=true";
  }

  public List<ReviewDecision> getDecisions() {
    return Arrays.asList(ReviewDecision.values());
  }

  public int getReasonMaxLength() {
    return ReviewRules.REASON_MAX_LENGTH;
  }

  public ReviewDecision getDecision() {
    return decision;
  }

  public void setDecision(ReviewDecision decision) {
    this.decision = decision;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
