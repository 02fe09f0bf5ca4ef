package org.xbarlab.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xbarlab.RandomSource;

class AcquisitionTest {
  private static final Fidelity FIDELITY = TestProblems.braninCurrin().fidelity();

  private static GaussianProcess.Fitted fit(double lz) {
    RandomSource rng = RandomSource.seeded(12);
    double[] grid = FIDELITY.grid();
    int n = 15;
    double[][] in = new double[n][];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double[] x = {rng.uniform(), rng.uniform()};
      double z = grid[rng.nextInt(grid.length)];
      in[i] = new double[] {x[0], x[1], z};
      y[i] = -TestProblems.braninCf(x, z);
    }
    return GaussianProcess.fixed(0.3, lz, 1e-6).fit(in, y);
  }

  @Test
  void mesmoScoreIsTheSampleAveragedTruncatedGaussianSum() {
    GaussianProcess.Fitted a = fit(1.0);
    GaussianProcess.Fitted b = fit(0.5);
    double[][] yStar = {{-1, -2}, {-3, -1.5}};
    MesmoAcquisition acq = new MesmoAcquisition(List.of(a, b), yStar);
    double[] q = {0.4, 0.6, 1.0};
    double expected = 0;
    for (int j = 0; j < 2; j++) {
      GaussianProcess.Fitted f = j == 0 ? a : b;
      double mu = f.mean(q);
      double sd = Math.sqrt(f.variance(q));
      expected += (InformationGain.truncatedGaussian((mu - yStar[0][j]) / sd)
          + InformationGain.truncatedGaussian((mu - yStar[1][j]) / sd)) / 2;
    }
    assertEquals(expected, acq.score(new double[][] {q})[0], 1e-12);
  }

  @Test
  void cfMesmoTopFidelityEqualsMesmoDividedByUnitCostAndPruningFollowsLengthScale() {
    double[] grid = FIDELITY.grid();
    double[] x = {0.4, 0.6};
    double[][] yStar = {{-1}};
    GaussianProcess.Fitted smooth = fit(100.0);
    double[] top = {0.4, 0.6, 1.0};
    double mesmo = new MesmoAcquisition(List.of(smooth), yStar).score(new double[][] {top})[0];
    double[] unpruned = new CfMesmoAcquisition(List.of(smooth), yStar, FIDELITY, 1, false)
        .scoreAcrossFidelities(x, grid);
    assertEquals(mesmo, unpruned[grid.length - 1], 1e-12);
    for (double s : unpruned) {
      assertTrue(Double.isFinite(s) && s >= 0);
    }
    // a nearly perfectly correlated cheap fidelity is worth more per unit cost
    assertTrue(unpruned[0] > unpruned[grid.length - 1]);

    // long fidelity length-scale: cheap levels allowed, levels just below the top pruned (beta_t)
    double[] pruned = new CfMesmoAcquisition(List.of(smooth), yStar, FIDELITY, 1, true)
        .scoreAcrossFidelities(x, grid);
    assertTrue(Double.isFinite(pruned[0]));
    assertEquals(Double.NEGATIVE_INFINITY, pruned[grid.length - 2], 0);
    assertEquals(unpruned[grid.length - 1], pruned[grid.length - 1], 0);
    // very short fidelity length-scale: lower fidelities say nothing, all are pruned
    double[] rough = new CfMesmoAcquisition(List.of(fit(0.01)), yStar, FIDELITY, 1, true)
        .scoreAcrossFidelities(x, grid);
    for (int m = 0; m < grid.length - 1; m++) {
      assertEquals(Double.NEGATIVE_INFINITY, rough[m], 0, "level " + m);
    }
    assertTrue(Double.isFinite(rough[grid.length - 1]));
  }

  @Test
  void cfMesmoWithAJointGainIsPfesAtTheTopAndKeepsTheExtendedGaussianShareBelow() {
    GaussianProcess.Fitted a = fit(1.0);
    GaussianProcess.Fitted b = fit(0.5);
    double[][] front = {{-1, -2}, {-3, -1.5}};
    double[][] yStar = {{-3, -2}};
    double[] grid = FIDELITY.grid();
    double[] x = {0.4, 0.6};
    ParetoFrontierEntropy joint = new ParetoFrontierEntropy(List.of(a, b), List.<double[][]>of(front),
        new double[0][]);
    CfMesmoAcquisition plain = new CfMesmoAcquisition(List.of(a, b), yStar, FIDELITY, 1, false);
    double[] perObjective = plain.scoreAcrossFidelities(x, grid);
    double[] scaled = plain.withJointGain(joint).scoreAcrossFidelities(x, grid);
    double top = joint.score(new double[][] {{0.4, 0.6, 1.0}})[0];
    int last = grid.length - 1;
    assertEquals(top, scaled[last], 1e-12);
    for (int m = 0; m < last; m++) {
      double cost = FIDELITY.costModel().normalized(grid[m]);
      // the per-objective share an evaluation at grid[m] keeps, applied to the joint gain
      assertEquals(top * perObjective[m] * cost / perObjective[last], scaled[m] * cost, 1e-9);
    }
  }
}
