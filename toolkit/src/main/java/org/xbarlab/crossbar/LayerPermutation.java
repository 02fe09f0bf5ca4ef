package org.xbarlab.crossbar;

import java.util.Arrays;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;

/**
 * Where the rows (fan-in) and kernels (fan-out outputs) of one weight matrix sit on the crossbar:
 * physical word line {@code p} carries logical input {@code rowOrder[p]}, physical output slot
 * {@code q} (its {@code slices * polarities} adjacent bit lines) holds logical output
 * {@code outputOrder[q]}. Tiling follows the physical order, so a permutation also decides which
 * inputs share a row tile and which kernels share a column tile. Inputs are routed to their word
 * lines by wiring and outputs are put back in logical order digitally after the ADC, so with every
 * non-ideality off a permuted chip computes exactly the network.
 */
public final class LayerPermutation {
  private final int[] rowOrder;
  private final int[] outputOrder;
  private final int[] rowPosition;
  private final int[] outputPosition;
  private final boolean rowsKept; // computed once: the engine asks on every forward pass
  private final boolean identity;

  private LayerPermutation(int[] rowOrder, int[] outputOrder) {
    this.rowOrder = rowOrder.clone();
    this.outputOrder = outputOrder.clone();
    this.rowPosition = inverse("rowOrder", this.rowOrder);
    this.outputPosition = inverse("outputOrder", this.outputOrder);
    this.rowsKept = isRange(this.rowOrder);
    this.identity = rowsKept && isRange(this.outputOrder);
  }

  /**
   * Returns the permutation with the given orders.
   *
   * @param rowOrder logical fan-in index on each physical word line, a permutation of 0..fanIn-1
   * @param outputOrder logical output in each physical slot, a permutation of 0..fanOut-1
   * @throws ConfigException if either array is not a permutation
   */
  public static LayerPermutation of(int[] rowOrder, int[] outputOrder) {
    return new LayerPermutation(rowOrder, outputOrder);
  }

  /** Returns the identity placement of a {@code fanIn x fanOut} matrix. */
  public static LayerPermutation identity(int fanIn, int fanOut) {
    return new LayerPermutation(range(fanIn), range(fanOut));
  }

  /** Returns a uniformly random placement (a baseline and a test fixture). */
  public static LayerPermutation random(int fanIn, int fanOut, RandomSource rng) {
    return new LayerPermutation(shuffled(fanIn, rng.split("rows")),
        shuffled(fanOut, rng.split("outputs")));
  }

  /** Returns the fan-in. */
  public int fanIn() {
    return rowOrder.length;
  }

  /** Returns the fan-out. */
  public int fanOut() {
    return outputOrder.length;
  }

  /** Returns the logical input on physical word line {@code physicalRow}. */
  public int rowAt(int physicalRow) {
    return rowOrder[physicalRow];
  }

  /** Returns the physical word line of logical input {@code row}. */
  public int rowPosition(int row) {
    return rowPosition[row];
  }

  /** Returns the logical output in physical slot {@code slot}. */
  public int outputAt(int slot) {
    return outputOrder[slot];
  }

  /** Returns the physical slot of logical output {@code output}. */
  public int outputPosition(int output) {
    return outputPosition[output];
  }

  /** Returns true if nothing moves. */
  public boolean isIdentity() {
    return identity;
  }

  /** Returns true if the rows keep their order (only outputs move). */
  public boolean keepsRows() {
    return rowsKept;
  }

  /** Returns a copy of the logical output order per physical slot. */
  public int[] outputOrder() {
    return outputOrder.clone();
  }

  /** Returns a copy of the logical input order per physical word line. */
  public int[] rowOrder() {
    return rowOrder.clone();
  }

  /** Returns {@code values [fanIn x fanOut]} (logical, row-major) in physical order. */
  float[] toPhysical(float[] values) {
    int fanIn = rowOrder.length;
    int fanOut = outputOrder.length;
    float[] out = new float[values.length];
    for (int p = 0; p < fanIn; p++) {
      int src = rowOrder[p] * fanOut;
      int dst = p * fanOut;
      for (int q = 0; q < fanOut; q++) {
        out[dst + q] = values[src + outputOrder[q]];
      }
    }
    return out;
  }

  /** Returns {@code values [fanIn x fanOut]} (physical, row-major) in logical order. */
  float[] toLogical(float[] values) {
    if (isIdentity()) {
      return values;
    }
    int fanOut = outputOrder.length;
    float[] out = new float[values.length];
    for (int p = 0; p < rowOrder.length; p++) {
      int src = p * fanOut;
      int dst = rowOrder[p] * fanOut;
      for (int q = 0; q < fanOut; q++) {
        out[dst + outputOrder[q]] = values[src + q];
      }
    }
    return out;
  }

  /** Returns {@code drive [fanIn x columns]} (logical rows) with its rows in physical order. */
  float[] rowsToPhysical(float[] drive, int columns) {
    if (keepsRows()) {
      return drive;
    }
    float[] out = new float[drive.length];
    for (int p = 0; p < rowOrder.length; p++) {
      System.arraycopy(drive, rowOrder[p] * columns, out, p * columns, columns);
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LayerPermutation other && Arrays.equals(rowOrder, other.rowOrder)
        && Arrays.equals(outputOrder, other.outputOrder);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(rowOrder) + Arrays.hashCode(outputOrder);
  }

  @Override
  public String toString() {
    return "LayerPermutation[" + fanIn() + " x " + fanOut() + (isIdentity() ? ", identity]" : "]");
  }

  private static int[] inverse(String field, int[] order) {
    int[] inv = new int[order.length];
    Arrays.fill(inv, -1);
    for (int p = 0; p < order.length; p++) {
      int v = order[p];
      if (v < 0 || v >= order.length || inv[v] >= 0) {
        throw new ConfigException(field, Arrays.toString(order).substring(0,
            Math.min(80, Arrays.toString(order).length())),
            "a permutation of 0.." + (order.length - 1) + " (entry " + p + " = " + v
                + (v >= 0 && v < order.length ? " repeats" : " is out of range") + ")");
      }
      inv[v] = p;
    }
    return inv;
  }

  private static int[] range(int n) {
    if (n < 1) {
      throw new ConfigException("size", n, "an integer >= 1");
    }
    int[] r = new int[n];
    for (int i = 0; i < n; i++) {
      r[i] = i;
    }
    return r;
  }

  private static boolean isRange(int[] a) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] != i) {
        return false;
      }
    }
    return true;
  }

  private static int[] shuffled(int n, RandomSource rng) {
    int[] r = range(n);
    rng.shuffle(r);
    return r;
  }
}
