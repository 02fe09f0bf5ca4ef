package org.xbarlab.optimize;

import java.util.Arrays;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;

/**
 * DTLZ2 (Deb, Thiele, Laumanns and Zitzler, "Scalable test problems for evolutionary
 * multi-objective optimization", 2005) and its multi-fidelity variant used by
 * {@link TestProblems#dtlz2MultiFidelity}. With M objectives and n &ge; M variables in [0, 1],
 * {@code g = sum_{i >= M-1} (x_i - 0.5)^2} and
 * {@code f_j = (1 + g) cos(x_0 pi/2) ... cos(x_{M-j-2} pi/2) [sin(x_{M-j-1} pi/2) if j > 0]}, all
 * minimised. The Pareto front is the positive orthant of the unit sphere (g = 0), so the
 * hypervolume of the true front is known in closed form ({@link #trueHypervolume}).
 *
 * <p>Multi-fidelity bias (an XbarLab construction, not from the literature): at fidelity z, with
 * {@code s = 1 - z}, a biased objective j is {@code (1 + g_z) h_j(x) + 0.1 s cos(2 pi x_0 + j)}
 * where {@code g_z = sum (x_i - 0.5 + 0.2 s)^2} moves the low-fidelity optimum of the distance
 * variables; an exact objective is DTLZ2's at every fidelity. At z = 1 all objectives are DTLZ2.
 */
public final class Dtlz2 {
  private Dtlz2() {}

  /**
   * Returns DTLZ2's objective values [objectives] at design {@code x} [n], n &ge; objectives.
   *
   * @param x design in [0, 1]^n
   * @param objectives M &ge; 2
   */
  public static double[] values(double[] x, int objectives) {
    return values(x, 1.0, objectives, new boolean[objectives]);
  }

  /**
   * Returns the multi-fidelity values [objectives] at design {@code x} [n] and fidelity {@code z}:
   * objective j is biased unless {@code exact[j]}.
   *
   * @param x design in [0, 1]^n, n &ge; objectives
   * @param z fidelity in (0, 1]; 1 gives DTLZ2
   * @param objectives M &ge; 2
   * @param exact [objectives] true for objectives that are exact at every fidelity
   */
  public static double[] values(double[] x, double z, int objectives, boolean[] exact) {
    check(objectives, x.length);
    double s = 1 - z;
    double g = 0;
    double gz = 0;
    for (int i = objectives - 1; i < x.length; i++) {
      g += (x[i] - 0.5) * (x[i] - 0.5);
      gz += (x[i] - 0.5 + 0.2 * s) * (x[i] - 0.5 + 0.2 * s);
    }
    double[] f = new double[objectives];
    for (int j = 0; j < objectives; j++) {
      double h = 1;
      for (int i = 0; i < objectives - j - 1; i++) {
        h *= Math.cos(x[i] * Math.PI / 2);
      }
      if (j > 0) {
        h *= Math.sin(x[objectives - j - 1] * Math.PI / 2);
      }
      f[j] = exact[j] ? (1 + g) * h
          : (1 + gz) * h + 0.1 * s * Math.cos(2 * Math.PI * x[0] + j);
    }
    return f;
  }

  /**
   * Returns the hypervolume of DTLZ2's true front against {@code reference} [M] (minimised),
   * {@code prod(r_j) - V_M / 2^M} with {@code V_M = pi^(M/2) / Gamma(M/2 + 1)} the unit ball's
   * volume: a point of the box is dominated exactly when its norm is at least 1.
   *
   * @param reference every coordinate &ge; 1, so the whole front lies inside the box
   */
  public static double trueHypervolume(double[] reference) {
    if (reference == null || reference.length < 2) {
      throw new ConfigException("reference", reference == null ? "null" : reference.length
          + " values", "at least 2 coordinates, one per objective");
    }
    double box = 1;
    for (double r : reference) {
      if (!(r >= 1) || !Double.isFinite(r)) {
        throw new ConfigException("reference", Arrays.toString(reference),
            "finite coordinates >= 1 (the front spans [0, 1] in every objective)");
      }
      box *= r;
    }
    int m = reference.length;
    return box - unitBallVolume(m) / Math.pow(2, m);
  }

  /** Returns the volume of the unit ball in {@code m} dimensions, by its recursion over m. */
  static double unitBallVolume(int m) {
    double v0 = 1; // V_0
    double v1 = 2; // V_1
    if (m == 0) {
      return v0;
    }
    double[] v = new double[m + 1];
    v[0] = v0;
    v[1] = v1;
    for (int d = 2; d <= m; d++) {
      v[d] = 2 * Math.PI / d * v[d - 2];
    }
    return v[m];
  }

  /**
   * Returns {@code points} seeded random points [points x objectives] on the true front (uniform
   * directions in the positive orthant), for approximate references and plots.
   */
  public static double[][] frontSample(int objectives, int points, long seed) {
    check(objectives, objectives);
    if (points < 1) {
      throw new ConfigException("points", points, "an integer >= 1");
    }
    RandomSource rng = RandomSource.seeded(seed);
    double[][] out = new double[points][objectives];
    for (double[] p : out) {
      double norm = 0;
      for (int j = 0; j < objectives; j++) {
        p[j] = Math.abs(rng.gaussian());
        norm += p[j] * p[j];
      }
      norm = Math.sqrt(norm);
      for (int j = 0; j < objectives; j++) {
        p[j] /= norm;
      }
    }
    return out;
  }

  private static void check(int objectives, int variables) {
    if (objectives < 2) {
      throw new ConfigException("objectives", objectives, "an integer >= 2");
    }
    if (variables < objectives) {
      throw new ConfigException("variables", variables,
          "at least the number of objectives (" + objectives + ")");
    }
  }
}
