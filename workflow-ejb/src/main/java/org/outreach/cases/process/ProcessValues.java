package org.outreach.cases.process;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.outreach.processes.ProcessVariables;

/** Reads the typed values delegates need from an execution, naming the variable when one is bad. */
public final class ProcessValues {

  private ProcessValues() {}

  /** The case: the {@code caseId} variable, else the business key (which is the case id). */
  public static UUID caseId(DelegateExecution execution) {
    Object value = execution.getVariable(ProcessVariables.VAR_CASE_ID);
    String text = value != null ? value.toString() : execution.getProcessBusinessKey();
    if (text == null) {
      throw new IllegalStateException(
          "Process instance " + execution.getProcessInstanceId() + " has no case id");
    }
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(ProcessVariables.VAR_CASE_ID + ": not a UUID");
    }
  }

  /** A String variable, absent when unset. */
  public static Optional<String> text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof String text)) {
      throw new IllegalStateException(name + ": expected a String");
    }
    return Optional.of(text);
  }

  /** A String variable that must be set. */
  public static String requiredText(VariableScope scope, String name) {
    return text(scope, name).orElseThrow(() -> new IllegalStateException(name + ": not set"));
  }

  /** An enum from a String variable that must be set. */
  public static <E extends Enum<E>> E requiredEnum(
      VariableScope scope, String name, Class<E> type) {
    return enumValue(scope, name, type)
        .orElseThrow(() -> new IllegalStateException(name + ": not set"));
  }

  /** An enum from a String variable, absent when unset. */
  public static <E extends Enum<E>> Optional<E> enumValue(
      VariableScope scope, String name, Class<E> type) {
    Optional<String> text = text(scope, name);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, text.get()));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          name + ": not one of " + Arrays.toString(type.getEnumConstants()));
    }
  }

  /** A date variable, absent when unset. */
  public static Optional<Instant> instant(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof Date date)) {
      throw new IllegalStateException(name + ": expected a date");
    }
    return Optional.of(date.toInstant());
  }

  /** An integer variable, or {@code fallback} when unset. */
  public static int integer(VariableScope scope, String name, int fallback) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return fallback;
    }
    if (!(value instanceof Number number)) {
      throw new IllegalStateException(name + ": expected an integer");
    }
    return number.intValue();
  }
}
