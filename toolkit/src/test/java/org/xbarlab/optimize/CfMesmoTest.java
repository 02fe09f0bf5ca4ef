package org.xbarlab.optimize;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Closed-loop checks on Branin-CF / Currin-CF (papers.md 1.7) against a dense-grid reference front.
 * Settings are reduced (3 Pareto samples, 200 features, 600 NSGA-II evaluations per sample, 300
 * random candidates + 3 local searches) to keep the test fast; seeds are fixed.
 */
@Tag("slow")
class CfMesmoTest {
  private static final double BUDGET = 30.0;
  private static final long[] SEEDS = {1, 2, 3};

  /** Hypervolume of the top-fidelity objectives on a 300 x 300 grid of [0,1]^2 (about 3942.6). */
  static double gridReferenceHypervolume(Problem p) {
    int g = 300;
    double[][] pts = new double[g * g][];
    for (int i = 0; i < g; i++) {
      for (int j = 0; j < g; j++) {
        double[] x = {i / (g - 1.0), j / (g - 1.0)};
        pts[i * g + j] = new double[] {-TestProblems.braninCf(x, 1), -TestProblems.currinCf(x, 1)};
      }
    }
    return Hypervolume.of(pts, p.minimizedReferencePoint());
  }

  private static BayesianOptimization reduced(BayesianOptimization b) {
    return b.withParetoSamples(3).withFeatures(200, 1e3).withFrontEvaluations(600)
        .withOptimizer(new RandomLocalSearch(300, 3, 30));
  }

  @Test
  void cfMesmoReachesTheTargetCheaperThanMesmoAndBothBeatRandomSearch() {
    Problem p = TestProblems.braninCurrin();
    double reference = gridReferenceHypervolume(p);
    assertTrue(reference > 3900 && reference < 4000, "grid reference " + reference);
    double target = 0.9 * reference;
    double cfTotal = 0;
    double mesmoTotal = 0;
    for (long seed : SEEDS) {
      OptimizationResult cf = Optimization.minimize(p, reduced(BayesianOptimization.cfMesmo()),
          Termination.maxCost(BUDGET), seed);
      OptimizationResult mesmo = Optimization.minimize(p, reduced(BayesianOptimization.mesmo()),
          Termination.maxCost(BUDGET), seed);
      OptimizationResult random = Optimization.minimize(p, RandomSearch.create(),
          Termination.maxCost(BUDGET), seed);
      // stated fractions of the dense-grid front after the same cost budget
      assertTrue(cf.finalHypervolume() >= 0.95 * reference, "cf-mesmo seed " + seed + ": "
          + cf.finalHypervolume() / reference);
      assertTrue(mesmo.finalHypervolume() >= 0.9 * reference, "mesmo seed " + seed + ": "
          + mesmo.finalHypervolume() / reference);
      assertTrue(mesmo.finalHypervolume() > random.finalHypervolume(), "mesmo vs random, seed " + seed);
      double cfCost = cf.costToReach(target).orElse(Double.POSITIVE_INFINITY);
      double mesmoCost = mesmo.costToReach(target).orElse(Double.POSITIVE_INFINITY);
      assertTrue(cfCost < mesmoCost, "seed " + seed + ": cf-mesmo " + cfCost + " vs mesmo " + mesmoCost);
      // CF-MESMO spends at least a third of its evaluations at lower fidelities (every second
      // iteration is at the top fidelity by its fidelity rule)
      long low = cf.observations().stream().filter(o -> !o.isTopFidelity()).count();
      assertTrue(low >= cf.observations().size() / 3, "low-fidelity evaluations " + low);
      cfTotal += cfCost;
      mesmoTotal += mesmoCost;
    }
    // bound set 2026-12-05 (seeds 1-3, ARD GP, every second CF-MESMO iteration at the top
    // fidelity, per-objective MESMO): 30.9 vs 50.4; PFES's joint truncation (2026-12-06) passes it
    assertTrue(cfTotal < 0.75 * mesmoTotal, "cf-mesmo " + cfTotal + " vs mesmo " + mesmoTotal);
  }

  @Test
  void mesmoWithJointTruncationCoversMostOfBotorchsBraninCurrinFront() {
    // BoTorch's Branin-Currin (reference (18, 6) minimised, maximum hypervolume 59.36), 40
    // evaluations of which 6 initial, default settings. Measured 2026-12-06, seed 0: 0.940.
    Problem p = TestProblems.braninCurrin().withReferencePoint(new double[] {-18, -6})
        .withFidelity(Fidelity.single());
    OptimizationResult r = Optimization.minimize(p, BayesianOptimization.mesmo()
        .withInitialPoints(6), Termination.maxEvaluations(40), 0);
    double fraction = r.finalHypervolume() / 59.36;
    assertTrue(fraction >= 0.85, "hypervolume fraction " + fraction);
  }
}
