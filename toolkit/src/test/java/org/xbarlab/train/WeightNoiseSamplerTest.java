package org.xbarlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;
import org.xbarlab.crossbar.CrossbarConfig;

/**
 * Contract of every sampler (shape, input untouched, seed determinism) and statistical checks of
 * RGN and PROG: sample standard deviation vs the analytic value. With n = 40 000 deviations the
 * relative standard error of a sample std is 1/sqrt(2n) = 0.35%; the tolerance is 2% (5.6 standard
 * errors), so a wrong formula (e.g. dW/2 instead of dW/3, or a missing factor 2) fails.
 */
class WeightNoiseSamplerTest {
  private static INDArray weights(long seed, long... shape) {
    RandomSource r = RandomSource.seeded(seed);
    INDArray w = Nd4j.zeros(DataType.FLOAT, shape);
    float[] v = new float[(int) w.length()];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) (r.uniform() - 0.5);
    }
    return Nd4j.create(v, shape, 'c');
  }

  private static double std(INDArray deviation) {
    double[] d = deviation.castTo(DataType.DOUBLE).data().asDouble();
    double sum = 0;
    double sq = 0;
    for (double x : d) {
      sum += x;
      sq += x * x;
    }
    double mean = sum / d.length;
    return Math.sqrt(sq / d.length - mean * mean);
  }

  private static double mean(INDArray deviation) {
    return deviation.castTo(DataType.DOUBLE).meanNumber().doubleValue();
  }

  @Test
  void everySamplerKeepsShapeLeavesInputAloneAndRepeatsWithSeed() {
    List<WeightNoiseSampler> samplers = List.of(WeightNoiseSampler.none(), WeightNoiseSampler.gaussian(0.1),
        WeightNoiseSampler.programming(4),
        WeightNoiseSampler.crossbar(CrossbarConfig.resna().withCycleVariationSigma(0.05)));
    for (WeightNoiseSampler s : samplers) {
      for (long[] shape : new long[][] {{30, 20}, {6, 3, 3, 3}}) {
        INDArray w = weights(1, shape);
        INDArray before = w.dup();
        INDArray a = s.sample(LayerRole.DENSE, w, RandomSource.seeded(9));
        INDArray b = s.sample(LayerRole.DENSE, w, RandomSource.seeded(9));
        assertArrayEquals(w.shape(), a.shape(), s.describe());
        assertEquals(w.dataType(), a.dataType(), s.describe());
        assertEquals(before, w, s.describe() + " must not modify its input");
        assertEquals(a, b, s.describe() + " same seed, same sample");
        if (s.method() != TrainingMethod.NOISE_UNAWARE) {
          assertNotEquals(a, s.sample(LayerRole.DENSE, w, RandomSource.seeded(10)), s.describe());
        }
      }
    }
  }

  @Test
  void gaussianNoiseHasSigmaRelativeTimesMaxAbsWeight() {
    INDArray w = weights(2, 200, 200);
    GaussianWeightNoise rgn = GaussianWeightNoise.of(0.1);
    double expected = 0.1 * w.amaxNumber().doubleValue();
    INDArray deviation = rgn.sample(LayerRole.DENSE, w, RandomSource.seeded(3)).sub(w);
    assertEquals(expected, std(deviation), 0.02 * expected);
    assertEquals(0, mean(deviation), 5 * expected / 200);
  }

  @Test
  void programmingNoiseIsAThirdOfALevelStepAroundTheQuantisedWeight() {
    INDArray w = weights(4, 200, 200);
    ProgrammingWeightNoise prog = ProgrammingWeightNoise.of(4);
    double step = 2 * w.amaxNumber().doubleValue() / 16;
    assertEquals(step, prog.levelStep(w), 1e-7);
    INDArray q = prog.quantize(w);
    // quantisation: on the grid, within half a step
    assertTrue(q.sub(w).amaxNumber().doubleValue() <= step / 2 + 1e-6);
    INDArray onGrid = q.div(step);
    assertTrue(onGrid.sub(org.nd4j.linalg.ops.transforms.Transforms.round(onGrid, true)).amaxNumber().doubleValue() < 1e-3);
    INDArray deviation = prog.sample(LayerRole.DENSE, w, RandomSource.seeded(5)).sub(q);
    assertEquals(step / 3, std(deviation), 0.02 * step / 3);
    assertEquals(0, mean(deviation), 5 * step / 3 / 200);
  }

  @Test
  void layerScaleShrinksConvolutionDeviationByOneOverSqrtDuplicates() {
    INDArray w = weights(6, 8, 4, 3, 3);
    NoiseModel full = NoiseModel.rgn(0.2);
    NoiseModel scaled = full.withLayerScale(LayerNoiseScale.kernelDuplication(4));
    INDArray dFull = full.noisyWeights(LayerRole.CONVOLUTION, w, RandomSource.seeded(7)).sub(w);
    INDArray dConv = scaled.noisyWeights(LayerRole.CONVOLUTION, w, RandomSource.seeded(7)).sub(w);
    INDArray dDense = scaled.noisyWeights(LayerRole.DENSE, w, RandomSource.seeded(7)).sub(w);
    assertTrue(dConv.sub(dFull.mul(0.5)).amaxNumber().doubleValue() < 1e-6, "conv deviation halves for k = 4");
    assertTrue(dDense.sub(dFull).amaxNumber().doubleValue() < 1e-6, "dense keeps the full model");
  }

  @Test
  void crossbarSamplerIsTheEngineEffectiveWeightAndGrowsWithFrequency() {
    INDArray w = weights(8, 128, 64);
    CrossbarConfig cool = CrossbarConfig.resna().withCellBits(2).withFrequencyHertz(10e6).withTemperatureKelvin(300);
    CrossbarConfig hot = cool.withFrequencyHertz(5e9).withTemperatureKelvin(400);
    double sCool = std(CrossbarWeightNoise.of(cool).sample(LayerRole.DENSE, w, RandomSource.seeded(1)).sub(w));
    double sHot = std(CrossbarWeightNoise.of(hot).sample(LayerRole.DENSE, w, RandomSource.seeded(1)).sub(w));
    assertEquals(org.xbarlab.crossbar.EffectiveWeights.sample(w, hot, RandomSource.seeded(1)),
        CrossbarWeightNoise.of(hot).sample(LayerRole.DENSE, w, RandomSource.seeded(1)));
    assertTrue(sHot > sCool, "noise grows with frequency and temperature: " + sCool + " -> " + sHot);
  }

  @Test
  void badSettingsNameTheirField() {
    assertEquals("sigmaRelative", assertThrows(ConfigException.class, () -> GaussianWeightNoise.of(-0.1)).field());
    assertEquals("sigmaRelative", assertThrows(ConfigException.class, () -> GaussianWeightNoise.of(Double.NaN)).field());
    assertEquals("cellBits", assertThrows(ConfigException.class, () -> ProgrammingWeightNoise.of(0)).field());
    assertEquals("config", assertThrows(ConfigException.class, () -> CrossbarWeightNoise.of(null)).field());
    assertEquals("duplicates", assertThrows(ConfigException.class, () -> LayerNoiseScale.kernelDuplication(0)).field());
    assertEquals("convolutionScale", assertThrows(ConfigException.class, () -> new LayerNoiseScale(1, -1)).field());
    assertEquals("sampler", assertThrows(ConfigException.class, () -> new NoiseModel(null, LayerNoiseScale.uniform())).field());
  }
}
