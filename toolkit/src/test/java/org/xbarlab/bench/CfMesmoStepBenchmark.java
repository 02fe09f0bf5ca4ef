package org.xbarlab.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.xbarlab.RandomSource;
import org.xbarlab.optimize.BayesianOptimization;
import org.xbarlab.optimize.CfMesmoAcquisition;
import org.xbarlab.optimize.GaussianProcess;
import org.xbarlab.optimize.ParetoFrontSampler;
import org.xbarlab.optimize.RandomLocalSearch;
import org.xbarlab.optimize.DesignSpace;
import org.xbarlab.optimize.Evaluation;
import org.xbarlab.optimize.Fidelity;
import org.xbarlab.optimize.FidelityCostModel;
import org.xbarlab.optimize.Objective;
import org.xbarlab.optimize.Observation;
import org.xbarlab.optimize.Problem;
import org.xbarlab.optimize.TestProblems;

/**
 * Times one CF-MESMO acquisition step (fit 4 GPs, sample Pareto fronts, maximise the acquisition)
 * with 100 observations, 4 objectives, 4 design variables and a 20-level fidelity grid, default
 * settings. Not a test. Run after {@code mvn -o -q -pl toolkit test-compile}:
 * {@code java -cp toolkit/target/classes:toolkit/target/test-classes:$(cat cp.txt)
 * org.xbarlab.bench.CfMesmoStepBenchmark}.
 */
public final class CfMesmoStepBenchmark {
  private CfMesmoStepBenchmark() {}

  /** Runs the benchmark: 2 warm-up steps, then 5 timed steps; prints each and the median. */
  public static void main(String[] args) {
    Problem p = new Problem("bench-4obj", DesignSpace.unitCube(4),
        List.of(Objective.maximize("branin"), Objective.maximize("currin"),
            Objective.minimize("sphere"), Objective.minimize("ridge")),
        Fidelity.range(0.05, 20, FidelityCostModel.power(0.05, 2)), new double[] {-310, -14, 5, 5},
        (x, z) -> new Evaluation(new double[] {
            TestProblems.braninCf(new double[] {x[0], x[1]}, z),
            TestProblems.currinCf(new double[] {x[2], x[3]}, z),
            sq(x[0] - 0.3) + sq(x[1] - 0.6) + sq(x[2] - 0.5) + (1 - z) * 0.2 * x[3],
            Math.abs(x[3] - x[0]) + 0.5 * x[1] * x[2] + 0.1 * (1 - z)}, 0.05 + z * z));
    RandomSource rng = RandomSource.seeded(2024);
    double[] grid = p.fidelity().grid();
    List<Observation> obs = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      double[] u = {rng.uniform(), rng.uniform(), rng.uniform(), rng.uniform()};
      double z = i % 4 == 0 ? 1.0 : grid[rng.nextInt(grid.length - 1)];
      Evaluation e = p.evaluator().evaluate(p.space().fromUnit(u), z);
      double[] m = new double[4];
      for (int j = 0; j < 4; j++) {
        m[j] = p.objectives().get(j).toMinimized(e.objective(j));
      }
      obs.add(new Observation(i, 0, u, z, e.cost(), e.objectives(), m));
    }
    BayesianOptimization cf = BayesianOptimization.cfMesmo();
    System.out.println("settings: " + cf.describe());
    double[] times = new double[5];
    for (int r = -2; r < 5; r++) {
      long t0 = System.nanoTime();
      double[] next = cf.propose(p, obs, 30, rng.split(r + 10), x -> false);
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf("%s step: %.3f s -> %s%n", r < 0 ? "warm-up" : "timed", s,
          Arrays.toString(next));
      if (r >= 0) {
        times[r] = s;
      }
    }
    breakdown(p, obs, rng.split("breakdown"));
    Arrays.sort(times);
    System.out.printf("median of 5 timed steps: %.3f s (%d available processors)%n", times[2],
        Runtime.getRuntime().availableProcessors());
  }

  /** Times the three parts of a step separately (GP fits, front sampling, acquisition search). */
  private static void breakdown(Problem p, List<Observation> obs, RandomSource rng) {
    long t0 = System.nanoTime();
    List<GaussianProcess.Fitted> fits = new ArrayList<>();
    double[][] in = new double[obs.size()][];
    for (int i = 0; i < in.length; i++) {
      in[i] = obs.get(i).input();
    }
    for (int j = 0; j < 4; j++) {
      double[] y = new double[obs.size()];
      for (int i = 0; i < y.length; i++) {
        y[i] = obs.get(i).minimized()[j];
      }
      fits.add(GaussianProcess.defaults().fit(in, y));
    }
    long t1 = System.nanoTime();
    double[][] ys = ParetoFrontSampler.sampleMinima(fits, 4, 10, 300, 1e3, 1500, rng.split(1));
    long t2 = System.nanoTime();
    CfMesmoAcquisition acq = new CfMesmoAcquisition(fits, ys, p.fidelity(), 30, true);
    RandomLocalSearch.defaults().propose(acq, p.space(), p.fidelity().grid(), x -> false,
        rng.split(2));
    long t3 = System.nanoTime();
    System.out.printf("breakdown: 4 GP fits %.3f s, 10 Pareto-front samples %.3f s, "
        + "acquisition search %.3f s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
  }

  private static double sq(double v) {
    return v * v;
  }
}
