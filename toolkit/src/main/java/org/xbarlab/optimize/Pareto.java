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
   * of several identical points only the first is kept.
   */
  public static int[] nondominatedIndices(double[][] points) {
    List<Integer> keep = new ArrayList<>();
    outer:
    for (int i = 0; i < points.length; i++) {
      for (int j = 0; j < points.length; j++) {
        if (j != i && (dominates(points[j], points[i])
            || (j < i && java.util.Arrays.equals(points[j], points[i])))) {
          continue outer;
        }
      }
      keep.add(i);
    }
    return keep.stream().mapToInt(Integer::intValue).toArray();
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
