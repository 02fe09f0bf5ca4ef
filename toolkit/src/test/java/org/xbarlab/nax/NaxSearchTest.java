package org.xbarlab.nax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.xbarlab.Columns;
import org.xbarlab.data.FashionMnist;
import org.xbarlab.optimize.BayesianOptimization;
import org.xbarlab.optimize.Optimization;
import org.xbarlab.optimize.OptimizationResult;
import org.xbarlab.optimize.Termination;
import tech.tablesaw.api.Table;

/** A tiny seeded NAX search on real data: no baseline dominates everything it found. */
@Tag("slow")
@Tag("dataset")
class NaxSearchTest {
  private static boolean dominates(NaxResult a, NaxResult b) {
    return a.accuracy() >= b.accuracy() && a.edap() <= b.edap()
        && (a.accuracy() > b.accuracy() || a.edap() < b.edap());
  }

  @Test
  void noBaselineDominatesTheWholeSearch() {
    NaxSpace space = new NaxSpace(List.of(3, 5), List.of(16, 256),
        NaxSpace.Granularity.PER_STAGE); // 64 designs, 2 of them homogeneous ResNet-20s
    NaxProblem nax = NaxProblem.of(space, new NaxProblem.Settings(new int[] {4, 8, 8}, 2, 32, 1,
        NaxProblem.Settings.defaultChip()), FashionMnist.train().subsetPerClass(100, 1),
        FashionMnist.test().subsetPerClass(20, 1), 7);
    OptimizationResult search = Optimization.minimize(nax.problem(),
        BayesianOptimization.mesmo().withInitialPoints(4), Termination.maxEvaluations(8), 7);
    List<NaxResult> searched = new java.util.ArrayList<>();
    for (var o : search.observations()) {
      searched.add(nax.evaluate(space.decode(nax.problem().space().fromUnit(o.unit()))));
    }
    Table baselines = nax.homogeneousBaselines();
    assertEquals(2, baselines.rowCount());
    for (int size : space.crossbarSizes()) {
      NaxResult b = nax.evaluate(NaxDesign.homogeneous(size));
      assertTrue(searched.stream().anyMatch(s -> !dominates(b, s)), "baseline x" + size
          + " dominates every searched design\n" + nax.evaluated().print());
    }
    Table pvm = nax.paperVsMeasured(search, search);
    assertEquals(5, pvm.rowCount());
    assertTrue(pvm.stringColumn(Columns.MEASURED).get(1).endsWith("%"));
  }
}
