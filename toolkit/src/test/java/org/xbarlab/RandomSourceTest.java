package org.xbarlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RandomSourceTest {
  @Test
  void splitsAreReproducibleAndIndependentOfParentDraws() {
    RandomSource a = RandomSource.seeded(7);
    RandomSource b = RandomSource.seeded(7);
    b.uniform();
    b.gaussian();
    assertEquals(a.split(3).uniform(), b.split(3).uniform());
    assertNotEquals(a.split(3).uniform(), a.split(4).uniform());
    assertEquals(a.split("faults").nextLong(), b.split("faults").nextLong());
  }

  @Test
  void gaussianSamplesHaveUnitMomentsWithinFiveStandardErrors() {
    RandomSource r = RandomSource.seeded(1);
    int n = 200_000;
    double sum = 0;
    double sumSq = 0;
    double sum4 = 0;
    for (int i = 0; i < n; i++) {
      double g = r.gaussian();
      sum += g;
      sumSq += g * g;
      sum4 += g * g * g * g;
    }
    double mean = sum / n;
    double var = sumSq / n - mean * mean;
    // Standard errors: mean 1/sqrt(n); variance sqrt(2/n) for a normal sample; 4th moment 3 ± sqrt(96/n).
    assertEquals(0, mean, 5 / Math.sqrt(n));
    assertEquals(1, var, 5 * Math.sqrt(2.0 / n));
    assertEquals(3, sum4 / n, 5 * Math.sqrt(96.0 / n));
  }

  /**
   * Kolmogorov-Smirnov distance to the normal CDF below the 0.1% critical value 1.95/sqrt(n), and
   * the tail masses beyond 2, 3 and 3.44 (the ziggurat's tail start) and 4 within five binomial
   * standard errors.
   */
  @Test
  void gaussianSamplesFollowTheNormalDistributionIncludingTails() {
    RandomSource r = RandomSource.seeded(11);
    int n = 400_000;
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = r.gaussian();
    }
    java.util.Arrays.sort(x);
    org.apache.commons.math3.distribution.NormalDistribution normal =
        new org.apache.commons.math3.distribution.NormalDistribution(0, 1);
    double d = 0;
    for (int i = 0; i < n; i++) {
      double f = normal.cumulativeProbability(x[i]);
      d = Math.max(d, Math.max(f - (double) i / n, (double) (i + 1) / n - f));
    }
    assertTrue(d < 1.95 / Math.sqrt(n), "KS distance " + d);
    for (double t : new double[] {2, 3, 3.442619855899, 4}) {
      long beyond = java.util.Arrays.stream(x).filter(v -> Math.abs(v) > t).count();
      double p = 2 * normal.cumulativeProbability(-t);
      assertEquals(p * n, beyond, 5 * Math.sqrt(n * p * (1 - p)), "tail beyond " + t);
    }
  }

  @Test
  void shuffleIsAPermutation() {
    int[] v = new int[100];
    for (int i = 0; i < v.length; i++) {
      v[i] = i;
    }
    RandomSource.seeded(3).shuffle(v);
    boolean moved = false;
    boolean[] seen = new boolean[100];
    for (int i = 0; i < v.length; i++) {
      seen[v[i]] = true;
      moved |= v[i] != i;
    }
    assertTrue(moved);
    for (boolean s : seen) {
      assertTrue(s);
    }
  }
}
