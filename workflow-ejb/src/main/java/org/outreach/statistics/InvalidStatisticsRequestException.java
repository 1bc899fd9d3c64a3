package org.outreach.statistics;

import jakarta.ejb.ApplicationException;

/**
 * A request for statistics that cannot be answered as asked: a dimension that is not one, one that
 * identifies a person, or the same one twice. The message names the parameter and the rule, and
 * only our own names for fields, never what was sent.
 */
@ApplicationException(rollback = true)
public class InvalidStatisticsRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InvalidStatisticsRequestException(String message) {
    super(message);
  }
}
