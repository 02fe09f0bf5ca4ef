package org.xbarlab.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.xbarlab.RandomSource;
import org.xbarlab.device.ConductanceRange;
import tech.tablesaw.api.Table;

class ReadNoiseTest {
  private static final double GMAX = 3.33e-4;
  private static final double GMIN = 3.33e-7;
  private static final double DG = (GMAX - GMIN) / 128;

  @Test
  void sanityValuesFromPapersMd() {
    ReadNoise at10MHz = ReadNoise.of(ReadConditions.of(0.1, 10e6, 300), DG);
    ReadNoise at1GHz = ReadNoise.of(ReadConditions.of(0.1, 1e9, 400), DG);
    assertEquals(0.34, at10MHz.sigmaSiemens(GMAX) / DG, 0.01);
    assertEquals(0.62, at1GHz.sigmaSiemens(GMAX) / DG, 0.01);
  }

  @Test
  void formulaTermByTerm() {
    ReadNoise n = ReadNoise.of(ReadConditions.of(0.2, 5e8, 350), 1e-6);
    double g = 1e-4;
    double expected =
        Math.sqrt(g * 5e8 * (4 * 1.38e-23 * 350 + 2 * 1.6e-19 * 0.2) / 0.04 + 1e-12 / 9);
    assertEquals(expected, n.sigmaSiemens(g), expected * 1e-12);
    assertEquals(0.0, n.sigmaSiemens(Double.NaN));
  }

  @Test
  void sampledMeanAndVarianceMatchAnalytic() {
    ReadNoise n = ReadNoise.of(ReadConditions.of(0.1, 1e9, 400), DG);
    RandomSource rng = RandomSource.seeded(11);
    int samples = 200_000;
    double sum = 0;
    double sumSq = 0;
    for (int i = 0; i < samples; i++) {
      double d = n.sample(GMAX, rng) - GMAX;
      sum += d;
      sumSq += d * d;
    }
    double sigma = n.sigmaSiemens(GMAX);
    double mean = sum / samples;
    double var = sumSq / samples - mean * mean;
    // standard error of the mean: sigma/sqrt(n); of the variance: sigma^2*sqrt(2/n); 5 SE each
    assertEquals(0.0, mean, 5 * sigma / Math.sqrt(samples));
    assertEquals(sigma * sigma, var, 5 * sigma * sigma * Math.sqrt(2.0 / samples));
  }

  @Test
  void sameSeedSameSamples() {
    ReadNoise n = ReadNoise.of(ReadConditions.pytorx(), DG);
    assertEquals(n.sample(1e-4, RandomSource.seeded(3)), n.sample(1e-4, RandomSource.seeded(3)));
  }

  @Test
  void sigmaTableGrowsWithConductance() {
    Table t = NoiseTables.sigmaVersusConductance(
        ConductanceRange.of(GMIN, GMAX), 7, ReadConditions.of(0.1, 1e9, 400), 5);
    assertEquals(5, t.rowCount());
    double[] s = t.doubleColumn("sigma_S").asDoubleArray();
    for (int i = 1; i < s.length; i++) {
      assertTrue(s[i] > s[i - 1]);
    }
    assertEquals(0.62, t.doubleColumn("sigma_over_step").get(4), 0.01);
  }
}
