package org.xbarlab.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.moeaframework.algorithm.NSGAII;
import org.moeaframework.core.PRNG;
import org.moeaframework.core.Solution;
import org.moeaframework.core.population.NondominatedPopulation;
import org.moeaframework.core.variable.RealVariable;
import org.moeaframework.problem.AbstractProblem;
import org.xbarlab.RandomSource;

/**
 * Samples Pareto fronts of the top-fidelity objectives (CF-MESMO step 4): for each sample draws one
 * random-Fourier-feature function per evaluated objective, computes the exact objectives exactly,
 * and finds the front of these cheap functions on the design space's grid: by enumeration when the
 * space has at most {@value #ENUMERATION_LIMIT} designs, otherwise by NSGA-II (MOEA Framework,
 * population 50) on designs snapped to the grid. MOEA Framework draws from its process-wide
 * {@link PRNG}; the sampler reseeds it from {@code rng} under a lock on {@code PRNG.class}, so
 * results are repeatable per seed.
 */
public final class ParetoFrontSampler {
  /** Largest number of designs whose sampled front is found by enumeration. */
  public static final int ENUMERATION_LIMIT = 4096;

  private ParetoFrontSampler() {}

  /**
   * Returns sampled per-objective Pareto-front minima [samples x k] in target units, for a problem
   * whose objectives are all modelled on the continuous unit cube.
   *
   * @param posteriors one fitted GP per objective
   * @param dimension design dimension d
   * @param samples number of front samples S
   * @param features random features per function sample
   * @param beta noise precision of the feature regression
   * @param evaluations NSGA-II function evaluations per sample (MESMO: 1500)
   * @param rng randomness
   */
  public static double[][] sampleMinima(List<GaussianProcess.Fitted> posteriors, int dimension,
      int samples, int features, double beta, int evaluations, RandomSource rng) {
    int k = posteriors.size();
    List<Integer> all = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      all.add(j);
    }
    List<double[][]> fronts = sample(DesignSpace.unitCube(dimension), samples, evaluations, rng,
        rs -> gpSample(posteriors, all, List.of(), k, x -> new double[0], features, beta, rs));
    return FrontThresholds.of(fronts, all, List.of(), x -> new double[0]).constantValues();
  }

  /** Returns S sampled fronts [P x k] (model units) of the iteration's objective models. */
  static List<double[][]> sampleFronts(ObjectiveModels models, DesignSpace space, int samples,
      int features, double beta, int evaluations, RandomSource rng) {
    return sample(space, samples, evaluations, rng, rs -> gpSample(models.fits(),
        models.evaluated(), models.exact(), models.objectiveCount(), models::exactValues,
        features, beta, rs));
  }

  /** One sampled objective vector function of unit designs [d]. */
  private static Function<double[], double[]> gpSample(List<GaussianProcess.Fitted> fits,
      List<Integer> evaluated, List<Integer> exact, int k,
      Function<double[], double[]> exactValues, int features, double beta, RandomSource rs) {
    FourierFeatureSample[] f = new FourierFeatureSample[fits.size()];
    for (int u = 0; u < f.length; u++) {
      f[u] = FourierFeatureSample.draw(fits.get(u), features, beta, rs.split(u));
    }
    return x -> {
      double[] in = Arrays.copyOf(x, x.length + 1);
      in[x.length] = 1.0;
      double[] out = new double[k];
      for (int u = 0; u < f.length; u++) {
        out[evaluated.get(u)] = f[u].value(in);
      }
      double[] e = exactValues.apply(x);
      for (int i = 0; i < e.length; i++) {
        out[exact.get(i)] = e[i];
      }
      return out;
    };
  }

  private static List<double[][]> sample(DesignSpace space, int samples, int evaluations,
      RandomSource rng, Function<RandomSource, Function<double[], double[]>> draw) {
    List<double[]> grid = space.cardinality() <= ENUMERATION_LIMIT
        ? space.allUnitPoints(ENUMERATION_LIMIT) : null;
    List<double[][]> out = new ArrayList<>();
    for (int s = 0; s < samples; s++) {
      RandomSource rs = rng.split(s);
      Function<double[], double[]> f = draw.apply(rs);
      out.add(grid != null ? enumerated(grid, f) : evolved(space, f, evaluations, rs));
    }
    return out;
  }

  private static double[][] enumerated(List<double[]> grid, Function<double[], double[]> f) {
    double[][] values = new double[grid.size()][];
    for (int i = 0; i < values.length; i++) {
      values[i] = f.apply(grid.get(i));
    }
    return Pareto.nondominated(values);
  }

  private static double[][] evolved(DesignSpace space, Function<double[], double[]> f,
      int evaluations, RandomSource rs) {
    int d = space.dimension();
    double[] probe = f.apply(space.snapUnit(new double[d]));
    int k = probe.length;
    AbstractProblem sampled = new AbstractProblem(d, k) {
      @Override
      public void evaluate(Solution solution) {
        double[] v = f.apply(space.snapUnit(RealVariable.getReal(solution)));
        for (int j = 0; j < k; j++) {
          solution.setObjectiveValue(j, v[j]);
        }
      }

      @Override
      public Solution newSolution() {
        Solution sol = new Solution(d, k);
        for (int i = 0; i < d; i++) {
          sol.setVariable(i, new RealVariable(0.0, 1.0));
        }
        return sol;
      }
    };
    NondominatedPopulation front;
    synchronized (PRNG.class) {
      PRNG.setRandom(new Random(rs.split("nsga2").nextLong()));
      NSGAII nsga = new NSGAII(sampled);
      nsga.setInitialPopulationSize(50);
      nsga.run(evaluations);
      front = nsga.getResult();
    }
    double[][] out = new double[front.size()][];
    int i = 0;
    for (Solution sol : front) {
      out[i++] = sol.getObjectiveValues();
    }
    return out;
  }
}
