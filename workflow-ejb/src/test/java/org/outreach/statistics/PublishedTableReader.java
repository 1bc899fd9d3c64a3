package org.outreach.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * A reader of a published table who tries to recompute its withheld cells: knows every published
 * figure, that each line adds up to its total, and what the marks say: a cell shown as under 11 is
 * 1 to 10 (zeros are published), a suppressed one 11 or more. Works on its own, by linear algebra,
 * not by the suppression's cycles: the withheld cells are the unknowns of the lines' equations;
 * their solutions are the true table plus the integer combinations of the null space's basis. A
 * cell is recomputable when no other solution within every unknown's mark changes it within the
 * searched combinations (coefficients -2 to 2); so "not recomputable" is proven by a second table,
 * never assumed.
 */
final class PublishedTableReader {

  private final long[][] table;
  private final boolean[][] withheld;
  private final List<int[]> unknowns = new ArrayList<>();

  PublishedTableReader(long[][] table, boolean[][] withheld) {
    this.table = table;
    this.withheld = withheld;
    for (int i = 0; i < table.length; i++) {
      for (int j = 0; j < table[0].length; j++) {
        if (withheld[i][j]) {
          unknowns.add(new int[] {i, j});
        }
      }
    }
  }

  /** The withheld cells this reader can pin to one value, as {row, column} pairs. */
  List<int[]> recomputable() {
    int n = unknowns.size();
    if (n == 0) {
      return List.of();
    }
    double[][] system = rref(equations(), n);
    List<double[]> basis = nullSpace(system, n);
    boolean[] moves = new boolean[n];
    long[] truth = new long[n];
    for (int k = 0; k < n; k++) {
      truth[k] = table[unknowns.get(k)[0]][unknowns.get(k)[1]];
    }
    int dims = basis.size();
    if (dims > 8) {
      throw new IllegalStateException("too many free cells for this reader: " + dims);
    }
    int[] coefficients = new int[dims];
    int combinations = (int) Math.pow(5, dims);
    for (int code = 1; code < combinations; code++) {
      int rest = code;
      for (int d = 0; d < dims; d++) {
        coefficients[d] = rest % 5 - 2;
        rest /= 5;
      }
      double[] shift = new double[n];
      for (int d = 0; d < dims; d++) {
        for (int k = 0; k < n; k++) {
          shift[k] += coefficients[d] * basis.get(d)[k];
        }
      }
      boolean fits = true;
      for (int k = 0; k < n && fits; k++) {
        double value = truth[k] + shift[k];
        long cell = table[unknowns.get(k)[0]][unknowns.get(k)[1]];
        boolean small = CellSuppression.small(cell);
        fits =
            Math.abs(value - Math.rint(value)) < 1e-9
                && (small ? value > 0.5 && value < 10.5 : value > 10.5);
      }
      if (fits) {
        for (int k = 0; k < n; k++) {
          moves[k] |= Math.abs(shift[k]) > 1e-9;
        }
      }
    }
    List<int[]> pinned = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      if (!moves[k]) {
        pinned.add(unknowns.get(k));
      }
    }
    return pinned;
  }

  /** One equation per line over the unknowns (coefficients only: the right sides are known). */
  private double[][] equations() {
    int rows = table.length;
    int columns = table[0].length;
    List<double[]> lines = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      double[] line = new double[unknowns.size()];
      for (int j = 0; j < columns; j++) {
        add(line, i, j, j == columns - 1 ? -1 : 1);
      }
      lines.add(line);
    }
    for (int j = 0; j < columns; j++) {
      double[] line = new double[unknowns.size()];
      for (int i = 0; i < rows; i++) {
        add(line, i, j, i == rows - 1 ? -1 : 1);
      }
      lines.add(line);
    }
    return lines.toArray(double[][]::new);
  }

  private void add(double[] line, int i, int j, int coefficient) {
    for (int k = 0; k < unknowns.size(); k++) {
      if (unknowns.get(k)[0] == i && unknowns.get(k)[1] == j) {
        line[k] += coefficient;
      }
    }
  }

  private static double[][] rref(double[][] m, int n) {
    int lead = 0;
    for (int r = 0; r < m.length && lead < n; r++, lead++) {
      int pivot = r;
      while (Math.abs(m[pivot][lead]) < 1e-9) {
        pivot++;
        if (pivot == m.length) {
          pivot = r;
          lead++;
          if (lead == n) {
            return m;
          }
        }
      }
      double[] swap = m[pivot];
      m[pivot] = m[r];
      m[r] = swap;
      double scale = m[r][lead];
      for (int k = 0; k < n; k++) {
        m[r][k] /= scale;
      }
      for (int other = 0; other < m.length; other++) {
        if (other != r && Math.abs(m[other][lead]) > 1e-12) {
          double factor = m[other][lead];
          for (int k = 0; k < n; k++) {
            m[other][k] -= factor * m[r][k];
          }
        }
      }
    }
    return m;
  }

  private static List<double[]> nullSpace(double[][] rref, int n) {
    int[] pivotOf = new int[n];
    java.util.Arrays.fill(pivotOf, -1);
    for (int r = 0; r < rref.length; r++) {
      for (int k = 0; k < n; k++) {
        if (Math.abs(rref[r][k]) > 1e-9) {
          pivotOf[k] = r;
          break;
        }
      }
    }
    List<double[]> basis = new ArrayList<>();
    for (int free = 0; free < n; free++) {
      if (pivotOf[free] >= 0) {
        continue;
      }
      double[] vector = new double[n];
      vector[free] = 1;
      for (int k = 0; k < n; k++) {
        if (pivotOf[k] >= 0) {
          vector[k] = -rref[pivotOf[k]][free];
        }
      }
      basis.add(vector);
    }
    return basis;
  }
}
