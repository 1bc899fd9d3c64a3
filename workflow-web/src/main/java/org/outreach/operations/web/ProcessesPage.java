package org.outreach.operations.web;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.outreach.caseview.CaseReferences;
import org.outreach.operations.ProcessMetrics;
import org.outreach.web.ConsoleDateTimes;
import org.outreach.web.ConsoleDurations;
import org.outreach.web.ConsoleTexts;
import org.outreach.web.Pager;
import org.outreach.web.SharedFigures;
import org.outreach.web.StepNames;

/**
 * Backs {@code processes.xhtml}: the campaign's processes with their figures; one process chosen
 * ({@code ?process=}) is drawn with the instances waiting and failed at each step on the diagram
 * and in a table; one step chosen ({@code &step=}) lists the cases waiting there, {@value #PAGE} a
 * page. References only, so nothing here is audited; a case opens in the case view.
 */
@Named
@ViewScoped
public class ProcessesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int PAGE = 50;

  /** What a process key or a step id in an address may be: the models' ids. */
  private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

  @EJB private ProcessMetrics metrics;
  @EJB private CaseReferences references;
  @Inject private SharedFigures shared;

  private String process;
  private String step;
  private List<ProcessMetrics.ProcessFigures> processes;
  private ProcessMetrics.ProcessDiagram diagram;
  private List<String> cases;
  private final Pager pager = new Pager(PAGE);
  private java.time.Instant countedAt;

  /** Reads the process and step from the address; one that does not exist is said. */
  public void load() {
    SharedFigures.Counted<List<ProcessMetrics.ProcessFigures>> all =
        shared.of("processes", metrics::processes);
    processes = all.figures();
    countedAt = all.countedAt();
    if (process == null || process.isBlank()) {
      process = null;
      step = null;
      return;
    }
    String chosen = process;
    if (!ID.matcher(chosen).matches()
        || processes.stream().noneMatch(figures -> figures.process().equals(chosen))) {
      diagram = null;
    } else {
      // only processes that exist are kept, so addresses cannot fill the shared figures
      SharedFigures.Counted<java.util.Optional<ProcessMetrics.ProcessDiagram>> drawn =
          shared.of("process:" + chosen, () -> metrics.diagram(chosen));
      diagram = drawn.figures().orElse(null);
      countedAt = drawn.countedAt();
    }
    if (diagram == null) {
      ConsoleTexts.say(FacesMessage.SEVERITY_ERROR, ConsoleTexts.DASHBOARD, "processes.noSuch");
      process = null;
      step = null;
      return;
    }
    if (step != null && !step.isBlank() && !ID.matcher(step).matches()) {
      ConsoleTexts.say(FacesMessage.SEVERITY_ERROR, ConsoleTexts.DASHBOARD, "processes.noSuchStep");
      step = null;
    }
  }

  /** When the figures shown were counted, in the console's time zone. */
  public String getCountedAt() {
    return countedAt == null
        ? ""
        : ConsoleDateTimes.shown(countedAt.atOffset(java.time.ZoneOffset.UTC).withNano(0));
  }

  /** When the figures shown were counted, as an instant (for scripts and tests). */
  public String getCountedInstant() {
    return countedAt == null ? "" : countedAt.toString();
  }

  public List<ProcessMetrics.ProcessFigures> getProcesses() {
    return processes;
  }

  public ProcessMetrics.ProcessDiagram getDiagram() {
    return diagram;
  }

  /**
   * Each step's figures as the diagram's script reads them: {@code {"<step>": [waiting, failed]}}.
   */
  public String getStepFigures() {
    JsonObjectBuilder figures = Json.createObjectBuilder();
    if (diagram != null) {
      for (ProcessMetrics.StepFigures each : diagram.steps()) {
        figures.add(
            each.step(),
            Json.createArrayBuilder()
                .add(each.waiting())
                .add(each.failedJobs() + each.incidents()));
      }
    }
    return figures.build().toString();
  }

  /** Every step of the chosen process by its name in the page's language, for the diagram. */
  public String getStepNames() {
    return StepNames.asJson(diagram == null ? process : diagram.process());
  }

  /** The chosen step's name in the page's language, for the heading of its cases. */
  public String getStepName() {
    if (diagram == null || step == null) {
      return "";
    }
    return diagram.steps().stream()
        .filter(each -> each.step().equals(step))
        .map(this::nameOf)
        .findFirst()
        .orElseGet(() -> StepNames.of(process, step, step));
  }

  /** A step's name in the page's language, for the table beside the diagram. */
  public String nameOf(ProcessMetrics.StepFigures figures) {
    return StepNames.of(
        diagram == null ? process : diagram.process(), figures.step(), figures.name());
  }

  /** The references of the cases waiting at the chosen step, this page of them. */
  public List<String> getCases() {
    if (diagram == null || step == null || step.isBlank()) {
      return List.of();
    }
    if (cases == null) {
      ProcessMetrics.CasesAtStep found = metrics.casesAt(process, step, pager.first(), PAGE);
      pager.total(found.total());
      Map<UUID, String> referenceOf = references.of(found.caseIds());
      cases =
          found.caseIds().stream()
              .map(referenceOf::get)
              .filter(reference -> reference != null)
              .toList();
    }
    return cases;
  }

  public void next() {
    if (pager.next()) {
      cases = null;
    }
  }

  public void previous() {
    if (pager.previous()) {
      cases = null;
    }
  }

  /** Where the list of the step's cases stands, the page read first. */
  public Pager getPager() {
    getCases();
    return pager;
  }

  /** A time taken, as the console shows it. */
  public String shown(Duration taken) {
    return ConsoleDurations.shown(taken);
  }

  public String getProcess() {
    return process;
  }

  public void setProcess(String process) {
    this.process = process;
  }

  public String getStep() {
    return step;
  }

  public void setStep(String step) {
    this.step = step;
  }
}
