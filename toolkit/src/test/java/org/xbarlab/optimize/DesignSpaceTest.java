package org.xbarlab.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xbarlab.ConfigException;

class DesignSpaceTest {
  private final DesignSpace space = DesignSpace.of(Variable.integer("cellBits", 2, 8),
      Variable.ordinal("crossbarSize", 32, 64, 128), Variable.continuous("temperatureKelvin", 300, 400));

  @Test
  void unitCubeRoundTripsEveryDiscreteValue() {
    for (int bits = 2; bits <= 8; bits++) {
      for (double size : new double[] {32, 64, 128}) {
        double[] design = {bits, size, 350.5};
        double[] u = space.toUnit(design);
        for (double c : u) {
          assertTrue(c >= 0 && c <= 1);
        }
        assertArrayEquals(design, space.fromUnit(u), 1e-12);
        assertArrayEquals(u, space.snapUnit(u), 1e-15);
      }
    }
  }

  @Test
  void fromUnitCoversTheWholeRangeWithEqualCells() {
    Variable bits = Variable.integer("cellBits", 2, 8);
    assertEquals(2, bits.fromUnit(0.0));
    assertEquals(8, bits.fromUnit(1.0));
    assertEquals(2, bits.fromUnit(0.999 / 7));
    assertEquals(3, bits.fromUnit(1.001 / 7));
    assertEquals(7, bits.cardinality());
    Variable size = Variable.ordinal("crossbarSize", 32, 64, 128);
    assertEquals(64, size.fromUnit(0.5));
    assertEquals(128, size.fromUnit(0.7));
    assertEquals(300, Variable.continuous("t", 300, 400).fromUnit(-0.5), 0);
  }

  @Test
  void swappedBoundsGiveAHelpfulMessage() {
    ConfigException e = assertThrows(ConfigException.class, () -> Variable.integer("cellBits", 5, 2));
    assertEquals("cellBits.lower", e.field());
    assertTrue(e.getMessage().contains("lower bound 5 exceeds upper bound 2 \u2014 swapped?"),
        e.getMessage());
    assertThrows(ConfigException.class, () -> Variable.continuous("t", 1, 1));
    ConfigException o = assertThrows(ConfigException.class,
        () -> Variable.ordinal("crossbarSize", 64, 32));
    assertTrue(o.getMessage().contains("sort them?"), o.getMessage());
    assertThrows(ConfigException.class, () -> Variable.ordinal("crossbarSize", 64));
    assertThrows(ConfigException.class,
        () -> DesignSpace.of(Variable.integer("a", 0, 1), Variable.integer("a", 0, 2)));
    ConfigException v = assertThrows(ConfigException.class,
        () -> space.toUnit(new double[] {9, 64, 350}));
    assertEquals("cellBits", v.field());
    assertThrows(ConfigException.class, () -> space.fromUnit(new double[] {0.5}));
  }

  @Test
  void objectiveSignFlipAndProblemValidation() {
    Objective acc = Objective.maximize("accuracy_top1");
    assertEquals(-0.9, acc.toMinimized(0.9), 0);
    assertEquals(0.9, acc.fromMinimized(acc.toMinimized(0.9)), 0);
    assertEquals(5.0, Objective.minimize("energy_pJ").toMinimized(5.0), 0);
    ConfigException e = assertThrows(ConfigException.class, () -> Problem.of("p", space,
        List.of(Objective.minimize("energy_pJ")), new double[] {1, 2},
        (x, z) -> new Evaluation(new double[] {1}, 1)));
    assertEquals("problem.referencePoint", e.field());
    assertThrows(ConfigException.class, () -> Problem.of("p", space,
        List.of(Objective.minimize("cellBits")), new double[] {1},
        (x, z) -> new Evaluation(new double[] {1}, 1)));
    assertThrows(ConfigException.class, () -> new Evaluation(new double[] {Double.NaN}, 1));
    assertThrows(ConfigException.class, () -> new Evaluation(new double[] {1}, -1));
    assertThrows(ConfigException.class, () -> Fidelity.range(0, 10, FidelityCostModel.linear()));
    assertThrows(ConfigException.class, () -> Termination.maxEvaluations(0));
    assertThrows(ConfigException.class, () -> Termination.maxCost(-1));
    assertArrayEquals(new double[] {0.25, 0.5, 0.75, 1.0},
        Fidelity.range(0.25, 4, FidelityCostModel.linear()).grid(), 1e-15);
  }
}
