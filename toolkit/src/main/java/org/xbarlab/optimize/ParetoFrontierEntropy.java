package org.xbarlab.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * PFES (Suzuki et al., ICML 2020): the information a top-fidelity evaluation gives about a sampled
 * Pareto front F*, with the objectives truncated jointly, not one at a time as in MESMO. Given F*,
 * the objective vector y of any design cannot dominate a point of F*, so p(y | F*) is the
 * independent Gaussian posterior restricted to the region R that dominates no point of F*. R is a
 * union of disjoint boxes (the cells of the grid the front's coordinates span, merged along the last
 * objective), so the entropy of the truncated Gaussian has a closed form: with, per cell c and
 * objective m, {@code a = (l - mu)/sigma}, {@code b = (u - mu)/sigma}, {@code Z_cm = Phi(b) -
 * Phi(a)} and {@code Z = sum_c prod_m Z_cm}, the gain (prior minus truncated entropy, nats) is
 * {@code -ln Z - (1/2Z) sum_c sum_m (prod_{m' != m} Z_cm') (a phi(a) - b phi(b))}. With one objective
 * this is MESMO's truncated-Gaussian term. Scores are averaged over the front samples. Each sampled
 * front is joined with the observed top-fidelity non-dominated points first: the true front
 * weakly dominates what has been observed, which a sample drawn from an approximate posterior may
 * miss (MESMO clamps its minima for the same reason).
 *
 * <p>The number of cells grows as {@code (P+1)^(k-1)} for P front points and k objectives, so this
 * is meant for 2 or 3 evaluated objectives.
 */
public final class ParetoFrontierEntropy implements Acquisition {
  private final List<GaussianProcess.Fitted> posteriors;
  /** Per sample, per cell: lower and upper bound per objective (model units, may be infinite). */
  private final double[][][] lower;
  private final double[][][] upper;

  /**
   * Creates the acquisition.
   *
   * @param posteriors one fitted GP per evaluated objective (minimisation, model units)
   * @param fronts per sample, front points [P x k] of the evaluated objectives in model units
   * @param observed observed top-fidelity values [n x k] in model units (may be empty)
   */
  public ParetoFrontierEntropy(List<GaussianProcess.Fitted> posteriors, List<double[][]> fronts,
      double[][] observed) {
    this.posteriors = List.copyOf(posteriors);
    int k = posteriors.size();
    lower = new double[fronts.size()][][];
    upper = new double[fronts.size()][][];
    for (int s = 0; s < fronts.size(); s++) {
      List<double[]> pts = new ArrayList<>(Arrays.asList(fronts.get(s)));
      pts.addAll(Arrays.asList(observed));
      for (double[] p : pts) {
        if (p.length != k) {
          throw new IllegalArgumentException("front point has " + p.length + " objectives, the "
              + "posteriors " + k);
        }
      }
      double[][][] cells = cells(Pareto.nondominated(pts.toArray(new double[0][])));
      lower[s] = cells[0];
      upper[s] = cells[1];
    }
  }

  /**
   * Returns the boxes {lower, upper} [cells x k] whose union is the region that dominates no point
   * of {@code front} (minimisation; strict domination, so boundaries belong to the region).
   */
  static double[][][] cells(double[][] front) {
    int k = front[0].length;
    double[][] coords = new double[k][];
    for (int m = 0; m < k; m++) {
      final int mm = m;
      coords[m] = Arrays.stream(front).mapToDouble(p -> p[mm]).distinct().sorted().toArray();
    }
    List<double[]> lo = new ArrayList<>();
    List<double[]> hi = new ArrayList<>();
    int[] index = new int[Math.max(0, k - 1)];
    while (true) {
      double[] l = new double[k];
      double[] u = new double[k];
      for (int m = 0; m < k - 1; m++) {
        l[m] = index[m] == 0 ? Double.NEGATIVE_INFINITY : coords[m][index[m] - 1];
        u[m] = index[m] == coords[m].length ? Double.POSITIVE_INFINITY : coords[m][index[m]];
      }
      // y in this column dominates p (in the first k-1 objectives) iff u <= p there; the last
      // objective must then stay at or above the largest such p's value.
      double threshold = Double.NEGATIVE_INFINITY;
      for (double[] p : front) {
        boolean above = true;
        for (int m = 0; m < k - 1 && above; m++) {
          above = u[m] <= p[m];
        }
        if (above) {
          threshold = Math.max(threshold, p[k - 1]);
        }
      }
      l[k - 1] = threshold;
      u[k - 1] = Double.POSITIVE_INFINITY;
      lo.add(l);
      hi.add(u);
      int m = 0;
      while (m < k - 1 && ++index[m] > coords[m].length) {
        index[m++] = 0;
      }
      if (m == k - 1) {
        break;
      }
    }
    return new double[][][] {lo.toArray(new double[0][]), hi.toArray(new double[0][])};
  }

  @Override
  public double[] score(double[][] candidates) {
    int k = posteriors.size();
    double[] out = new double[candidates.length];
    double[] mu = new double[k];
    double[] sd = new double[k];
    for (int i = 0; i < candidates.length; i++) {
      for (int m = 0; m < k; m++) {
        mu[m] = posteriors.get(m).mean(candidates[i]);
        sd[m] = Math.sqrt(posteriors.get(m).variance(candidates[i]));
      }
      out[i] = gain(mu, sd);
    }
    return out;
  }

  /** Returns the sample-averaged gain (nats) of a top-fidelity posterior with means and sds [k]. */
  double gain(double[] mu, double[] sd) {
    double sum = 0;
    for (int s = 0; s < lower.length; s++) {
      sum += gain(lower[s], upper[s], mu, sd);
    }
    return sum / lower.length;
  }

  /** Returns the truncated-Gaussian gain of one sample's cells (nats). */
  static double gain(double[][] lo, double[][] hi, double[] mu, double[] sd) {
    int k = mu.length;
    double z = 0;
    double t = 0;
    double[] zm = new double[k];
    double[] tm = new double[k];
    for (int c = 0; c < lo.length; c++) {
      double prod = 1;
      for (int m = 0; m < k; m++) {
        double a = (lo[c][m] - mu[m]) / sd[m];
        double b = (hi[c][m] - mu[m]) / sd[m];
        // Phi(b) - Phi(a) from the tail that keeps precision
        zm[m] = a > 0 ? NormalMath.cdf(-a) - NormalMath.cdf(-b) : NormalMath.cdf(b) - NormalMath.cdf(a);
        tm[m] = xPdf(a) - xPdf(b);
        prod *= zm[m];
      }
      z += prod;
      for (int m = 0; m < k; m++) {
        double others = 1;
        for (int m2 = 0; m2 < k; m2++) {
          if (m2 != m) {
            others *= zm[m2];
          }
        }
        t += others * tm[m];
      }
    }
    z = Math.max(z, InformationGain.PHI_FLOOR);
    return -Math.log(z) - t / (2 * z);
  }

  private static double xPdf(double x) {
    return Double.isInfinite(x) ? 0.0 : x * NormalMath.pdf(x);
  }
}
