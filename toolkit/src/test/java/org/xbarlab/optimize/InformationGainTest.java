package org.xbarlab.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.xbarlab.RandomSource;

class InformationGainTest {

  /** Entropy of a truncated standard normal (x >= -gamma), closed form. */
  private static double truncatedEntropy(double gamma) {
    double z = NormalMath.cdf(gamma);
    double phi = NormalMath.pdf(gamma);
    return 0.5 * Math.log(2 * Math.PI * Math.E) + Math.log(z) - gamma * phi / (2 * z);
  }

  @Test
  void truncatedGaussianIsTheEntropyDrop() {
    for (double g = -3; g <= 5; g += 0.25) {
      double expected = 0.5 * Math.log(2 * Math.PI * Math.E) - truncatedEntropy(g);
      assertEquals(expected, InformationGain.truncatedGaussian(g), 1e-6, "gamma " + g);
    }
    assertTrue(InformationGain.truncatedGaussian(-2) > InformationGain.truncatedGaussian(0));
    assertEquals(0.0, InformationGain.truncatedGaussian(9), 1e-12);
  }

  @Test
  void extendedGaussianLimits() {
    for (double g = -3; g <= 4; g += 0.5) {
      // uncorrelated lower fidelity carries no information about the top-fidelity maximum
      assertEquals(0.0, InformationGain.extendedGaussianExact(g, 0.0), 1e-6);
      // towards full correlation the gain approaches TG from below, linearly in sqrt(1 - rho^2)
      double tg = InformationGain.truncatedGaussian(g);
      double gapA = tg - InformationGain.extendedGaussianExact(g, Math.sqrt(1 - 0.02 * 0.02));
      double gapB = tg - InformationGain.extendedGaussianExact(g, Math.sqrt(1 - 0.01 * 0.01));
      assertTrue(gapA > 0 && gapB > 0, "EG below TG at gamma " + g);
      assertEquals(2.0, gapA / gapB, 0.1, "linear approach at gamma " + g);
      // more correlation, more information
      assertTrue(InformationGain.extendedGaussianExact(g, 0.9)
          > InformationGain.extendedGaussianExact(g, 0.5));
    }
  }

  @Test
  void tableInterpolationMatchesDirectIntegration() {
    RandomSource rng = RandomSource.seeded(3);
    for (int i = 0; i < 300; i++) {
      double g = -5.5 + 13 * rng.uniform();
      double rho = rng.uniform();
      assertEquals(InformationGain.extendedGaussianExact(g, rho),
          InformationGain.extendedGaussian(g, rho), 2e-3, "gamma " + g + " rho " + rho);
    }
  }
}
