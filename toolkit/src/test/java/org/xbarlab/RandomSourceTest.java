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
