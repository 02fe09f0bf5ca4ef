package org.xbarlab.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.xbarlab.ConfigException;
import tech.tablesaw.api.Table;

class OptimizationTest {

  @Test
  @Tag("slow")
  void nsga2OnZdt1ReachesJMetalThreshold() {
    OptimizationResult r = Optimization.minimize(TestProblems.zdt1(30), Nsga2.defaults(),
        Termination.maxEvaluations(25_000), 1);
    assertEquals(25_000, r.observations().size());
    // jMetal NSGAIIIT: hypervolume > 0.62 on ZDT1 after 25,000 evaluations; optimum is 2/3
    assertTrue(r.finalHypervolume() > 0.62, "hv " + r.finalHypervolume());
    assertTrue(r.finalHypervolume() < 2.0 / 3.0);
    Table front = r.paretoFront();
    assertTrue(front.rowCount() >= 90, "front size " + front.rowCount());
    // the front table agrees with an independent hypervolume of its rows
    double[][] pts = new double[front.rowCount()][];
    for (int i = 0; i < pts.length; i++) {
      pts[i] = new double[] {front.doubleColumn("f1").get(i), front.doubleColumn("f2").get(i)};
    }
    assertEquals(r.finalHypervolume(), Hypervolume.of(pts, new double[] {1, 1}), 1e-12);
  }

  @Test
  void tablesFollowTheDocumentedSchemaAndSeedRepeats() {
    Problem p = TestProblems.braninCurrin();
    List<OptimizationProgress> reports = new ArrayList<>();
    OptimizationResult a = Optimization.of(p, new Nsga2(10), Termination.maxCost(60.0), 3)
        .withListener(reports::add).run();
    Table ev = a.evaluations();
    assertEquals(List.of("evaluation", "iteration", "design_id", "fidelity", "eval_cost", "x0",
        "x1", "branin", "currin", "is_pareto", "seed"), ev.columnNames());
    // cost budget 60 at 2.1 per top-fidelity evaluation: stops at the first crossing
    assertEquals(29, ev.rowCount());
    assertEquals(29 * 2.1, a.totalCost(), 1e-9);
    assertEquals(29, reports.size());
    assertEquals(1.0, reports.get(28).fractionDone(), 0);
    assertEquals(a.finalHypervolume(), reports.get(28).bestHypervolume(), 0);
    assertEquals(2, ev.intColumn("iteration").get(28)); // generation of population 10
    assertEquals(3L, ev.longColumn("seed").get(0));
    assertEquals(a.paretoFront().rowCount(), ev.booleanColumn("is_pareto").countTrue());
    // maximised objectives are reported in natural units (Branin-CF values are negative)
    assertTrue(ev.doubleColumn("branin").max() < 0);
    Table trace = a.hypervolumeTrace();
    assertEquals(List.of("evaluation", "cumulative_cost", "hypervolume"), trace.columnNames());
    for (int i = 1; i < trace.rowCount(); i++) {
      assertTrue(trace.doubleColumn("hypervolume").get(i) >= trace.doubleColumn("hypervolume").get(i - 1));
    }
    double half = a.finalHypervolume() / 2;
    double c = a.costToReach(half).orElseThrow();
    assertTrue(c > 0 && c <= a.totalCost());
    assertFalse(a.costToReach(a.finalHypervolume() * 1.01).isPresent());
    OptimizationResult b = Optimization.of(p, new Nsga2(10), Termination.maxCost(60.0), 3).run();
    assertEquals(ev.toString(), b.evaluations().toString());
    OptimizationResult other = Optimization.of(p, new Nsga2(10), Termination.maxCost(60.0), 4).run();
    assertFalse(ev.toString().equals(other.evaluations().toString()));
  }

  @Test
  void designIdsAreSharedAcrossFidelities() {
    OptimizationResult r = Optimization.minimize(TestProblems.braninCurrin(),
        RunLogTest.cheapCfMesmo(), Termination.maxEvaluations(10), 5);
    Table ev = r.evaluations();
    for (int i = 0; i < ev.rowCount(); i++) {
      for (int j = 0; j < ev.rowCount(); j++) {
        boolean sameDesign = ev.doubleColumn("x0").get(i).equals(ev.doubleColumn("x0").get(j))
            && ev.doubleColumn("x1").get(i).equals(ev.doubleColumn("x1").get(j));
        assertEquals(sameDesign, ev.intColumn("design_id").get(i).equals(ev.intColumn("design_id").get(j)));
      }
      assertTrue(ev.doubleColumn("fidelity").get(i) > 0 && ev.doubleColumn("fidelity").get(i) <= 1);
      if (ev.doubleColumn("fidelity").get(i) < 1) {
        assertFalse(ev.booleanColumn("is_pareto").get(i), "only top-fidelity rows are Pareto rows");
      }
    }
    // CF-MESMO's initial design (4 points) has 3 top-fidelity points and the rest lower
    for (int i = 0; i < 3; i++) {
      assertEquals(1.0, ev.doubleColumn("fidelity").get(i), 0);
    }
    assertTrue(ev.doubleColumn("fidelity").get(3) < 1.0);
  }

