package org.outreach.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;

/**
 * The BPMN text of deployed process models, as the console draws them. A deployed model never
 * changes under its definition id, so each text is read from the engine once and kept; models hold
 * no personal data.
 */
@ApplicationScoped
public class ModelTexts {

  /** The largest model text kept; ours are far below it. */
  private static final int MAX_MODEL_CHARS = 1_000_000;

  private final Map<String, String> texts = new ConcurrentHashMap<>();

  @Inject private RepositoryService repositoryService;

  /** The BPMN of the process definition {@code definitionId}. */
  public String of(String definitionId) {
    return texts.computeIfAbsent(definitionId, this::read);
  }

  private String read(String definitionId) {
    try (InputStream in = repositoryService.getProcessModel(definitionId)) {
      return new String(in.readNBytes(MAX_MODEL_CHARS), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Model of " + definitionId + " unreadable", e);
    }
  }
}
