package org.xbarlab.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrontThresholdsTest {
  // one sampled front of (error, cost): cheap and bad to costly and good
  private static final double[][] FRONT = {{0.5, 1.0}, {0.3, 2.0}, {0.1, 4.0}};

  @Test
  void withoutExactObjectivesTheThresholdIsTheFrontMinimum() {
    FrontThresholds t = FrontThresholds.of(List.<double[][]>of(FRONT), List.of(0, 1), List.of(), x -> null);
    assertTrue(t.isConstant());
    assertArrayEquals(new double[] {0.1, 1.0}, t.at(new double[] {0.5})[0], 0);
  }

  @Test
  void anExactCostGivesTheBestErrorOfTheFrontAtNoMoreCost() {
    // the design's exact cost is its first unit coordinate times 5
    FrontThresholds t = FrontThresholds.of(List.<double[][]>of(FRONT), List.of(0), List.of(1),
        x -> new double[] {5 * x[0]});
    assertFalse(t.isConstant());
    assertEquals(0.5, t.at(new double[] {0.2})[0][0], 0);  // cost 1: only the cheapest point
    assertEquals(0.3, t.at(new double[] {0.5})[0][0], 0);  // cost 2.5
    assertEquals(0.1, t.at(new double[] {1.0})[0][0], 0);  // cost 5: the whole front
    assertEquals(0.1, t.at(new double[] {0.1})[0][0], 0);  // cheaper than the front: minimum
  }
}
