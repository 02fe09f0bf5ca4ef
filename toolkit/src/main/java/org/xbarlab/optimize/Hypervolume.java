package org.xbarlab.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.xbarlab.ConfigException;

/**
 * Exact hypervolume of a point set in the minimisation convention: the Lebesgue measure of the
 * region dominated by the points and bounded above by a reference point. Points that do not
 * strictly dominate the reference point in every objective contribute nothing. Dimension sweeps
 * ({@link HypervolumeSweep}): O(n log n) for 2 and 3 objectives (HV3D with a balanced tree),
 * O(n^2 log n) for 4, one dimension more per further objective; practical up to about 6
 * objectives and a few hundred points.
 *
 * <pre>{@code
 * double hv = Hypervolume.of(new double[][] {{1, 2}, {2, 1}}, new double[] {3, 3});  // 3.0
 * double gain = Hypervolume.contribution(new double[][] {{1, 2}}, new double[] {2, 1},
 *     new double[] {3, 3});                                                        // 1.0
 * }</pre>
 */
public final class Hypervolume {
  private Hypervolume() {}

  /**
   * Returns the hypervolume of {@code points} [n x k] with respect to {@code reference} [k].
   *
   * @param points objective vectors, minimised; may be empty, dominated points are allowed
   * @param reference the reference point; must be finite
   */
  public static double of(double[][] points, double[] reference) {
    checkReference(reference);
    return HypervolumeSweep.volume(inside(points, reference), reference);
  }

  /**
   * Returns the hypervolume that {@code point} [k] adds to {@code front} [n x k]:
   * {@code of(front + point) - of(front)}, computed from the point's box and its limit set (one
   * hypervolume of at most n points in k objectives), exact; 0 if the point is weakly dominated
   * or outside the reference box.
   *
   * @param front objective vectors, minimised; may be empty, dominated points are allowed
   * @param point the candidate, minimised
   * @param reference the reference point; must be finite
   */
  public static double contribution(double[][] front, double[] point, double[] reference) {
    checkReference(reference);
    double[][] p = inside(new double[][] {point}, reference);
    if (p.length == 0) {
      return 0.0;
    }
    return HypervolumeSweep.contribution(Arrays.asList(inside(front, reference)), p[0], reference);
  }

  /**
   * Returns each point's exclusive contribution [n]: the hypervolume lost if only that point were
   * removed (0 for a dominated point, a point outside the box and each of several equal copies).
   *
   * @param points objective vectors [n x k], minimised
   * @param reference the reference point; must be finite
   */
  public static double[] contributions(double[][] points, double[] reference) {
    checkReference(reference);
    double[] out = new double[points.length];
    for (int i = 0; i < points.length; i++) {
      double[][] others = new double[points.length - 1][];
      for (int j = 0, m = 0; j < points.length; j++) {
        if (j != i) {
          others[m++] = points[j];
        }
      }
      out[i] = contribution(others, points[i], reference);
    }
    return out;
  }

  private static void checkReference(double[] reference) {
    if (reference == null || reference.length == 0) {
      throw new ConfigException("reference", reference == null ? "null" : "[]",
          "a reference point with one finite value per objective");
    }
    for (double r : reference) {
      if (!Double.isFinite(r)) {
        throw new ConfigException("reference", Arrays.toString(reference), "finite values");
      }
    }
  }

  /** Returns copies of the points strictly inside the reference box; validates every point. */
  private static double[][] inside(double[][] points, double[] reference) {
    List<double[]> inside = new ArrayList<>(points.length);
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
        ok &= p[i] < reference[i];
      }
      if (ok) {
        inside.add(p.clone());
      }
    }
    return inside.toArray(new double[0][]);
  }
}