  @Test
  void discreteSpacesAreSnappedAndNeverReEvaluatedByBo() {
    DesignSpace space = DesignSpace.of(Variable.integer("cellBits", 2, 8),
        Variable.ordinal("crossbarSize", 32, 64, 128));
    Problem p = Problem.of("discrete", space,
        List.of(Objective.minimize("energy_pJ"), Objective.maximize("accuracy_top1")),
        new double[] {1000, 0},
        (x, z) -> new Evaluation(new double[] {x[0] * x[1], 1 - Math.exp(-x[0] / 3.0) * 64 / x[1]},
            1.0));
    OptimizationResult r = Optimization.minimize(p, BayesianOptimization.mesmo()
        .withParetoSamples(2).withFeatures(100, 1e3).withFrontEvaluations(300)
        .withOptimizer(new RandomLocalSearch(100, 2, 20)), Termination.maxEvaluations(12), 1);
    Table ev = r.evaluations();
    assertEquals(12, ev.rowCount());
    assertEquals(12, ev.intColumn("design_id").unique().size(), "no design evaluated twice");
    for (int i = 0; i < ev.rowCount(); i++) {
      double bits = ev.doubleColumn("cellBits").get(i);
      assertEquals(Math.rint(bits), bits, 0);
      assertTrue(List.of(32.0, 64.0, 128.0).contains(ev.doubleColumn("crossbarSize").get(i)));
    }
  }

  @Test
  void explicitFidelityUnitReachesTheEvaluatorAndTheTable() {
    Fidelity epochs = Fidelity.explicit("epochs", 5, 100, 20, FidelityCostModel.linear());
    assertEquals(0.05, epochs.lowest(), 1e-15);
    List<Double> seenEpochs = new ArrayList<>();
    Problem p = new Problem("epochs-demo", DesignSpace.unitCube(2),
        List.of(Objective.maximize("accuracy_top1"), Objective.minimize("energy_pJ")), epochs,
        new double[] {0, 10}, Evaluator.explicit(epochs, (x, e) -> {
          seenEpochs.add(e);
          return new Evaluation(new double[] {1 - Math.exp(-e / 30) * (0.5 + x[0] * 0.5),
              1 + 5 * x[0] + x[1]}, e);
        }));
    OptimizationResult r = Optimization.minimize(p, RunLogTest.cheapCfMesmo(),
        Termination.maxEvaluations(6), 2);
    Table ev = r.evaluations();
    assertEquals(List.of("evaluation", "iteration", "design_id", "fidelity", "fidelity_epochs",
        "eval_cost", "x0", "x1", "accuracy_top1", "energy_pJ", "is_pareto", "seed"),
        ev.columnNames());
    for (int i = 0; i < ev.rowCount(); i++) {
      double e = ev.doubleColumn("fidelity_epochs").get(i);
      assertEquals(100 * ev.doubleColumn("fidelity").get(i), e, 1e-9);
      assertEquals(seenEpochs.get(i), e, 1e-9);
      assertEquals(e, ev.doubleColumn("eval_cost").get(i), 1e-9);
      assertTrue(e >= 5 - 1e-9 && e <= 100 + 1e-9);
    }
    assertThrows(ConfigException.class,
        () -> Fidelity.explicit("epochs", 100, 5, 20, FidelityCostModel.linear()));
  }

  @Test
  void badArgumentsAreNamed() {
    Problem p = TestProblems.zdt1(3);
    assertThrows(ConfigException.class,
        () -> Optimization.minimize(p, null, Termination.maxEvaluations(3), 1));
    assertThrows(ConfigException.class, () -> new Nsga2(2));
    assertThrows(ConfigException.class, () -> BayesianOptimization.mesmo().withInitialPoints(1));
    assertThrows(ConfigException.class, () -> new RandomLocalSearch(10, 11, 5));
    Problem wrongCount = new Problem("bad", p.space(), p.objectives(), p.fidelity(),
        p.referencePoint(), (x, z) -> new Evaluation(new double[] {1, 2, 3}, 1));
    ConfigException e = assertThrows(ConfigException.class, () -> Optimization.minimize(
        wrongCount, RandomSearch.create(), Termination.maxEvaluations(3), 1));
    assertTrue(e.getMessage().contains("one per Objective"), e.getMessage());
  }
}
