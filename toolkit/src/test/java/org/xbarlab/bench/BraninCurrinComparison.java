package org.xbarlab.bench;

import org.xbarlab.optimize.Algorithm;
import org.xbarlab.optimize.BayesianOptimization;
import org.xbarlab.optimize.Hypervolume;
import org.xbarlab.optimize.Nsga2;
import org.xbarlab.optimize.Optimization;
import org.xbarlab.optimize.OptimizationResult;
import org.xbarlab.optimize.Problem;
import org.xbarlab.optimize.RandomLocalSearch;
import org.xbarlab.optimize.RandomSearch;
import org.xbarlab.optimize.Termination;
import org.xbarlab.optimize.TestProblems;

/**
 * Prints, per seed and algorithm, the cost needed to reach 90% / 95% of the dense-grid hypervolume
 * on Branin-CF / Currin-CF with a cost budget of 30 (the CfMesmoTest settings). Not a test.
 */
public final class BraninCurrinComparison {
  private BraninCurrinComparison() {}

  /** Runs the comparison. */
  public static void main(String[] args) {
    Problem p = TestProblems.braninCurrin();
    int g = 300;
    double[][] pts = new double[g * g][];
    for (int i = 0; i < g; i++) {
      for (int j = 0; j < g; j++) {
        double[] x = {i / (g - 1.0), j / (g - 1.0)};
        pts[i * g + j] = new double[] {-TestProblems.braninCf(x, 1), -TestProblems.currinCf(x, 1)};
      }
    }
    double ref = Hypervolume.of(pts, p.minimizedReferencePoint());
    System.out.printf("grid reference hypervolume %.3f%n", ref);
    RandomLocalSearch opt = new RandomLocalSearch(300, 3, 30);
    Algorithm[] algs = {
        BayesianOptimization.cfMesmo().withParetoSamples(3).withFeatures(200, 1e3)
            .withFrontEvaluations(600).withOptimizer(opt),
        BayesianOptimization.mesmo().withParetoSamples(3).withFeatures(200, 1e3)
            .withFrontEvaluations(600).withOptimizer(opt),
        new Nsga2(10), RandomSearch.create()};
    for (long seed = 1; seed <= 3; seed++) {
      for (Algorithm a : algs) {
        OptimizationResult r = Optimization.minimize(p, a, Termination.maxCost(30), seed);
        System.out.printf("seed %d %-8s evals %3d  hv/ref %.4f  cost to 90%%: %s  to 95%%: %s%n",
            seed, a.describe().replaceAll("\\(.*", ""), r.observations().size(),
            r.finalHypervolume() / ref, fmt(r, 0.9 * ref), fmt(r, 0.95 * ref));
      }
    }
  }

  private static String fmt(OptimizationResult r, double target) {
    return r.costToReach(target).isPresent()
        ? String.format("%6.2f", r.costToReach(target).getAsDouble()) : "  n/a ";
  }
}
