package org.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class ViewContextPruningTest {

  @Test
  void thePagesFacesForgotAreForgottenAndTheOthersKept() {
    Map<String, Object> viewMaps = Collections.synchronizedMap(new LinkedHashMap<>());
    viewMaps.put("kept-1", Map.of());
    viewMaps.put("kept-2", Map.of());
    Map<String, Map<String, String>> contexts = new ConcurrentHashMap<>();
    contexts.put("forgotten-1", Map.of("inbox", "inbox"));
    contexts.put("kept-1", Map.of("inbox", "inbox"));
    contexts.put("forgotten-2", Map.of("task", "task"));
    contexts.put("kept-2", Map.of("task", "task"));

    int forgotten = ViewContextPruning.forget(contexts, viewMaps);

    assertThat(forgotten).isEqualTo(2);
    assertThat(contexts).containsOnlyKeys("kept-1", "kept-2");
    assertThat(viewMaps).containsOnlyKeys("kept-1", "kept-2");
  }

  @Test
  void nothingToForgetChangesNothing() {
    Map<String, Object> viewMaps = Collections.synchronizedMap(new LinkedHashMap<>());
    viewMaps.put("page", Map.of());
    Map<String, Map<String, String>> contexts = new ConcurrentHashMap<>();
    contexts.put("page", Map.of("inbox", "inbox"));

    assertThat(ViewContextPruning.forget(contexts, viewMaps)).isZero();
    assertThat(contexts).containsOnlyKeys("page");
  }
}
