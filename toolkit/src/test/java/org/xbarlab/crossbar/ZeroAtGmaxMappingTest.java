package org.xbarlab.crossbar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.xbarlab.RandomSource;
import org.xbarlab.SampleStatistics;
import org.xbarlab.nn.Network;

/** The mapping transformation's scheme (papers.md 4.4): same network, different fault exposure. */
class ZeroAtGmaxMappingTest {
  private static final MappingScheme PAIR = MappingScheme.DIFFERENTIAL_PAIR;
  private static final MappingScheme MT = MappingScheme.DIFFERENTIAL_PAIR_ZERO_AT_GMAX;

  @Test
  void withoutFaultsBothPairsComputeTheSameNetwork() {
    Network net = Network.of(TestNets.smallConvNet(5));
    INDArray images = TestNets.images(64, 6);
    // 16-bit converters: float rounding of conductances near Gmax must not flip an ADC level
    for (int cellBits : new int[] {4, 8}) {
      CrossbarConfig cfg = CrossbarConfig.ideal(16).withCellBits(cellBits).withCrossbarSize(32);
      INDArray pair = CrossbarMapping.map(net, cfg.withMappingScheme(PAIR), images).programIdeal()
          .output(images, RandomSource.seeded(1));
      INDArray mt = CrossbarMapping.map(net, cfg.withMappingScheme(MT), images).programIdeal()
          .output(images, RandomSource.seeded(1));
      assertEquals(0.0, mt.sub(pair).amaxNumber().doubleValue(), 1e-5, "cellBits " + cellBits);
    }
  }

  /** Mean squared weight error over seeded chips, in units of the weight step squared. */
  private static double[] weightError(MappingScheme scheme, double rate, double sa1ToSa0) {
    // weights concentrated near zero, as trained networks' are
    INDArray w = TestNets.uniform(new long[] {64, 64}, 3).subi(0.5);
    w.muli(w).muli(w).muli(8);
    CrossbarConfig cfg = CrossbarConfig.ideal(8).withMappingScheme(scheme)
        .withStuckAtFaults(rate, sa1ToSa0);
    int chips = 8;
    double[] mse = new double[chips];
    for (int c = 0; c < chips; c++) {
      EffectiveWeights chip = EffectiveWeights.program(w, cfg, RandomSource.seeded(100 + c));
      double step = chip.weightStep();
      INDArray d = chip.read(RandomSource.seeded(c)).sub(w).divi(step);
      mse[c] = d.mul(d).meanNumber().doubleValue();
    }
    return mse;
  }

  @Test
  void zerosAtGmaxShrugOffSa1DominantFaultsAndSufferSa0Dominant() {
    double[] pairSa1 = weightError(PAIR, 0.1, 5.0);
    double[] mtSa1 = weightError(MT, 0.1, 5.0);
    double[] pairSa0 = weightError(PAIR, 0.1, 0.2);
    double[] mtSa0 = weightError(MT, 0.1, 0.2);
    // SA1 (Gmax) dominant: MT's near-zero weights already sit at Gmax
    assertTrue(SampleStatistics.mean(pairSa1) - SampleStatistics.mean(mtSa1) > 2 * Math.hypot(SampleStatistics.standardError(pairSa1), SampleStatistics.standardError(mtSa1)),
        "SA1 5:1: pair " + SampleStatistics.mean(pairSa1) + " MT " + SampleStatistics.mean(mtSa1));
    // SA0 (Gmin) dominant: the conventional pair's zeros sit at Gmin, MT's do not
    assertTrue(SampleStatistics.mean(mtSa0) - SampleStatistics.mean(pairSa0) > 2 * Math.hypot(SampleStatistics.standardError(mtSa0), SampleStatistics.standardError(pairSa0)),
        "SA1 1:5: pair " + SampleStatistics.mean(pairSa0) + " MT " + SampleStatistics.mean(mtSa0));
  }
}
