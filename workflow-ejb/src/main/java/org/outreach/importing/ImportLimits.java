package org.outreach.importing;

/**
 * How much one import may hold; both are checked while the file streams in, so an oversized file is
 * refused without being read to its end.
 */
public record ImportLimits(long maxBytes, int maxRows) {

  /** 10 MiB and 20,000 rows: the whole campaign (about 6,300 people) fits three times over. */
  public static final ImportLimits DEFAULT = new ImportLimits(10L * 1024 * 1024, 20_000);
}
