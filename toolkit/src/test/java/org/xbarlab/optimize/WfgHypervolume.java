package org.xbarlab.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.xbarlab.ConfigException;

/**
 * The reference for {@link Hypervolume}: the WFG algorithm (While, Bradstreet and Barone, IEEE
 * TEVC 16(1), 2012) with a 2-D sweep at the bottom, as the toolkit used it before the dimension
 * sweeps (it agreed with moocore to 1e-15 on the benchmark fronts). Kept unchanged, test-only.
 */
public final class WfgHypervolume {
  private WfgHypervolume() {}

  /**
   * Returns the hypervolume of {@code points} [n x k] with respect to {@code reference} [k].
   *
   * @param points objective vectors, minimised; may be empty, dominated points are allowed
   * @param reference the reference point; must be finite
   */
  public static double of(double[][] points, double[] reference) {
    if (reference == null || reference.length == 0) {
      throw new ConfigException("reference", reference == null ? "null" : "[]",
          "a reference point with one finite value per objective");
    }
    for (double r : reference) {
      if (!Double.isFinite(r)) {
        throw new ConfigException("reference", Arrays.toString(reference), "finite values");
      }
    }
    List<double[]> inside = new ArrayList<>();
    for (double[] p : points) {
      if (p.length != reference.length) {
        throw new ConfigException("point.length", p.length,
            "the reference point's length " + reference.length);
      }
      boolean ok = true;
      for (int i = 0; i < p.length; i++) {
        if (Double.isNaN(p[i])) {
          throw new ConfigException("point", Arrays.toString(p), "no NaN objective values");
        }
        if (!(p[i] < reference[i])) {
          ok = false;
          break;
        }
      }
      if (ok) {
        inside.add(p.clone());
      }
    }
    if (inside.isEmpty()) {
      return 0.0;
    }
    double[][] pts = inside.toArray(new double[0][]);
    if (reference.length == 2) {
      return sweep2d(pts, reference); // the sweep ignores dominated points itself
    }
    return wfg(Pareto.nondominated(pts), reference, reference.length);
  }

  private static double wfg(double[][] pts, double[] ref, int k) {
    if (pts.length == 0) {
      return 0.0;
    }
    if (k == 1) {
      double best = ref[0];
      for (double[] p : pts) {
        best = Math.min(best, p[0]);
      }
      return ref[0] - best;
    }
    if (k == 2) {
      return sweep2d(pts, ref);
    }
    // Sort descending in the last objective: later points then add slices cheaply (WFG ordering).
    double[][] sorted = pts.clone();
    Arrays.sort(sorted, Comparator.comparingDouble((double[] p) -> p[k - 1]).reversed());
    double total = 0.0;
    for (int i = 0; i < sorted.length; i++) {
      total += exclusive(sorted, i, ref, k);
    }
    return total;
  }

  private static double exclusive(double[][] pts, int i, double[] ref, int k) {
    double[] p = pts[i];
    double incl = 1.0;
    for (int j = 0; j < k; j++) {
      incl *= ref[j] - p[j];
    }
    if (i == pts.length - 1) {
      return incl;
    }
    List<double[]> limited = new ArrayList<>(pts.length - i - 1);
    for (int q = i + 1; q < pts.length; q++) {
      double[] l = new double[k];
      for (int j = 0; j < k; j++) {
        l[j] = Math.max(p[j], pts[q][j]);
      }
      limited.add(l);
    }
    double[][] nd = nondominatedFast(limited, k);
    return incl - wfg(nd, ref, k);
  }

  /** Non-dominated filter for the limit sets: removes dominated and duplicate points. */
  private static double[][] nondominatedFast(List<double[]> pts, int k) {
    List<double[]> keep = new ArrayList<>();
    for (double[] p : pts) {
      boolean dominated = false;
      for (int a = 0; a < keep.size(); a++) {
        double[] q = keep.get(a);
        if (weaklyDominates(q, p, k)) {
          dominated = true;
          break;
        }
      }
      if (dominated) {
        continue;
      }
      keep.removeIf(q -> weaklyDominates(p, q, k));
      keep.add(p);
    }
    return keep.toArray(new double[0][]);
  }

  private static boolean weaklyDominates(double[] a, double[] b, int k) {
    for (int j = 0; j < k; j++) {
      if (a[j] > b[j]) {
        return false;
      }
    }
    return true;
  }

  /** Exact 2-D hypervolume by a sweep over the first objective. */
  static double sweep2d(double[][] pts, double[] ref) {
    double[][] sorted = pts.clone();
    Arrays.sort(sorted, Comparator.comparingDouble((double[] p) -> p[0])
        .thenComparingDouble(p -> p[1]));
    double area = 0.0;
    double lastY = ref[1];
    for (double[] p : sorted) {
      if (p[1] < lastY) {
        area += (ref[0] - p[0]) * (lastY - p[1]);
        lastY = p[1];
      }
    }
    return area;
  }
}
