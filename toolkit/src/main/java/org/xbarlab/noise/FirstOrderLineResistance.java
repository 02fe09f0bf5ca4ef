package org.xbarlab.noise;

/**
 * Fast first-order line-resistance model for sweeps: a per-cell effective conductance that is
 * exact to first order in the resistances when every row is driven at the same voltage.
 *
 * <p>With the ideal cell currents {@code G_ij V}, the word-line node {@code (i, j)} sags by
 * {@code V * a_ij} and the bit-line node rises by {@code V * b_ij}, where
 *
 * <pre>
 *   a_ij = R_driver * sum_j' G_ij'  +  R_wire * sum_{k=1..j} sum_{j' >= k} G_ij'
 *   b_ij = R_sense  * sum_i' G_i'j  +  R_wire * sum_{m=i..rows-2} sum_{i' <= m} G_i'j
 * </pre>
 *
 * (each wire segment carries the current of every cell beyond it). The cell then passes
 * {@code G_ij (1 - a_ij - b_ij) V}; this class returns the positive, never-larger form
 * {@code G_eff = G_ij / (1 + a_ij + b_ij)}, equal to first order. It is {@code O(rows * cols)} per
 * tile, input-independent (so it can be folded into the conductances once per read), equals
 * {@code G} exactly when all resistances are 0, and underestimates the exact loss when the drop is
 * large or the inputs are far from uniform. (The simpler own-path series model of papers.md 3.3
 * ignores the shared line currents and misses most of the drop; {@code TileCircuitTest} checks this
 * model against the exact solve with a stated tolerance.)
 */
public final class FirstOrderLineResistance {
  private final LineResistance lines;

  private FirstOrderLineResistance(LineResistance lines) {
    this.lines = lines;
  }

  /** Returns the model for the given resistances (the mode field is ignored). */
  public static FirstOrderLineResistance of(LineResistance lines) {
    return new FirstOrderLineResistance(lines);
  }

  /**
   * Returns effective conductances in siemens of a whole tile, row-major {@code [rows x cols]}.
   *
   * @param conductancesSiemens cell conductances, row-major {@code [rows x cols]}
   */
  public double[] apply(double[] conductancesSiemens, int rows, int cols) {
    double[] g = conductancesSiemens;
    double[] out = new double[rows * cols];
    if (lines.isIdealWiring()) {
      System.arraycopy(g, 0, out, 0, out.length);
      return out;
    }
    double rw = lines.wireResistanceOhms();
    double rd = lines.driverResistanceOhms();
    double rs = lines.senseResistanceOhms();
    double[] a = new double[rows * cols];
    for (int i = 0; i < rows; i++) {
      int row = i * cols;
      double total = 0;
      for (int j = 0; j < cols; j++) {
        total += Math.max(0, g[row + j]);
      }
      double acc = rd * total;
      double beyond = total; // current beyond segment k = sum_{j' >= k}
      for (int j = 0; j < cols; j++) {
        if (j > 0) {
          beyond -= Math.max(0, g[row + j - 1]);
          acc += rw * beyond;
        }
        a[row + j] = acc;
      }
    }
    for (int j = 0; j < cols; j++) {
      double[] prefix = new double[rows];
      double s = 0;
      for (int i = 0; i < rows; i++) {
        s += Math.max(0, g[i * cols + j]);
        prefix[i] = s;
      }
      double acc = rs * s;
      for (int i = rows - 1; i >= 0; i--) {
        if (i < rows - 1) {
          acc += rw * prefix[i];
        }
        int k = i * cols + j;
        out[k] = g[k] / (1 + a[k] + acc);
      }
    }
    return out;
  }
}
