package org.outreach.operations.web;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.outreach.caseview.CaseReferences;
import org.outreach.operations.FailedJob;
import org.outreach.operations.FailedJobs;
import org.outreach.web.ConsoleDateTimes;
import org.outreach.web.ConsoleTexts;
import org.outreach.web.Pager;
import org.outreach.web.StepNames;

/**
 * Backs {@code failed-steps.xhtml}: the steps of the campaign's processes that failed, those out of
 * tries (incidents) first, {@value #PAGE} a page; a supervisor tries the selected ones, or all of
 * them, again.
 */
@Named
@ViewScoped
public class FailedJobsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int PAGE = 50;

  @EJB private FailedJobs failedJobs;
  @EJB private CaseReferences references;

  private final Pager pager = new Pager(PAGE);
  private List<Row> rows;
  private long incidents;
  private final Map<String, Boolean> selected = new HashMap<>();

  /** One failed step as the page shows it, the step by its name in the page's language. */
  public record Row(
      String jobId,
      String process,
      String step,
      String caseReference,
      String nextTry,
      String message,
      int retriesLeft)
      implements Serializable {

    public boolean incident() {
      return retriesLeft == 0;
    }
  }

  public List<Row> getRows() {
    if (rows == null) {
      FailedJobs.Found found = failedJobs.find(pager.first(), PAGE);
      pager.total(found.total());
      incidents = found.incidents();
      Map<UUID, String> referenceOf =
          references.of(
              found.jobs().stream()
                  .map(FailedJob::caseId)
                  .filter(Objects::nonNull)
                  .distinct()
                  .toList());
      List<Row> shown = new ArrayList<>(found.jobs().size());
      for (FailedJob job : found.jobs()) {
        shown.add(
            new Row(
                job.jobId(),
                job.process(),
                StepNames.of(job.process(), job.step(), job.stepName()),
                job.caseId() == null ? "" : referenceOf.getOrDefault(job.caseId(), ""),
                job.nextTry() == null
                    ? ""
                    : ConsoleDateTimes.shown(job.nextTry().atOffset(ZoneOffset.UTC)),
                job.message(),
                job.retriesLeft()));
      }
      rows = shown;
    }
    return rows;
  }

  /** Tries the ticked steps again. */
  public void retrySelected() {
    List<String> ids =
        selected.entrySet().stream()
            .filter(entry -> Boolean.TRUE.equals(entry.getValue()))
            .map(Map.Entry::getKey)
            .toList();
    if (ids.isEmpty()) {
      ConsoleTexts.say(FacesMessage.SEVERITY_WARN, ConsoleTexts.DASHBOARD, "failed.noneSelected");
      return;
    }
    retry(ids);
  }

  /** Tries every failed step again (at most {@value FailedJobs#MOST_RETRIED} at a time). */
  public void retryAll() {
    List<String> ids = failedJobs.allIds();
    if (ids.isEmpty()) {
      ConsoleTexts.say(FacesMessage.SEVERITY_INFO, ConsoleTexts.DASHBOARD, "failed.none");
      return;
    }
    retry(ids);
  }

  private void retry(List<String> ids) {
    int tried = failedJobs.retry(ids);
    ConsoleTexts.say(FacesMessage.SEVERITY_INFO, ConsoleTexts.DASHBOARD, "failed.retried", tried);
    selected.clear();
    rows = null;
  }

  public void next() {
    if (pager.next()) {
      rows = null;
    }
  }

  public void previous() {
    if (pager.previous()) {
      rows = null;
    }
  }

  /** Where the list stands, the page read first. */
  public Pager getPager() {
    getRows();
    return pager;
  }

  public long getIncidents() {
    getRows();
    return incidents;
  }

  /** Whether each shown step is ticked, by job id. */
  public Map<String, Boolean> getSelected() {
    return selected;
  }
}
