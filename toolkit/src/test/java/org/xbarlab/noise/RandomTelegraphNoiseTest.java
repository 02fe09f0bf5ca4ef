package org.xbarlab.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.xbarlab.RandomSource;

class RandomTelegraphNoiseTest {
  private final RandomTelegraphNoise rtn = RandomTelegraphNoise.pytorx();

  @Test
  void jumpMatchesPytorxFormulaAboveThreshold() {
    double g = 3.33e-4;
    double x = 0.0015 * g + 1.662e-7;
    assertEquals(g * x / (g - x), rtn.jumpSiemens(g), 1e-18);
    assertEquals(0.002, rtn.jumpSiemens(g) / g, 0.0006);
  }

  @Test
  void jumpIsBoundedAndNeverNegative() {
    double threshold = rtn.minimumConductanceSiemens();
    assertEquals(1.662e-7 / (1 - 0.0015), threshold, 1e-15);
    for (double g : new double[] {3.33e-8, threshold, 1.2 * threshold, 2 * threshold, -1e-7, 0}) {
      double j = rtn.jumpSiemens(g);
      assertTrue(j >= 0, "jump >= 0 at G=" + g);
      assertTrue(j <= Math.max(g, 0), "jump <= G at G=" + g);
    }
  }

  @Test
  void jumpProbabilityIsHalf() {
    RandomSource rng = RandomSource.seeded(5);
    int n = 100_000;
    int jumps = 0;
    double g = 1e-4;
    for (int i = 0; i < n; i++) {
      if (rtn.sample(g, rng) > g) {
        jumps++;
      }
    }
    // binomial(n, 0.5): 5 standard deviations
    assertEquals(0.5 * n, jumps, 5 * Math.sqrt(n * 0.25));
  }
}
