package org.xbarlab.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;

/**
 * Acquisition maximiser of CF-MESMO step 8: scores {@code candidates} uniform random designs (each
 * at its best allowed fidelity), then runs a bounded coordinate pattern search from the best
 * {@code starts} of them (continuous variables: step 0.1 halved to 1e-3; integer and ordinal
 * variables: one value up or down, so that a 3-value {@code crossbar_size} can move), and returns
 * the best point not evaluated before. A space of at most {@link ParetoFrontSampler#ENUMERATION_LIMIT}
 * designs is scored exhaustively instead. Replaces L-BFGS-B of the reference code.
 *
 * @param candidates number of random designs scored (reference code: 1000)
 * @param starts number of local searches
 * @param maxLocalEvaluations acquisition evaluations per local search
 */
public record RandomLocalSearch(int candidates, int starts, int maxLocalEvaluations)
    implements AcquisitionOptimizer {

  /** Validates. */
  public RandomLocalSearch {
    if (candidates < 1) {
      throw new ConfigException("candidates", candidates, "an integer >= 1");
    }
    if (starts < 0 || starts > candidates) {
      throw new ConfigException("starts", starts, "an integer in 0.." + candidates);
    }
    if (maxLocalEvaluations < 0) {
      throw new ConfigException("maxLocalEvaluations", maxLocalEvaluations, "an integer >= 0");
    }
  }

  /** Returns 1000 candidates and 5 local searches of at most 60 evaluations. */
  public static RandomLocalSearch defaults() {
    return new RandomLocalSearch(1000, 5, 60);
  }

  private record Scored(double[] x, int level, double score) {}

  private static Scored best(Acquisition acq, double[] x, double[] zs) {
    double[] s = acq.scoreAcrossFidelities(x, zs);
    int bi = zs.length - 1;
    for (int m = 0; m < s.length; m++) {
      if (s[m] > s[bi]) {
        bi = m;
      }
    }
    return new Scored(x, bi, s[bi]);
  }

  @Override
  public double[] propose(Acquisition acq, DesignSpace space, double[] zs,
      Predicate<double[]> alreadyEvaluated, RandomSource rng) {
    int d = space.dimension();
    List<Scored> pool = new ArrayList<>();
    boolean enumerate = space.cardinality() <= ParetoFrontSampler.ENUMERATION_LIMIT;
    if (enumerate) {
      for (double[] x : space.allUnitPoints(ParetoFrontSampler.ENUMERATION_LIMIT)) {
        pool.add(best(acq, x, zs));
      }
    } else {
      for (int c = 0; c < candidates; c++) {
        double[] x = new double[d];
        for (int i = 0; i < d; i++) {
          x[i] = rng.uniform();
        }
        pool.add(best(acq, space.snapUnit(x), zs));
      }
    }
    pool.sort(Comparator.comparingDouble((Scored s) -> -s.score()));
    List<Scored> all = new ArrayList<>(pool);
    for (int s = 0; s < (enumerate ? 0 : Math.min(starts, pool.size())); s++) {
      Scored cur = pool.get(s);
      double step = 0.1;
      int evals = 0;
      while (step >= 1e-3 && evals < maxLocalEvaluations) {
        boolean improved = false;
        for (int i = 0; i < d && evals < maxLocalEvaluations; i++) {
          for (int sgn = -1; sgn <= 1 && evals < maxLocalEvaluations; sgn += 2) {
            double[] x = cur.x().clone();
            long levels = space.variables().get(i).cardinality();
            double move = levels == Long.MAX_VALUE ? step : 1.0 / levels;
            x[i] = Math.min(1.0, Math.max(0.0, x[i] + sgn * move));
            x = space.snapUnit(x);
            if (Arrays.equals(x, cur.x())) {
              continue;
            }
            Scored cand = best(acq, x, zs);
            evals++;
            all.add(cand);
            if (cand.score() > cur.score()) {
              cur = cand;
              improved = true;
            }
          }
        }
        if (!improved) {
          step /= 2;
        }
      }
    }
    all.sort(Comparator.comparingDouble((Scored s) -> -s.score()));
    for (Scored s : all) {
      double[] p = Arrays.copyOf(s.x(), d + 1);
      p[d] = zs[s.level()];
      if (Double.isFinite(s.score()) && !alreadyEvaluated.test(p)) {
        return p;
      }
    }
    // every top-scored pair was evaluated before: any other allowed fidelity of the best designs
    for (Scored s : all) {
      double[] scores = acq.scoreAcrossFidelities(s.x(), zs);
      double[] p = Arrays.copyOf(s.x(), d + 1);
      for (int m = zs.length - 1; m >= 0; m--) {
        p[d] = zs[m];
        if (Double.isFinite(scores[m]) && !alreadyEvaluated.test(p)) {
          return p;
        }
      }
    }
    for (int attempt = 0; attempt < 10_000; attempt++) {
      double[] x = new double[d];
      for (int i = 0; i < d; i++) {
        x[i] = rng.uniform();
      }
      double[] p = Arrays.copyOf(space.snapUnit(x), d + 1);
      p[d] = 1.0;
      if (!alreadyEvaluated.test(p)) {
        return p;
      }
    }
    throw new IllegalStateException("every design point of the space has been evaluated");
  }
}
