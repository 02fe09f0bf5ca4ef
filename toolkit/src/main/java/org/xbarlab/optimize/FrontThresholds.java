package org.xbarlab.optimize;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * What each sampled Pareto front says an evaluated objective cannot beat at a design: MESMO's
 * {@code y*}. Without exact objectives (or with two or more evaluated ones) it is the per-objective
 * minimum over the sampled front, the same at every design (MESMO, CF-MESMO). With exact objectives
 * and one evaluated objective it is exact and depends on the design (as PFES, Suzuki et al. 2020,
 * with the exact objectives known): every design is weakly dominated by a point p of the front, so x
 * with exact values c(x) has an evaluated objective of at least {@code min f(p)} over the front
 * points with {@code c(p) <= c(x)}: it cannot beat the best design that costs no more. Where there
 * are none (the sampled front, an approximation, has no point as cheap as x) it falls back to
 * MESMO's minimum. This
 * makes cost objectives steer the search: MESMO's minimum alone would hunt the single best accuracy.
 */
public final class FrontThresholds {
  private final double[][] constant;
  private final double[][][] fronts;
  private final Function<double[], double[]> exactValues;

  private FrontThresholds(double[][] constant, double[][][] fronts,
      Function<double[], double[]> exactValues) {
    this.constant = constant;
    this.fronts = fronts;
    this.exactValues = exactValues;
  }

  /** Returns design-independent thresholds {@code yStar} [S x u] (MESMO). */
  public static FrontThresholds constant(double[][] yStar) {
    double[][] copy = new double[yStar.length][];
    for (int s = 0; s < copy.length; s++) {
      copy[s] = yStar[s].clone();
    }
    return new FrontThresholds(copy, null, null);
  }

  /**
   * Returns the thresholds of sampled fronts.
   *
   * @param fronts per sample, the front's points [P x k] in model units (all objectives)
   * @param evaluated indices of the evaluated objectives (columns of the thresholds)
   * @param exact indices of the exact objectives
   * @param exactValues exact objectives at a unit design, model units, in the order of {@code exact}
   */
  static FrontThresholds of(List<double[][]> fronts, List<Integer> evaluated, List<Integer> exact,
      Function<double[], double[]> exactValues) {
    if (exact.isEmpty() || evaluated.size() > 1) {
      double[][] min = new double[fronts.size()][evaluated.size()];
      for (int s = 0; s < min.length; s++) {
        Arrays.fill(min[s], Double.POSITIVE_INFINITY);
        for (double[] p : fronts.get(s)) {
          for (int u = 0; u < evaluated.size(); u++) {
            min[s][u] = Math.min(min[s][u], p[evaluated.get(u)]);
          }
        }
      }
      return new FrontThresholds(min, null, null);
    }
    // one evaluated objective: keep per point (f_evaluated, exact values...)
    double[][][] pts = new double[fronts.size()][][];
    for (int s = 0; s < pts.length; s++) {
      double[][] f = fronts.get(s);
      pts[s] = new double[f.length][exact.size() + 1];
      for (int i = 0; i < f.length; i++) {
        pts[s][i][0] = f[i][evaluated.get(0)];
        for (int e = 0; e < exact.size(); e++) {
          pts[s][i][e + 1] = f[i][exact.get(e)];
        }
      }
    }
    return new FrontThresholds(null, pts, exactValues);
  }

  /** Returns true if the thresholds are the same at every design. */
  public boolean isConstant() {
    return constant != null;
  }

  /** Returns the number of front samples S. */
  public int samples() {
    return constant != null ? constant.length : fronts.length;
  }

  /**
   * Returns the design-independent thresholds [S x u] (for clamping); only if {@link #isConstant()}.
   */
  double[][] constantValues() {
    return constant;
  }

  /** Returns the thresholds [S x u] at unit design {@code design} [d], model units. */
  public double[][] at(double[] design) {
    if (constant != null) {
      return constant;
    }
    double[] c = exactValues.apply(design);
    double[][] out = new double[fronts.length][1];
    for (int s = 0; s < fronts.length; s++) {
      double t = Double.NEGATIVE_INFINITY;
      double min = Double.POSITIVE_INFINITY;
      for (double[] p : fronts[s]) {
        boolean cheaper = true;
        for (int e = 0; e < c.length && cheaper; e++) {
          cheaper = p[e + 1] <= c[e];
        }
        if (cheaper) {
          t = t == Double.NEGATIVE_INFINITY ? p[0] : Math.min(t, p[0]);
        }
        min = Math.min(min, p[0]);
      }
      out[s][0] = t > Double.NEGATIVE_INFINITY ? t : min;
    }
    return out;
  }
}
