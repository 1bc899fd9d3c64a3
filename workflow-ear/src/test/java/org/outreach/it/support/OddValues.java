package org.outreach.it.support;

import java.util.Random;

/**
 * Values no door expects, for the seeded random tries at the REST doors and the console's forms:
 * empty and blank, numbers out of range, impossible dates, ids that are not ids, paths, markup,
 * spreadsheet formulas, bidirectional overrides, control characters, text of the campaign's
 * scripts, a lone surrogate and a very long text; a random number one time in three.
 */
public final class OddValues {

  private static final String[] ODD = {
    "",
    " ",
    "null",
    "-1",
    "0",
    "99999999999999999999999",
    "1e309",
    "NaN",
    "2026-02-30",
    "2026-12-06T25:61:00Z",
    "P-1D",
    "not-a-uuid",
    "00000000-0000-0000-0000-000000000000",
    "../../etc/passwd",
    "%00",
    "<script>alert(1)</script>",
    "=cmd|' /C calc'!A0",
    "\u202Eevil\u202C",
    "\u0000",
    "محمد عبد الله",
    "ሰላም",
    "ਪੰਜਾਬੀ",
    "देवनागरी",
    "\uD83D\uDE00",
    "\uD800",
    "x".repeat(5000)
  };

  private OddValues() {}

  /** One odd value. */
  public static String any(Random random) {
    if (random.nextInt(3) == 0) {
      return Integer.toString(random.nextInt());
    }
    return ODD[random.nextInt(ODD.length)];
  }
}
