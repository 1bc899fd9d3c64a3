package org.outreach.tasks;

import java.util.Optional;
import java.util.UUID;

/** What the engine's ids and keys say about the campaign's tasks. */
public final class EngineKeys {

  private EngineKeys() {}

  /** Business keys that name a case; anything else is a model outside the campaign. */
  public static Optional<UUID> caseIdOf(String businessKey) {
    if (businessKey == null || businessKey.length() != 36) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(businessKey));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The process key in a definition id, which reads {@code key:version:id}. */
  public static String processKey(String processDefinitionId) {
    if (processDefinitionId == null) {
      return null;
    }
    int end = processDefinitionId.indexOf(':');
    return end < 0 ? processDefinitionId : processDefinitionId.substring(0, end);
  }
}
