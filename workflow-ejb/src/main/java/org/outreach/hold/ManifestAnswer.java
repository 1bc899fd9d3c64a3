package org.outreach.hold;

import java.util.List;

/**
 * The answer to a removal manifest: for each row, whether the person must not be removed. A row
 * answered not held may name a person the registry does not know, or one whose hold has ended; the
 * answer does not say which.
 *
 * @param rows every row of the manifest, in its order
 */
public record ManifestAnswer(List<Row> rows) {

  /** One row's answer. */
  public record Row(int row, boolean held) {}

  public ManifestAnswer {
    rows = List.copyOf(rows);
  }

  /** How many rows are held. */
  public long held() {
    return rows.stream().filter(Row::held).count();
  }
}
