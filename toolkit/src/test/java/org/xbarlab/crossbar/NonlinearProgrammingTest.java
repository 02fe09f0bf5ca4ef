package org.xbarlab.crossbar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.xbarlab.RandomSource;

/** Open-loop programming through NeuroSim's non-linear pulse response, in the engine. */
class NonlinearProgrammingTest {
  private static INDArray weights() {
    return TestNets.uniform(new long[] {48, 40}, 4).subi(0.5);
  }

  @Test
  void linearResponseIsTheLevelGridExactly() {
    CrossbarConfig cfg = CrossbarConfig.ideal(6);
    INDArray grid = EffectiveWeights.program(weights(), cfg, RandomSource.seeded(1))
        .read(RandomSource.seeded(2));
    INDArray linear = EffectiveWeights.program(weights(),
        cfg.withWeightUpdateNonlinearity(0, 0), RandomSource.seeded(1)).read(RandomSource.seeded(2));
    assertEquals(0.0, linear.sub(grid).amaxNumber().doubleValue(), 0.0);
  }

  @Test
  void strongNonlinearityMagnifiesSmallWeightsAndKeepsZeros() {
    for (MappingScheme scheme : new MappingScheme[] {MappingScheme.DIFFERENTIAL_PAIR,
        MappingScheme.DIFFERENTIAL_PAIR_ZERO_AT_GMAX}) {
      CrossbarConfig cfg = CrossbarConfig.ideal(6).withMappingScheme(scheme);
      EffectiveWeights exact = EffectiveWeights.program(weights(), cfg, RandomSource.seeded(1));
      INDArray w = exact.read(RandomSource.seeded(2));
      INDArray nl = EffectiveWeights.program(weights(), cfg.withWeightUpdateNonlinearity(4, -4),
          RandomSource.seeded(1)).read(RandomSource.seeded(2));
      double step = exact.weightStep();
      for (long k = 0; k < w.length(); k++) {
        double target = w.getDouble(k);
        double got = nl.getDouble(k);
        if (target == 0) {
          assertEquals(0.0, got, 1e-6 * step, scheme + " moved a zero weight");
        } else {
          // the steep start of the curve overshoots: same sign, larger magnitude
          assertTrue(Math.signum(got) == Math.signum(target) && Math.abs(got) >= Math.abs(target),
              scheme + ": " + target + " -> " + got);
        }
      }
      // one level (1/32 of the pulses of a 5-bit magnitude) reaches 0.1124 of the window: 3.6 levels
      double ratio = nl.norm1Number().doubleValue() / w.norm1Number().doubleValue();
      assertTrue(ratio > 1.2, scheme + ": mean magnification " + ratio);
    }
  }
}
