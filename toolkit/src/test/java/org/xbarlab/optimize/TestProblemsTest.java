package org.xbarlab.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TestProblemsTest {
  @Test
  void braninAndCurrinAtTopFidelityMatchTheClassicFunctions() {
    // Branin global minimum 0.397887 at (-pi, 12.275), scaled to the unit square
    double[] opt = {(5 - Math.PI) / 15, 12.275 / 15};
    assertEquals(-0.397887, TestProblems.braninCf(opt, 1.0), 1e-6);
    // Currin at (0.5, 0.5): (1 - e^-1) * 1868.5 / 159.5
    assertEquals(-(1 - Math.exp(-1)) * 1868.5 / 159.5,
        TestProblems.currinCf(new double[] {0.5, 0.5}, 1.0), 1e-12);
    // lower fidelities are biased, not identical
    assertTrue(Math.abs(TestProblems.braninCf(opt, 0.05) - TestProblems.braninCf(opt, 1.0)) > 0.1);
    Problem p = TestProblems.braninCurrin();
    assertEquals(20, p.fidelity().grid().length);
    assertEquals(0.05, p.fidelity().grid()[0], 1e-15);
    assertEquals(2.1, p.fidelity().costModel().cost(1.0), 1e-15);
    assertEquals((0.1 + Math.pow(0.05, 6.5) + 0.0025) / 2.1,
        p.fidelity().costModel().normalized(0.05), 1e-15);
    Evaluation e = p.evaluator().evaluate(new double[] {0.5, 0.5}, 0.5);
    assertEquals(0.1 + Math.pow(0.5, 6.5) + 0.25, e.cost(), 1e-15);
  }

  @Test
  void zdtFrontsHaveTheirKnownShape() {
    double[] x = new double[10];
    x[0] = 0.25;
    assertArrayEquals(new double[] {0.25, 0.5},
        TestProblems.zdt1(10).evaluator().evaluate(x, 1.0).objectives(), 1e-15);
    assertArrayEquals(new double[] {0.25, 1 - 0.0625},
        TestProblems.zdt2(10).evaluator().evaluate(x, 1.0).objectives(), 1e-15);
    x[5] = 1.0; // g = 2 moves the point off the front
    assertEquals(2 * (1 - Math.sqrt(0.125)),
        TestProblems.zdt1(10).evaluator().evaluate(x, 1.0).objective(1), 1e-12);
  }

  @Test
  void multiFidelityZdt1IsZdt1AtTheTopAndBiasedBelow() {
    Problem mf = TestProblems.zdt1MultiFidelity(5);
    Problem plain = TestProblems.zdt1(5);
    double[] x = {0.3, 0.1, 0.2, 0.0, 0.4};
    Evaluation top = mf.evaluator().evaluate(x, 1.0);
    assertArrayEquals(plain.evaluator().evaluate(x, 1.0).objectives(), top.objectives(), 0);
    assertEquals(1.02, top.cost(), 1e-15);
    Evaluation low = mf.evaluator().evaluate(x, 0.1);
    assertEquals(0.27 * Math.sin(6 * Math.PI * 0.3), low.objective(1) - top.objective(1), 1e-12);
    assertEquals(0.12, low.cost(), 1e-15);
  }
}
