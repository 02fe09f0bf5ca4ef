package org.xbarlab.optimize;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;

/**
 * MESMO and CF-MESMO as closed-loop algorithms (papers.md 1.7). Each iteration fits one
 * {@link GaussianProcess} per objective over (x, z), samples Pareto fronts with random-Fourier-
 * feature functions and NSGA-II ({@link ParetoFrontSampler}), clamps the sampled minima below the
 * best observed top-fidelity value by {@code 5 sqrt(1/beta)} target standard deviations, builds
 * {@link MesmoAcquisition} (top fidelity only) or {@link CfMesmoAcquisition} (fidelity grid of the
 * problem, information gain per unit cost, pruning) and maximises it with the
 * {@link AcquisitionOptimizer}. Initial design: MESMO evaluates {@code initialPoints} random
 * designs at the top fidelity; CF-MESMO (as iMOCA) one random design at the top fidelity and
 * {@code initialPoints - 1} at random lower fidelity levels. Proposals depend only on the
 * observations and {@code rng.split(iteration)}, so {@link #propose} is also the "ask" of an
 * ask/tell loop.
 *
 * @param multiFidelity CF-MESMO (fidelity grid, cost-aware) rather than MESMO (top fidelity only)
 * @param initialPoints initial design size, {@code >= 2}
 * @param paretoSamples Pareto-front samples per iteration, {@code >= 1}
 * @param features random Fourier features per GP sample, {@code >= 10}
 * @param beta noise precision of the feature regression, {@code > 0}
 * @param frontEvaluations NSGA-II evaluations per Pareto-front sample, {@code >= 100}
 * @param pruneFidelities CF-MESMO step 7 on or off
 * @param optimizer acquisition optimiser
 *
 * <pre>{@code
 * Algorithm cf = BayesianOptimization.cfMesmo().withInitialPoints(8).withParetoSamples(5);
 * }</pre>
 */
