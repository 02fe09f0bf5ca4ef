package org.xbarlab.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.xbarlab.Columns;
import org.xbarlab.ConfigException;
import tech.tablesaw.api.Table;

/**
 * Cost-to-reach statistics with failures kept: known answers for the median, the reduction and the
 * Wilcoxon test, censoring at the budget, early stop at the target, and identical methods
 * measuring no difference.
 */
class TargetComparisonTest {
  /** Ten designs on a known front: f1 = x, f2 = (9 - x)^2, every design Pareto-optimal. */
  private static Problem line() {
    double[] values = IntStream.range(0, 10).asDoubleStream().toArray();
    return Problem.of("ten-point-front", DesignSpace.of(Variable.ordinal("x", values)),
        List.of(Objective.minimize("f1"), Objective.minimize("f2")), new double[] {10, 100},
        (x, z) -> new Evaluation(new double[] {x[0], (9 - x[0]) * (9 - x[0])}, 1.0));
  }

  private static double trueHypervolume() {
    double[][] front = new double[10][];
    for (int x = 0; x < 10; x++) {
      front[x] = new double[] {x, (9 - x) * (9 - x)};
    }
    return Hypervolume.of(front, new double[] {10, 100});
  }

  private static final List<Long> SEEDS = LongStream.rangeClosed(1, 12).boxed().toList();

  private static TargetComparison compare(double stop, double budget) {
    return TargetComparison.run(line(), trueHypervolume(), stop,
        List.of(TargetComparison.method("random", RandomSearch.create()),
            TargetComparison.method("random again", RandomSearch.create()),
            TargetComparison.method("NSGA-II", new Nsga2(4))),
        budget, SEEDS, Optional.empty(), name -> OptimizationListener.none());
  }

  @Test
  void knownAnswers() {
    assertEquals(3.0, TargetComparison.median(new double[] {5, 1, 3}), 0.0);
    assertEquals(2.5, TargetComparison.median(new double[] {4, 1, 3, 2}), 0.0);
    assertEquals(75.0, TargetComparison.reductionPct(new double[] {1, 1, 1}, new double[] {4, 4, 4}), 1e-12);
    // Five pairs, every difference negative: exact two-sided p = 2 / 2^5.
    assertEquals(0.0625, TargetComparison.wilcoxon(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 6, 8, 10}), 1e-12);
    assertEquals(1.0, TargetComparison.wilcoxon(new double[] {3, 3}, new double[] {3, 3}), 0.0, "all ties: no evidence");
  }

  @Test
  void failuresAreCensoredAtTheBudgetAndRunsStopAtTheTarget() {
    double budget = 5;
    TargetComparison c = compare(0.9, budget);
    Table runs = c.costToReach(0.9);
    assertEquals(3 * SEEDS.size(), runs.rowCount(), "every run kept, failures included");
    int reached = 0;
    List<Double> censored = new ArrayList<>();
    for (int r = 0; r < runs.rowCount(); r++) {
      if (!runs.stringColumn(Columns.METHOD).get(r).equals("random")) {
        continue;
      }
      boolean ok = runs.booleanColumn(Columns.REACHED).get(r);
      double total = runs.doubleColumn(Columns.TOTAL_COST).get(r);
      if (ok) {
        reached++;
        assertEquals(runs.doubleColumn(Columns.COST_TO_REACH).get(r), total, 0.0, "stopped at the target");
        assertTrue(runs.doubleColumn(Columns.FRACTION).get(r) >= 0.9);
        censored.add(total);
      } else {
        assertTrue(runs.doubleColumn(Columns.COST_TO_REACH).isMissing(r));
        assertEquals(budget, total, 0.0, "a failure spends the whole budget");
        censored.add(budget);
      }
    }
    assertTrue(reached > 0 && reached < SEEDS.size(), "a budget that some runs miss: " + reached);
    Table summary = c.summary(0.9);
    assertEquals(reached / (double) SEEDS.size(), summary.doubleColumn(Columns.SUCCESS_RATE).get(0), 1e-12);
    assertEquals(TargetComparison.median(censored.stream().mapToDouble(Double::doubleValue).toArray()),
        summary.doubleColumn(Columns.MEDIAN_COST).get(0), 0.0);
    assertEquals(2 * reached <= SEEDS.size(), summary.booleanColumn(Columns.MEDIAN_CENSORED).get(0));
  }

  @Test
  void identicalMethodsMeasureNoDifference() {
    TargetComparison c = compare(0.95, 12);
    Table r = c.reductions("random", 0.95);
    int row = r.stringColumn(Columns.VERSUS).indexOf("random again");
    assertEquals(0.0, r.doubleColumn(Columns.REDUCTION_PCT).get(row), 0.0);
    assertEquals(0.0, r.doubleColumn(Columns.CI95_LOW).get(row), 0.0);
    assertEquals(0.0, r.doubleColumn(Columns.CI95_HIGH).get(row), 0.0);
    assertEquals(1.0, r.doubleColumn(Columns.P_VALUE).get(row), 0.0);
  }

  @Test
  void regretStartsAtOneAndNeverRises() {
    Table regret = compare(1.0, 10).regret(11);
    for (String m : List.of("random", "NSGA-II")) {
      Table t = regret.where(regret.stringColumn(Columns.METHOD).isEqualTo(m));
      assertEquals(11, t.rowCount());
      assertEquals(1.0, t.doubleColumn(Columns.REGRET_MEAN).get(0), 0.0, "nothing bought at cost 0");
      for (int i = 1; i < t.rowCount(); i++) {
        assertTrue(t.doubleColumn(Columns.REGRET_MEAN).get(i) <= t.doubleColumn(Columns.REGRET_MEAN).get(i - 1) + 1e-15);
      }
      assertEquals(0.0, t.doubleColumn(Columns.REGRET_MEAN).get(10), 1e-12, "all ten designs by cost 10");
    }
  }

  @Test
  void rejectsBadInput() {
    var one = assertThrows(ConfigException.class, () -> TargetComparison.run(line(), trueHypervolume(), 0.9,
        List.of(TargetComparison.method("random", RandomSearch.create())), 5, SEEDS, Optional.empty(),
        name -> OptimizationListener.none()));
    assertTrue(one.getMessage().contains("at least two methods"), one.getMessage());
    var stop = assertThrows(ConfigException.class, () -> compare(0.9, 5).summary(0.95));
    assertTrue(stop.getMessage().contains("0.95") && stop.getMessage().contains("(0, 0.9]"), stop.getMessage());
    var target = assertThrows(ConfigException.class, () -> Termination.maxCost(5).orHypervolume(-1));
    assertTrue(target.getMessage().contains("targetHypervolume"), target.getMessage());
  }
}
