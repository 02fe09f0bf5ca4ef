package org.xbarlab.optimize;

import java.util.ArrayList;
import java.util.List;

/** Pareto dominance helpers, minimisation convention. */
public final class Pareto {
  private Pareto() {}

  /** Returns true if {@code a} weakly dominates {@code b} and is strictly better in one objective. */
  public static boolean dominates(double[] a, double[] b) {
    boolean strictly = false;
    for (int i = 0; i < a.length; i++) {
      if (a[i] > b[i]) {
        return false;
      }
      if (a[i] < b[i]) {
        strictly = true;
      }
    }
    return strictly;
  }

  /**
   * Returns the indices of the non-dominated rows of {@code points} [n x k], in input order;
   * of several identical points only the first is kept. O(n log n + n * front size).
   */
  public static int[] nondominatedIndices(double[][] points) {
    Integer[] order = new Integer[points.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    // Lexicographic order: a point can only be weakly dominated by one sorted before it (or equal).
    java.util.Arrays.sort(order, (a, b) -> {
      int c = java.util.Arrays.compare(points[a], points[b]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    List<Integer> keep = new ArrayList<>();
    for (int idx : order) {
      boolean dominated = false;
      for (int q : keep) {
        if (weaklyDominates(points[q], points[idx])) {
          dominated = true;
          break;
        }
      }
      if (!dominated) {
        keep.add(idx);
      }
    }
    return keep.stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  private static boolean weaklyDominates(double[] a, double[] b) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] > b[i]) {
        return false;
      }
    }
    return true;
  }

  /** Returns the non-dominated rows of {@code points} [n x k] (copies of the rows' references). */
  public static double[][] nondominated(double[][] points) {
    int[] idx = nondominatedIndices(points);
    double[][] out = new double[idx.length][];
    for (int i = 0; i < idx.length; i++) {
      out[i] = points[idx[i]];
    }
    return out;
  }
}
