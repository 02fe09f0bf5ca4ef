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

/** A tiny seeded NAX search on real data: it finds a design at least as good as the baselines. */
@Tag("slow")
@Tag("dataset")
class NaxSearchTest {
  /** Accuracy minus a tenth of log10 EDAP: one number that rewards both objectives. */
  private static double combined(NaxResult r) {
    return r.accuracy() - 0.1 * Math.log10(r.edap());
  }

  @Test
  void bestSearchedDesignIsNoWorseThanTheBestHomogeneousOne() {
    NaxSpace space = new NaxSpace(List.of(3, 5), List.of(16, 256),
        NaxSpace.Granularity.PER_STAGE); // 64 designs, 2 of them homogeneous ResNet-20s
    NaxProblem nax = NaxProblem.of(space, new NaxProblem.Settings(new int[] {4, 8, 8}, 2, 32, 1,
        NaxProblem.Settings.defaultChip()), FashionMnist.train().subsetPerClass(100, 1),
        FashionMnist.test().subsetPerClass(20, 1), 7);
    OptimizationResult search = Optimization.minimize(nax.problem(),
        BayesianOptimization.mesmo().withInitialPoints(4), Termination.maxEvaluations(8), 7);
    double bestSearched = Double.NEGATIVE_INFINITY;
    for (var o : search.observations()) {
      bestSearched = Math.max(bestSearched, combined(nax.evaluate(
          space.decode(nax.problem().space().fromUnit(o.unit())))));
    }
    Table baselines = nax.homogeneousBaselines();
    assertEquals(2, baselines.rowCount());
    double bestBaseline = Double.NEGATIVE_INFINITY;
    for (int size : space.crossbarSizes()) {
      bestBaseline = Math.max(bestBaseline, combined(nax.evaluate(NaxDesign.homogeneous(size))));
    }
    assertTrue(bestSearched >= bestBaseline, "searched " + bestSearched + " baseline "
        + bestBaseline + "\n" + nax.evaluated().print());
    Table pvm = nax.paperVsMeasured(search, search);
    assertEquals(5, pvm.rowCount());
    assertTrue(pvm.stringColumn(Columns.MEASURED).get(1).endsWith("%"));
  }
}
