package org.outreach.caseview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.outreach.tasks.EngineKeys;

/**
 * The processes a case is in right now, as the case view draws them: each running process of the
 * case (the outreach process and every process it called that has not ended, sharing the case's
 * business key) with its model's BPMN and the steps it waits in. Models and steps carry no personal
 * data. A deployed model never changes, so its text is kept once read.
 */
@ApplicationScoped
public class CaseDiagrams {

  /** The largest model text kept; ours are far below it. */
  private static final int MAX_MODEL_CHARS = 1_000_000;

  private final Map<String, String> models = new ConcurrentHashMap<>();

  @Inject private RuntimeService runtimeService;
  @Inject private RepositoryService repositoryService;

  /** A running process of a case: its process key, its model's BPMN, the steps it waits in. */
  public record Diagram(String processKey, String bpmnXml, List<String> activeSteps) {

    /** Names the process only. */
    @Override
    public String toString() {
      return "Diagram[" + processKey + ", " + activeSteps + "]";
    }
  }

  /** The case's running processes, the outreach process first. The caller checked access. */
  List<Diagram> of(UUID caseId) {
    List<Diagram> diagrams = new ArrayList<>();
    for (ProcessInstance instance :
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(caseId.toString())
            .active()
            .list()) {
      String definitionId = instance.getProcessDefinitionId();
      diagrams.add(
          new Diagram(
              EngineKeys.processKey(definitionId),
              models.computeIfAbsent(definitionId, this::model),
              List.copyOf(runtimeService.getActiveActivityIds(instance.getId()))));
    }
    diagrams.sort(
        Comparator.comparing((Diagram d) -> !"outreach".equals(d.processKey()))
            .thenComparing(Diagram::processKey));
    return diagrams;
  }

  private String model(String definitionId) {
    try (InputStream in = repositoryService.getProcessModel(definitionId)) {
      byte[] bytes = in.readNBytes(MAX_MODEL_CHARS);
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Model of " + definitionId + " unreadable", e);
    }
  }
}
