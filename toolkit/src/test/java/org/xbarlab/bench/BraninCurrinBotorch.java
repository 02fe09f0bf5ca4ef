package org.xbarlab.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xbarlab.optimize.Algorithm;
import org.xbarlab.optimize.BayesianOptimization;
import org.xbarlab.optimize.Hypervolume;
import org.xbarlab.optimize.Nsga2;
import org.xbarlab.optimize.Observation;
import org.xbarlab.optimize.Optimization;
import org.xbarlab.optimize.OptimizationResult;
import org.xbarlab.optimize.Problem;
import org.xbarlab.optimize.RandomSearch;
import org.xbarlab.optimize.Termination;
import org.xbarlab.optimize.TestProblems;

/**
 * Branin-Currin as BoTorch defines it ({@code botorch.test_functions.multi_objective.BraninCurrin}:
 * both objectives minimised, reference point (18, 6), maximum hypervolume 59.36): our MESMO, NSGA-II
 * and random search with a budget of 40 evaluations, and CF-MESMO on the multi-fidelity version
 * with MESMO's cost, per seed. Writes one JSON line per run (hypervolume after every evaluation and
 * the cost spent) for {@code benchmarks/botorch_comparison.py}, which runs BoTorch on the same
 * problem, budget and seeds and prints the table. Not a test.
 *
 * <p>Arguments: output file, first seed, number of seeds, methods (comma-separated, default
 * mesmo,cf-mesmo,nsga2,random; also mesmo-per-objective, MESMO without PFES's joint truncation).
 */
public final class BraninCurrinBotorch {
  static final double[] REFERENCE = {-18, -6};
  static final int BUDGET = 40;
  static final int INITIAL = 6;

  private BraninCurrinBotorch() {}

  /** Runs the comparison. */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "build/botorch/xbarlab.jsonl");
    long first = args.length > 1 ? Long.parseLong(args[1]) : 0;
    int seeds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    String methods = args.length > 3 ? args[3] : "mesmo,cf-mesmo,nsga2,random";
    Files.createDirectories(out.toAbsolutePath().getParent());
    Problem mf = TestProblems.braninCurrin().withReferencePoint(REFERENCE);
    Problem single = mf.withFidelity(org.xbarlab.optimize.Fidelity.single());
    double topCost = mf.fidelity().costModel().cost(1.0);
    List<String> lines = new ArrayList<>();
    for (long seed = first; seed < first + seeds; seed++) {
      for (String m : methods.split(",")) {
        long t0 = System.nanoTime();
        OptimizationResult r = switch (m) {
          case "mesmo" -> Optimization.minimize(single,
              BayesianOptimization.mesmo().withInitialPoints(INITIAL),
              Termination.maxEvaluations(BUDGET), seed);
          case "mesmo-per-objective" -> Optimization.minimize(single,
              BayesianOptimization.mesmo().withInitialPoints(INITIAL).withJointTruncation(false),
              Termination.maxEvaluations(BUDGET), seed);
          case "cf-mesmo" -> Optimization.minimize(mf,
              BayesianOptimization.cfMesmo().withInitialPoints(INITIAL),
              Termination.maxCost(BUDGET * topCost), seed);
          case "nsga2" -> Optimization.minimize(single, new Nsga2(8),
              Termination.maxEvaluations(BUDGET), seed);
          case "random" -> Optimization.minimize(single, RandomSearch.create(),
              Termination.maxEvaluations(BUDGET), seed);
          default -> throw new IllegalArgumentException("unknown method " + m);
        };
        double seconds = (System.nanoTime() - t0) / 1e9;
        String line = json(m, seed, r, topCost, seconds);
        lines.add(line);
        Files.writeString(out, String.join("\n", lines) + "\n");
        System.out.printf(Locale.ROOT, "%-9s seed %d  hv %.3f  evaluations %d  %.1f s%n", m, seed,
            r.finalHypervolume(), r.observations().size(), seconds);
      }
    }
  }

  /**
   * Hypervolume of the top-fidelity points after each evaluation, with the cost spent so far in
   * top-fidelity evaluations.
   */
  private static String json(String method, long seed, OptimizationResult r, double topCost,
      double seconds) {
    StringBuilder hv = new StringBuilder();
    StringBuilder cost = new StringBuilder();
    List<double[]> top = new ArrayList<>();
    double spent = 0;
    double[] ref = r.problem().minimizedReferencePoint();
    for (Observation o : r.observations()) {
      spent += o.cost() / topCost;
      if (o.isTopFidelity()) {
        top.add(o.minimized());
      }
      double v = top.isEmpty() ? 0 : Hypervolume.of(top.toArray(new double[0][]), ref);
      hv.append(hv.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.6f", v));
      cost.append(cost.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.4f", spent));
    }
    return String.format(Locale.ROOT,
        "{\"tool\":\"xbarlab\",\"method\":\"%s\",\"seed\":%d,\"seconds\":%.2f,\"hv\":[%s],"
            + "\"cost\":[%s]}", method, seed, seconds, hv, cost);
  }
}
