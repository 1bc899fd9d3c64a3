package org.outreach.statistics;

import jakarta.ejb.ApplicationException;

/**
 * The small cells of a table cannot be hidden: too few other cells to withhold with them (a table
 * of one row, or one whose other cells are zeros). A broader choice of rows or columns is needed.
 */
@ApplicationException(rollback = true)
public class UnpublishableTableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UnpublishableTableException() {
    super("the table's small cells cannot be protected; choose broader rows or columns");
  }
}
