package org.xbarlab.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.xbarlab.ConfigException;

class Dtlz2Test {
  @Test
  void paretoOptimalDesignsLieOnTheUnitSphereAtTheTopFidelity() {
    double[] x = {0.3, 0.8, 0.5, 0.5, 0.5}; // distance variables at 0.5: g = 0
    for (int m : new int[] {3, 4}) {
      double[] f = Dtlz2.values(x, m);
      double norm = 0;
      for (double v : f) {
        norm += v * v;
      }
      assertEquals(1.0, norm, 1e-12);
    }
    double[] off = Dtlz2.values(new double[] {0.3, 0.8, 0.9, 0.1, 0.5}, 3);
    double norm = off[0] * off[0] + off[1] * off[1] + off[2] * off[2];
    assertEquals((1 + 0.32) * (1 + 0.32), norm, 1e-12); // g = 0.16 + 0.16
  }

  @Test
  void trueHypervolumeIsTheBoxMinusTheBallOrthant() {
    // 3 objectives: 1.1^3 - (4/3 pi) / 8
    assertEquals(1.331 - Math.PI / 6, Dtlz2.trueHypervolume(new double[] {1.1, 1.1, 1.1}), 1e-12);
    // 4 objectives: V_4 = pi^2 / 2
    assertEquals(Math.pow(1.1, 4) - Math.PI * Math.PI / 32,
        Dtlz2.trueHypervolume(new double[] {1.1, 1.1, 1.1, 1.1}), 1e-12);
    // a dense sample of the true front approaches it from below
    double[] ref = {1.1, 1.1, 1.1};
    double sampled = Hypervolume.of(Dtlz2.frontSample(3, 3000, 5), ref);
    double truth = Dtlz2.trueHypervolume(ref);
    assertTrue(sampled < truth && sampled > 0.97 * truth, sampled + " vs " + truth);
  }

  @Test
  void exactObjectivesIgnoreTheFidelityAndBiasedOnesVanishAtTheTop() {
    Problem p = TestProblems.dtlz2MultiFidelityWithExactObjectives(3, 6);
    Problem plain = TestProblems.dtlz2MultiFidelity(3, 6);
    double[] x = {0.2, 0.7, 0.4, 0.6, 0.55, 0.3};
    double[] low = p.evaluator().evaluate(x, 0.2).objectives();
    double[] top = p.evaluator().evaluate(x, 1.0).objectives();
    assertEquals(top[1], low[1], 0);
    assertEquals(top[2], low[2], 0);
    assertNotEquals(top[0], low[0]);
    assertEquals(java.util.Arrays.toString(Dtlz2.values(x, 3)),
        java.util.Arrays.toString(plain.evaluator().evaluate(x, 1.0).objectives()));
    assertEquals(Dtlz2.trueHypervolume(new double[] {1.1, 1.1, 1.1}),
        TestProblems.dtlz2TrueHypervolume(plain), 0);
  }

  @Test
  void badInputIsRejected() {
    assertThrows(ConfigException.class, () -> TestProblems.dtlz2MultiFidelity(1, 5));
    assertThrows(ConfigException.class, () -> TestProblems.dtlz2MultiFidelity(4, 3));
    assertThrows(ConfigException.class, () -> Dtlz2.trueHypervolume(new double[] {1.1, 0.9}));
    assertThrows(ConfigException.class,
        () -> TestProblems.dtlz2TrueHypervolume(TestProblems.braninCurrin()));
  }
}
