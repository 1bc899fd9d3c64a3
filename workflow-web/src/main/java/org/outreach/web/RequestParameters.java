package org.outreach.web;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.outreach.audit.AccessPurpose;

/**
 * Checks of query parameters; a broken rule is a {@link BadParameterException}, answered with 400
 * naming the parameter and the rule.
 */
public final class RequestParameters {

  private RequestParameters() {}

  /** The stated purpose of a read: required, one of {@link AccessPurpose#statedByPeople()}. */
  public static AccessPurpose purpose(String value) {
    Set<AccessPurpose> allowed = AccessPurpose.statedByPeople();
    String choices =
        allowed.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)).toString();
    if (value == null || value.isBlank()) {
      throw badRequest("purpose: required, one of " + choices);
    }
    try {
      AccessPurpose purpose = AccessPurpose.valueOf(value.strip().toUpperCase(Locale.ROOT));
      if (allowed.contains(purpose)) {
        return purpose;
      }
    } catch (IllegalArgumentException e) {
      // answered below, without echoing the value
    }
    throw badRequest("purpose: must be one of " + choices);
  }

  /** A whole number within bounds; {@code fallback} when absent. */
  public static int integer(String name, String value, int fallback, int min, int max) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw badRequest(name + ": must be a whole number from " + min + " to " + max);
  }

  private static BadParameterException badRequest(String detail) {
    return new BadParameterException(detail);
  }
}
