package org.xbarlab.crossbar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.xbarlab.RandomSource;

/**
 * Pins the engine's read-out under the PytorX noise stack and stuck-at faults to the values of the
 * engine before the noise effects became separate classes (XbarLab 21fc523): same seed, same
 * numbers, so a refactoring of the effect chain cannot silently change published notebook tables.
 */
class NoiseChainGoldenTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "ideal, -40.27497653942555, 1043.9067153892286",
    "readNoise, -40.43447461404503, 1043.8477207814465",
    "telegraph, -40.33074592612684, 1044.69180425376",
    "pytorx, -40.28459803484293, 1044.809186162476",
    "faults, -1.6607384029775858, 1102.1642255451445",
  })
  void readOutMatchesThePreviousEngine(String name, double sum, double sumOfSquares) {
    CrossbarConfig base = CrossbarConfig.pytorx().toIdeal().withCrossbarSize(32);
    CrossbarConfig cfg = switch (name) {
      case "ideal" -> base;
      case "readNoise" -> base.withReadNoise(true);
      case "telegraph" -> base.withRandomTelegraphNoise(true);
      case "pytorx" -> CrossbarConfig.pytorx().withCrossbarSize(32);
      case "faults" -> base.withStuckAtFaults(0.1, 1.0);
      default -> throw new IllegalArgumentException(name);
    };
    INDArray w = TestNets.uniform(new long[] {70, 90}, 3).subi(0.5);
    EffectiveWeights chip = EffectiveWeights.program(w, cfg, RandomSource.seeded(11));
    double s = 0;
    double q = 0;
    for (long seed : new long[] {12, 13}) {
      for (float x : chip.read(RandomSource.seeded(seed)).data().asFloat()) {
        s += x;
        q += x * (double) x;
      }
    }
    assertEquals(sum, s, 1e-9 * Math.abs(sum));
    assertEquals(sumOfSquares, q, 1e-12 * sumOfSquares);
  }
}
