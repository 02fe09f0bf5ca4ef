package org.xbarlab.optimize;

import java.util.List;
import java.util.Random;
import org.moeaframework.algorithm.NSGAII;
import org.moeaframework.core.PRNG;
import org.moeaframework.core.Solution;
import org.moeaframework.core.population.NondominatedPopulation;
import org.moeaframework.core.variable.RealVariable;
import org.moeaframework.problem.AbstractProblem;
import org.xbarlab.RandomSource;

/**
 * Samples Pareto fronts of the top-fidelity objectives (CF-MESMO step 4): for each sample draws one
 * random-Fourier-feature function per objective, runs NSGA-II (MOEA Framework, population 50) on
 * these cheap functions and returns, per objective, the minimum over the sampled front.
 * MOEA Framework draws from its process-wide {@link PRNG}; the sampler reseeds it from
 * {@code rng} under a lock on {@code PRNG.class}, so results are repeatable per seed.
 */
public final class ParetoFrontSampler {
  private ParetoFrontSampler() {}

  /**
   * Returns sampled per-objective Pareto-front minima [samples x k] in target units.
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
    double[][] out = new double[samples][k];
    for (int s = 0; s < samples; s++) {
      RandomSource rs = rng.split(s);
      FourierFeatureSample[] f = new FourierFeatureSample[k];
      for (int j = 0; j < k; j++) {
        f[j] = FourierFeatureSample.draw(posteriors.get(j), features, beta, rs.split(j));
      }
      AbstractProblem sampled = new AbstractProblem(dimension, k) {
        @Override
        public void evaluate(Solution solution) {
          double[] x = RealVariable.getReal(solution);
          double[] in = java.util.Arrays.copyOf(x, dimension + 1);
          in[dimension] = 1.0;
          for (int j = 0; j < k; j++) {
            solution.setObjectiveValue(j, f[j].value(in));
          }
        }

        @Override
        public Solution newSolution() {
          Solution sol = new Solution(dimension, k);
          for (int i = 0; i < dimension; i++) {
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
      java.util.Arrays.fill(out[s], Double.POSITIVE_INFINITY);
      for (Solution sol : front) {
        for (int j = 0; j < k; j++) {
          out[s][j] = Math.min(out[s][j], sol.getObjectiveValue(j));
        }
      }
    }
    return out;
  }
}
