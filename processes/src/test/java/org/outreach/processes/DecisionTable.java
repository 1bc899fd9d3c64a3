package org.outreach.processes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * One decision table of this module, read from the classpath as the server deploys it and evaluated
 * by a standalone DMN engine that also reports which rules decided.
 */
final class DecisionTable {

  /** What the table returned, and the ids of the rules that produced it, in table order. */
  record Evaluation(DmnDecisionResult result, List<String> decidingRuleIds) {}

  private final DmnDecision decision;
  private final DmnEngine engine;
  private final List<String> ruleIds;
  private List<String> lastDecidingRuleIds = List.of();

  private DecisionTable(String resource, String decisionKey) {
    DmnModelInstance model = readModel(resource);
    DmnDecisionTableEvaluationListener recordDecidingRules =
        (DmnDecisionTableEvaluationEvent event) ->
            lastDecidingRuleIds =
                event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).toList();
    engine =
        DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
            .customPostDecisionTableEvaluationListeners(List.of(recordDecidingRules))
            .buildEngine();
    decision = engine.parseDecision(decisionKey, model);
    ruleIds = model.getModelElementsByType(Rule.class).stream().map(Rule::getId).toList();
  }

  static DecisionTable load(String resource, String decisionKey) {
    return new DecisionTable(resource, decisionKey);
  }

  /** Input values may be null: that is how a caller says a fact is not known. */
  synchronized Evaluation evaluate(Map<String, ?> inputs) {
    lastDecidingRuleIds = List.of();
    DmnDecisionResult result =
        engine.evaluateDecision(decision, new HashMap<String, Object>(inputs));
    return new Evaluation(result, lastDecidingRuleIds);
  }

  /** The ids of every rule in the table, in table order. */
  List<String> ruleIds() {
    return ruleIds;
  }

  private static DmnModelInstance readModel(String resource) {
    try (InputStream stream = DecisionTable.class.getClassLoader().getResourceAsStream(resource)) {
      if (stream == null) {
        throw new IllegalStateException("Not on the classpath: " + resource);
      }
      return Dmn.readModelFromStream(stream);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
