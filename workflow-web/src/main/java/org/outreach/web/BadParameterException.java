package org.outreach.web;

/**
 * A query or path parameter that breaks a rule; answered with 400. The message names the parameter
 * and the rule, never the value given.
 */
public class BadParameterException extends RuntimeException {

  public BadParameterException(String message) {
    super(message);
  }
}
