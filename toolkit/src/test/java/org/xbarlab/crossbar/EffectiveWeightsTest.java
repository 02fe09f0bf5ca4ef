package org.xbarlab.crossbar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.xbarlab.RandomSource;
import org.xbarlab.noise.LineResistanceMode;
import org.xbarlab.noise.RandomTelegraphNoise;
import org.xbarlab.noise.ReadNoise;

class EffectiveWeightsTest {
  private static INDArray randomWeights(long[] shape, long seed) {
    return TestNets.uniform(shape, seed).subi(0.5);
  }

  @Test
  void idealQuantisationErrorWithinHalfStep() {
    for (MappingScheme scheme : MappingScheme.values()) {
      for (int cellBits : new int[] {1, 2, 8}) {
        CrossbarConfig cfg = CrossbarConfig.ideal(8).withCellBits(cellBits)
            .withMappingScheme(scheme);
        for (long[] shape : new long[][] {{30, 20}, {6, 3, 3, 3}}) {
          INDArray w = randomWeights(shape, 3);
          EffectiveWeights chip = EffectiveWeights.program(w, cfg, RandomSource.seeded(1));
          INDArray eff = chip.read(RandomSource.seeded(2));
          assertArrayEquals(w.shape(), eff.shape());
          double dW = chip.weightStep();
          assertEquals(w.amaxNumber().doubleValue() / 127, dW, 1e-9);
          double err = eff.sub(w).amaxNumber().doubleValue();
          assertTrue(err <= dW / 2 * (1 + 1e-4), scheme + " cellBits " + cellBits + " err " + err);
        }
      }
    }
  }

  @Test
  void readNoiseMomentsMatchAnalytic() {
    // every weight at +max: G+ = Gmin + 127 dG, G- = Gmin; w_eff = (G+ - G-) * dW / dG
    CrossbarConfig cfg = CrossbarConfig.pytorx().toIdeal().withReadNoise(true)
        .withFrequencyHertz(1e9).withTemperatureKelvin(400);
    INDArray w = Nd4j.ones(org.nd4j.linalg.api.buffer.DataType.FLOAT, 200, 200);
    EffectiveWeights chip = EffectiveWeights.program(w, cfg, RandomSource.seeded(4));
    double dG = cfg.levelStepSiemens();
    double gMin = cfg.device().gMinSiemens();
    ReadNoise rn = ReadNoise.of(cfg.read(), dG);
    double sPlus = rn.sigmaSiemens(gMin + 127 * dG);
    double sMinus = rn.sigmaSiemens(gMin);
    double dW = chip.weightStep();
    double sigma = Math.sqrt(sPlus * sPlus + sMinus * sMinus) * dW / dG;
    double sum = 0;
    double sq = 0;
    int n = 0;
    for (int r = 0; r < 3; r++) {
      float[] v = chip.read(RandomSource.seeded(10 + r)).data().asFloat();
      for (float x : v) {
        double d = x - 1.0;
        sum += d;
        sq += d * d;
        n++;
      }
    }
    double mean = sum / n;
    double var = sq / n - mean * mean;
    assertEquals(0.0, mean, 5 * sigma / Math.sqrt(n));
    assertEquals(sigma * sigma, var, 5 * sigma * sigma * Math.sqrt(2.0 / n));
  }

  @Test
  void rtnShiftsMeanByHalfTheJumpDifference() {
    CrossbarConfig cfg = CrossbarConfig.pytorx().toIdeal().withRandomTelegraphNoise(true);
    INDArray w = Nd4j.ones(org.nd4j.linalg.api.buffer.DataType.FLOAT, 200, 200);
    EffectiveWeights chip = EffectiveWeights.program(w, cfg, RandomSource.seeded(4));
    double dG = cfg.levelStepSiemens();
    double gMin = cfg.device().gMinSiemens();
    RandomTelegraphNoise rtn = RandomTelegraphNoise.pytorx();
    double jp = rtn.jumpSiemens(gMin + 127 * dG) * chip.weightStep() / dG;
    double jm = rtn.jumpSiemens(gMin) * chip.weightStep() / dG;
    float[] v = chip.read(RandomSource.seeded(5)).data().asFloat();
    double sum = 0;
    for (float x : v) {
      sum += x - 1.0;
    }
    int n = v.length;
    // each cell independently jumps with p = 0.5: var = 0.25 (jp^2 + jm^2)
    double se = Math.sqrt(0.25 * (jp * jp + jm * jm) / n);
    assertEquals(0.5 * (jp - jm), sum / n, 5 * se);
  }

  @Test
  void stuckAtFaultsFollowConvention() {
    INDArray w = randomWeights(new long[] {40, 40}, 6);
    // all SA1 (Gmax): both cells of every pair at Gmax -> weight 0 (differential)
    INDArray allSa1 = EffectiveWeights.sample(w,
        CrossbarConfig.ideal(8).withStuckAtFaults(1.0, Double.POSITIVE_INFINITY),
        RandomSource.seeded(1));
    assertEquals(0.0, allSa1.amaxNumber().doubleValue(), 1e-6);
    // offset mapping, all SA0 (Gmin) -> every stored value 0 -> weight = -offset * dW = -max|W|
    INDArray allSa0 = EffectiveWeights.sample(w,
        CrossbarConfig.ideal(8).withMappingScheme(MappingScheme.OFFSET_REFERENCE_COLUMN)
            .withStuckAtFaults(1.0, 0.0), RandomSource.seeded(1));
    // reference cells are SA0 too (stay at Gmin), so the result is exactly -offset*dW
    assertEquals(-w.amaxNumber().doubleValue(), allSa0.maxNumber().doubleValue(), 1e-5);
    assertEquals(-w.amaxNumber().doubleValue(), allSa0.minNumber().doubleValue(), 1e-5);
  }

  @Test
  void sameSeedSameWeightsAndLineResistanceShrinksThem() {
    INDArray w = randomWeights(new long[] {64, 32}, 7);
    CrossbarConfig cfg = CrossbarConfig.resna().withCrossbarSize(64);
    assertEquals(EffectiveWeights.sample(w, cfg, RandomSource.seeded(9)),
        EffectiveWeights.sample(w, cfg, RandomSource.seeded(9)));
    CrossbarConfig ir = CrossbarConfig.ideal(8).withWireResistanceOhms(2.0)
        .withLineResistanceMode(LineResistanceMode.FIRST_ORDER);
    ir = ir.withLines(ir.lines().withLoadResistanceOhms(4, 4));
    double ideal = EffectiveWeights.sample(w, CrossbarConfig.ideal(8), RandomSource.seeded(1))
        .norm1Number().doubleValue();
    double first = EffectiveWeights.sample(w, ir, RandomSource.seeded(1)).norm1Number()
        .doubleValue();
    double exact = EffectiveWeights.sample(w, ir.withLineResistanceMode(LineResistanceMode.EXACT),
        RandomSource.seeded(1)).norm1Number().doubleValue();
    assertTrue(first < ideal && exact < ideal, first + " " + exact + " " + ideal);
  }
}
