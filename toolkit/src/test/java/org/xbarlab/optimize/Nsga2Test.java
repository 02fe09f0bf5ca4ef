package org.xbarlab.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.xbarlab.ConfigException;
import tech.tablesaw.api.Table;

class Nsga2Test {

  @Test
  void neverEvaluatesTheSameDesignTwice() {
    AtomicInteger calls = new AtomicInteger();
    Problem base = TestProblems.braninCurrin();
    Problem counted = new Problem(base.name(), base.space(), base.objectives(), base.fidelity(),
        base.referencePoint(), (x, z) -> {
          calls.incrementAndGet();
          return base.evaluator().evaluate(x, z);
        });
    for (long seed = 1; seed <= 3; seed++) {
      calls.set(0);
      Table ev = Optimization.minimize(counted, new Nsga2(8), Termination.maxEvaluations(40), seed)
          .evaluations();
      assertEquals(40, ev.rowCount());
      assertEquals(40, calls.get(), "seed " + seed);
      assertEquals(40, ev.intColumn("design_id").unique().size(), "seed " + seed);
    }
  }

  @Test
  void stopsCleanlyWhenAFiniteGridIsExhausted() {
    AtomicInteger calls = new AtomicInteger();
    OptimizationResult r = Optimization.minimize(RunTest.grid(calls), new Nsga2(4),
        Termination.maxEvaluations(200), 5);
    assertEquals(6, calls.get());
    assertEquals(6, r.observations().size());
  }

  @Test
  void generationsGiveTheRealBaselineBudget() {
    Nsga2 nsga = new Nsga2(20);
    assertEquals(Termination.maxEvaluations(200), nsga.generations(10));
    assertThrows(ConfigException.class, () -> nsga.generations(0));
    // the generation number is recorded per evaluation, 0 for the initial population
    Table ev = Optimization.minimize(TestProblems.zdt1(3), nsga, nsga.generations(10), 2)
        .evaluations();
    assertEquals(200, ev.rowCount());
    assertEquals(0, ev.intColumn("iteration").get(0));
    assertEquals(0, ev.intColumn("iteration").get(19));
    assertEquals(true, ev.intColumn("iteration").max() >= 9);
  }
}
