package org.outreach.web;

import java.io.Serializable;

/**
 * Where a paged list of a console page stands: the first row shown, the page's size, how many rows
 * there are in all. A page sets the total when it reads a page and turns with {@link #next} and
 * {@link #previous}, which say whether they moved (so the page knows to read again).
 */
public final class Pager implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int size;
  private int first;
  private long total;

  public Pager(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("size: at least 1");
    }
    this.size = size;
  }

  /** The index of the first row shown, from 0. */
  public int first() {
    return first;
  }

  /** How many rows there are in all, as of the last page read. */
  public void total(long total) {
    this.total = Math.max(0, total);
  }

  public long getTotal() {
    return total;
  }

  /** Back to the first page. */
  public void reset() {
    first = 0;
  }

  /** Turns to the next page if there is one; whether it turned. */
  public boolean next() {
    if (first + size < total) {
      first += size;
      return true;
    }
    return false;
  }

  /** Turns to the previous page if there is one; whether it turned. */
  public boolean previous() {
    if (first == 0) {
      return false;
    }
    first = Math.max(0, first - size);
    return true;
  }

  /** The first row shown, counted from 1; 0 when there is none. */
  public long getShownFrom() {
    return total == 0 ? 0 : first + 1L;
  }

  /** The last row shown, counted from 1. */
  public long getShownTo() {
    return Math.min(first + (long) size, total);
  }

  public boolean isFirstPage() {
    return first == 0;
  }

  public boolean isLastPage() {
    return first + (long) size >= total;
  }
}
