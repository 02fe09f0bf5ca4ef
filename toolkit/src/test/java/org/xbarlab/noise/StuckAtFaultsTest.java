package org.xbarlab.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;
import org.xbarlab.device.ConductanceRange;

class StuckAtFaultsTest {
  @Test
  void countsFollowBinomialForRateAndRatio() {
    int n = 400_000;
    StuckAtFaults f = StuckAtFaults.of(0.1, 5.0); // SA1:SA0 = 5:1
    FaultMap map = f.sample(n, RandomSource.seeded(1));
    double p1 = 0.1 * 5 / 6;
    double p0 = 0.1 / 6;
    assertEquals(n * p1, map.countSa1(), 5 * Math.sqrt(n * p1 * (1 - p1)));
    assertEquals(n * p0, map.countSa0(), 5 * Math.sqrt(n * p0 * (1 - p0)));
  }

  @Test
  void conventionSa0IsGminSa1IsGmax() {
    ConductanceRange r = ConductanceRange.of(1e-6, 1e-4);
    FaultMap all1 = StuckAtFaults.of(1.0, Double.POSITIVE_INFINITY).sample(10, RandomSource.seeded(2));
    FaultMap all0 = StuckAtFaults.of(1.0, 0.0).sample(10, RandomSource.seeded(2));
    assertEquals(10, all1.countSa1());
    assertEquals(10, all0.countSa0());
    assertEquals(1e-4, all1.apply(3, 5e-5, r));
    assertEquals(1e-6, all0.apply(3, 5e-5, r));
    assertEquals(0, StuckAtFaults.of(0.0, 1.0).sample(1000, RandomSource.seeded(3)).countSa0());
  }

  @Test
  void invalidRateNamesField() {
    ConfigException e = assertThrows(ConfigException.class, () -> StuckAtFaults.of(1.5, 1));
    assertEquals("stuckAtRate", e.field());
    assertTrue(e.getMessage().contains("[0, 1]"));
  }

  @Test
  void variationMomentsMatch() {
    DeviceToDeviceVariation d = DeviceToDeviceVariation.of(0.05);
    RandomSource rng = RandomSource.seeded(9);
    int n = 100_000;
    double sum = 0;
    double sq = 0;
    for (int i = 0; i < n; i++) {
      double v = d.program(1.0, rng) - 1.0;
      sum += v;
      sq += v * v;
    }
    double mean = sum / n;
    assertEquals(0, mean, 5 * 0.05 / Math.sqrt(n));
    assertEquals(0.0025, sq / n - mean * mean, 5 * 0.0025 * Math.sqrt(2.0 / n));
  }
}