@RecordBuilder
public record BayesianOptimization(
    boolean multiFidelity,
    int initialPoints,
    int paretoSamples,
    int features,
    double beta,
    int frontEvaluations,
    boolean pruneFidelities,
    RandomLocalSearch optimizer) implements Algorithm, BayesianOptimizationBuilder.With {

  /** Validates every setting; throws {@link ConfigException} naming the field and range. */
  public BayesianOptimization {
    if (initialPoints < 2) {
      throw new ConfigException("initialPoints", initialPoints, "an integer >= 2");
    }
    if (paretoSamples < 1) {
      throw new ConfigException("paretoSamples", paretoSamples, "an integer >= 1");
    }
    if (features < 10) {
      throw new ConfigException("features", features, "an integer >= 10 (MESMO uses 1000)");
    }
    if (!(beta > 0)) {
      throw new ConfigException("beta", beta, "a noise precision > 0 (iMOCA 1e3, MESMO 1e6)");
    }
    if (frontEvaluations < 100) {
      throw new ConfigException("frontEvaluations", frontEvaluations, "an integer >= 100");
    }
    if (optimizer == null) {
      throw new ConfigException("optimizer", null, "a RandomLocalSearch");
    }
  }

  /**
   * Returns single-fidelity MESMO: 5 initial points, 10 Pareto samples, 300 features,
   * beta 1e3, 1500 NSGA-II evaluations per sample, 1000 random candidates + 5 local searches.
   */
  public static BayesianOptimization mesmo() {
    return new BayesianOptimization(false, 5, 10, 300, 1e3, 1500, true,
        RandomLocalSearch.defaults());
  }

  /** Returns CF-MESMO with the settings of {@link #mesmo()} plus fidelity pruning. */
  public static BayesianOptimization cfMesmo() {
    return new BayesianOptimization(true, 5, 10, 300, 1e3, 1500, true,
        RandomLocalSearch.defaults());
  }

  // withInitialPoints, withParetoSamples, withFrontEvaluations, withOptimizer, ... are generated
  // (BayesianOptimizationBuilder.With).

  /** Returns a copy with {@code n} random Fourier features and noise precision {@code b}. */
  public BayesianOptimization withFeatures(int n, double b) {
    return withFeatures(n).withBeta(b);
  }

  /** Returns a copy with fidelity pruning (CF-MESMO step 7) switched on or off. */
  public BayesianOptimization withFidelityPruning(boolean on) {
    return withPruneFidelities(on);
  }

  @Override
  public String describe() {
    return (multiFidelity ? "cf-mesmo" : "mesmo") + "(init=" + initialPoints + ",samples="
        + paretoSamples + ",features=" + features + ",beta=" + beta + ",frontEvaluations="
        + frontEvaluations + (multiFidelity ? ",prune=" + pruneFidelities : "") + ",optimizer="
        + optimizer + ")";
  }

  private double[] grid(Problem p) {
    return multiFidelity ? p.fidelity().grid() : new double[] {1.0};
  }

  /** Returns the initial design: rows [d+1] of unit coordinates then fidelity. */
  public List<double[]> initialDesign(Problem p, RandomSource rng) {
    int d = p.space().dimension();
    double[] g = grid(p);
    RandomSource r = rng.split("initial-design");
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i < initialPoints; i++) {
      double[] row = new double[d + 1];
      for (int j = 0; j < d; j++) {
        row[j] = r.uniform();
      }
      row[d] = (i == 0 || g.length == 1) ? 1.0 : g[r.nextInt(g.length - 1)];
      out.add(row);
    }
    return out;
  }

  @Override
  public void run(Run run) {
    Problem p = run.problem();
    int d = p.space().dimension();
    for (double[] row : initialDesign(p, run.rng())) {
      if (run.isFinished()) {
        return;
      }
      run.evaluate(Arrays.copyOf(row, d), row[d], 0);
    }
    for (int t = 1; !run.isFinished(); t++) {
      if (run.hasReplay()) {
        run.replayNext();
        continue;
      }
      double[] next = propose(p, run.observations(), t, run.rng().split(t), run::isEvaluated);
      run.evaluate(Arrays.copyOf(next, d), next[d], t);
    }
  }

  /**
   * Returns the next point [d+1] (unit coordinates, fidelity) to evaluate ("ask").
   *
   * @param p the problem
   * @param observations the observations so far (at least two)
   * @param iteration the BO iteration t >= 1
   * @param rng the iteration's random source
   * @param alreadyEvaluated true for points [d+1] that must not be proposed again
   */
  public double[] propose(Problem p, List<Observation> observations, int iteration,
      RandomSource rng, java.util.function.Predicate<double[]> alreadyEvaluated) {
    int n = observations.size();
    int k = p.objectiveCount();
    int d = p.space().dimension();
    if (n < 2) {
      throw new ConfigException("observations", n, "at least 2 observations before proposing");
    }
    double[][] inputs = new double[n][];
    double[][] targets = new double[k][n];
    for (int i = 0; i < n; i++) {
      Observation o = observations.get(i);
      inputs[i] = o.input();
      double[] m = o.minimized();
      for (int j = 0; j < k; j++) {
        targets[j][i] = m[j];
      }
    }
    List<GaussianProcess.Fitted> fits = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      fits.add(GaussianProcess.defaults().fit(inputs, targets[j]));
    }
    double[][] yStar = ParetoFrontSampler.sampleMinima(fits, d, paretoSamples, features, beta,
        frontEvaluations, rng.split("pareto"));
    boolean anyTop = observations.stream().anyMatch(Observation::isTopFidelity);
    for (int j = 0; j < k; j++) {
      double best = Double.POSITIVE_INFINITY;
      for (Observation o : observations) {
        if (o.isTopFidelity() || !anyTop) {
          best = Math.min(best, o.minimized()[j]);
        }
      }
      double bound = best - 5 * Math.sqrt(1 / beta) * fits.get(j).targetStd();
      for (double[] ys : yStar) {
        ys[j] = Math.min(ys[j], bound);
      }
    }
    Acquisition acq = multiFidelity
        ? new CfMesmoAcquisition(fits, yStar, p.fidelity(), iteration, pruneFidelities)
        : new MesmoAcquisition(fits, yStar);
    return optimizer.propose(acq, p.space(), grid(p), alreadyEvaluated, rng.split("acquisition"));
  }
}
