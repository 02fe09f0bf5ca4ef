package org.xbarlab.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The run's bookkeeping: no design is evaluated twice at one fidelity, finite grids end cleanly. */
class RunTest {

  /** A 3 x 2 grid (6 designs), two minimised objectives, unit cost; counts evaluator calls. */
  static Problem grid(AtomicInteger calls) {
    DesignSpace space = DesignSpace.of(Variable.integer("a", 0, 2), Variable.ordinal("b", 1, 4));
    return Problem.of("grid-6", space, List.of(Objective.minimize("f1"), Objective.minimize("f2")),
        new double[] {10, 10}, (x, z) -> {
          calls.incrementAndGet();
          return new Evaluation(new double[] {x[0] + x[1], 4 - x[0] + 0.5 * x[1]}, 1.0);
        });
  }

  /** An algorithm that proposes the design {@code u} {@code repeats} times, then a new one. */
  private static Algorithm repeating(double[] u, int repeats, List<Observation> seen) {
    return new Algorithm() {
      @Override
      public String describe() {
        return "repeat";
      }

      @Override
      public void run(Run run) {
        for (int i = 0; i < repeats; i++) {
          seen.add(run.evaluate(u, 1.0, i));
        }
        seen.add(run.evaluate(new double[] {0.1, 0.1}, 1.0, repeats));
      }
    };
  }

  @Test
  void aRepeatedProposalReturnsTheStoredObservationWithoutChargingCost() {
    AtomicInteger calls = new AtomicInteger();
    List<Observation> seen = new ArrayList<>();
    // 0.9 and 0.95 snap to the same grid design (a = 2, b = 4)
    OptimizationResult r = Optimization.minimize(grid(calls),
        repeating(new double[] {0.9, 0.95}, 4, seen), Termination.maxEvaluations(2), 1);
    assertEquals(2, calls.get(), "the repeated design is evaluated once");
    assertEquals(2, r.observations().size());
    assertEquals(2.0, r.totalCost(), 0, "duplicates are free");
    for (int i = 1; i < 4; i++) {
      assertSame(seen.get(0), seen.get(i), "the stored observation is returned");
    }
    assertEquals(1, seen.get(4).index());
  }

  @Test
  void randomSearchStopsCleanlyWhenAFiniteGridIsExhausted() {
    AtomicInteger calls = new AtomicInteger();
    OptimizationResult r = Optimization.minimize(grid(calls), RandomSearch.create(),
        Termination.maxEvaluations(50), 3);
    assertEquals(6, calls.get());
    assertEquals(6, r.observations().size());
    assertEquals(6, r.evaluations().intColumn("design_id").unique().size());
  }

  @Test
  void exhaustionIsPerFidelityAndEndsTheRunAtEveryLevel() {
    AtomicInteger calls = new AtomicInteger();
    Problem p = grid(calls).withFidelity(Fidelity.range(0.5, 2, FidelityCostModel.constant()));
    Algorithm all = new Algorithm() {
      @Override
      public String describe() {
        return "enumerate";
      }

      @Override
      public void run(Run run) {
        assertEquals(6, run.designCount());
        for (double z : new double[] {1.0, 0.5}) {
          for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 2; b++) {
              assertFalse(run.isFinished());
              run.evaluate(new double[] {(a + 0.5) / 3, (b + 0.5) / 2}, z, 0);
            }
          }
          assertTrue(run.isExhausted(z));
        }
        assertTrue(run.isFinished(), "every design at every level: nothing left to evaluate");
      }
    };
    assertEquals(12, Optimization.minimize(p, all, Termination.maxEvaluations(100), 1)
        .observations().size());
    assertEquals(12, calls.get());
  }
}
