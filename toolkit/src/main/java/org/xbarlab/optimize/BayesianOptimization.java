package org.xbarlab.optimize;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;

/**
 * MESMO and CF-MESMO as closed-loop algorithms (papers.md 1.7). Each iteration fits one
 * {@link GaussianProcess} (ARD, fitted amplitude and noise) per objective that needs an evaluation
 * over (x, z), optionally on a log scale ({@code logObjectives}); objectives the problem knows
 * exactly ({@link Problem#exactObjectives()}) are computed, not modelled. It samples Pareto fronts
 * with random-Fourier-feature functions on the design grid ({@link ParetoFrontSampler}), turns them
 * into thresholds ({@link FrontThresholds}; per-objective minima are clamped below the best observed
 * top-fidelity value by {@code 5 sqrt(1/beta)} target standard deviations), builds
 * {@link MesmoAcquisition} (top fidelity only) or {@link CfMesmoAcquisition} (fidelity grid of the
 * problem, information gain per unit cost, optional pruning) and maximises it with the
 * {@link AcquisitionOptimizer}.
 *
 * <p>Initial design: a Latin hypercube of {@code initialPoints} designs; MESMO evaluates all at the
 * top fidelity, CF-MESMO {@code topInitialPoints} of them at the top fidelity and the rest at
 * random lower levels. Fidelity rule of CF-MESMO: every {@code topFidelityEvery}-th iteration
 * (0 = never) the acquisition is maximised at the top fidelity only, so that information bought
 * cheaply is turned into top-fidelity results, which alone count for the hypervolume; the other
 * iterations choose the fidelity by information gain per unit cost. Proposals depend only on the
 * observations and {@code rng.split(iteration)}, so {@link #propose} is also the "ask" of an
 * ask/tell loop.
 *
 * @param multiFidelity CF-MESMO (fidelity grid, cost-aware) rather than MESMO (top fidelity only)
 * @param initialPoints initial design size, {@code >= 2}
 * @param topInitialPoints initial points at the top fidelity (CF-MESMO), in 1..initialPoints
 * @param paretoSamples Pareto-front samples per iteration, {@code >= 1}
 * @param features random Fourier features per GP sample, {@code >= 10}
 * @param beta noise precision of the feature regression, {@code > 0}
 * @param frontEvaluations NSGA-II evaluations per Pareto-front sample, {@code >= 100}
 * @param pruneFidelities CF-MESMO step 7 (iMOCA's fidelity pruning) on or off
 * @param topFidelityEvery CF-MESMO: every n-th iteration at the top fidelity, {@code >= 0}
 * @param logObjectives names of objectives modelled on a log scale (positive minimised values)
 * @param jointTruncation with 2 or 3 evaluated objectives and no exact ones, score top-fidelity
 *     candidates by {@link ParetoFrontierEntropy} (PFES's joint truncation by the sampled front)
 *     instead of MESMO's sum of per-objective terms; CF-MESMO scales it to lower fidelities by
 *     the per-objective extended-Gaussian share ({@link CfMesmoAcquisition#withJointGain})
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
    int topInitialPoints,
    int paretoSamples,
    int features,
    double beta,
    int frontEvaluations,
    boolean pruneFidelities,
    int topFidelityEvery,
    Set<String> logObjectives,
    boolean jointTruncation,
    RandomLocalSearch optimizer) implements Algorithm, BayesianOptimizationBuilder.With {

  /** Validates every setting; throws {@link ConfigException} naming the field and range. */
  public BayesianOptimization {
    if (initialPoints < 2) {
      throw new ConfigException("initialPoints", initialPoints, "an integer >= 2");
    }
    if (topInitialPoints < 1 || topInitialPoints > initialPoints) {
      throw new ConfigException("topInitialPoints", topInitialPoints,
          "an integer in 1.." + initialPoints + " (initialPoints)");
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
    if (topFidelityEvery < 0) {
      throw new ConfigException("topFidelityEvery", topFidelityEvery,
          "an integer >= 0 (0 = fidelity by information per cost only)");
    }
    if (logObjectives == null) {
      throw new ConfigException("logObjectives", null, "a set of objective names (empty: none)");
    }
    logObjectives = Set.copyOf(logObjectives);
    if (optimizer == null) {
      throw new ConfigException("optimizer", null, "a RandomLocalSearch");
    }
  }

  /**
   * Returns single-fidelity MESMO: 5 initial points, 10 Pareto samples, 300 features,
   * beta 1e3, 1500 NSGA-II evaluations per sample, 1000 random candidates + 5 local searches, with
   * PFES's joint truncation ({@code withJointTruncation(false)} is the original per-objective
   * MESMO).
   */
  public static BayesianOptimization mesmo() {
    return new BayesianOptimization(false, 5, 5, 10, 300, 1e3, 1500, false, 0, Set.of(), true,
        RandomLocalSearch.defaults());
  }

  /**
   * Returns CF-MESMO with the settings of {@link #mesmo()}, 3 of the 5 initial points at the top
   * fidelity, every second iteration at the top fidelity and no pruning.
   */
  public static BayesianOptimization cfMesmo() {
    return new BayesianOptimization(true, 5, 3, 10, 300, 1e3, 1500, false, 2, Set.of(), true,
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

  /** Returns a copy whose initial design has {@code n} points, as many at the top as allowed. */
  public BayesianOptimization withInitialPoints(int n) {
    return new BayesianOptimization(multiFidelity, n, Math.min(Math.max(1, topInitialPoints), n),
        paretoSamples, features, beta, frontEvaluations, pruneFidelities, topFidelityEvery,
        logObjectives, jointTruncation, optimizer);
  }

  /** Returns a copy modelling the named objectives on a log scale. */
  public BayesianOptimization withLogObjectives(String... names) {
    return withLogObjectives(Set.of(names));
  }

  @Override
  public String describe() {
    return (multiFidelity ? "cf-mesmo" : "mesmo") + "(init=" + initialPoints + ",samples="
        + paretoSamples + ",features=" + features + ",beta=" + beta + ",frontEvaluations="
        + frontEvaluations + (multiFidelity ? ",top=" + topInitialPoints + ",topEvery="
        + topFidelityEvery + ",prune=" + pruneFidelities : "")
        + (logObjectives.isEmpty() ? "" : ",log=" + new java.util.TreeSet<>(logObjectives))
        + (jointTruncation ? ",joint" : "")
        + ",optimizer=" + optimizer + ")";
  }

  private double[] grid(Problem p) {
    return multiFidelity ? p.fidelity().grid() : new double[] {1.0};
  }

  /** Returns the initial design: rows [d+1] of unit coordinates then fidelity. */
  public List<double[]> initialDesign(Problem p, RandomSource rng) {
    int d = p.space().dimension();
    double[] g = grid(p);
    RandomSource r = rng.split("initial-design");
    int[][] strata = new int[d][];
    for (int j = 0; j < d; j++) {
      strata[j] = permutation(initialPoints, r);
    }
    int top = g.length == 1 ? initialPoints : topInitialPoints;
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i < initialPoints; i++) {
      double[] row = new double[d + 1];
      for (int j = 0; j < d; j++) {
        row[j] = (strata[j][i] + r.uniform()) / initialPoints;
      }
      row[d] = i < top ? 1.0 : g[r.nextInt(g.length - 1)];
      out.add(row);
    }
    return out;
  }

  private static int[] permutation(int n, RandomSource r) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
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
    if (n < 2) {
      throw new ConfigException("observations", n, "at least 2 observations before proposing");
    }
    ObjectiveModels models = ObjectiveModels.fit(p, observations, logObjectives,
        GaussianProcess.defaults());
    List<double[][]> fronts = ParetoFrontSampler.sampleFronts(models, p.space(), paretoSamples,
        features, beta, frontEvaluations, rng.split("pareto"));
    FrontThresholds thresholds = FrontThresholds.of(fronts, models.evaluated(), models.exact(),
        models::exactValues);
    if (thresholds.isConstant()) {
      clampBelowObserved(thresholds.constantValues(), models, observations);
    }
    List<GaussianProcess.Fitted> fits = models.fits();
    boolean topOnly = multiFidelity && topFidelityEvery > 0 && iteration % topFidelityEvery == 0;
    ParetoFrontierEntropy joint = jointTruncation && models.exact().isEmpty() && fits.size() >= 2
        && fits.size() <= 3
        ? new ParetoFrontierEntropy(fits, fronts, observedTop(models, observations)) : null;
    Acquisition acq;
    if (multiFidelity) {
      CfMesmoAcquisition cf = new CfMesmoAcquisition(fits, thresholds, p.fidelity(), iteration,
          pruneFidelities);
      acq = joint == null ? cf : topOnly ? joint : cf.withJointGain(joint);
    } else {
      acq = joint == null ? new MesmoAcquisition(fits, thresholds) : joint;
    }
    double[] zs = topOnly ? new double[] {1.0} : grid(p);
    return optimizer.propose(acq, p.space(), zs, alreadyEvaluated, rng.split("acquisition"));
  }

  /**
   * Returns the observed values [n x u] of the evaluated objectives in model units: the
   * top-fidelity observations, or all of them if there are none at the top fidelity yet.
   */
  private static double[][] observedTop(ObjectiveModels models, List<Observation> observations) {
    boolean anyTop = observations.stream().anyMatch(Observation::isTopFidelity);
    List<double[]> out = new ArrayList<>();
    for (Observation o : observations) {
      if (o.isTopFidelity() || !anyTop) {
        double[] y = new double[models.evaluated().size()];
        for (int u = 0; u < y.length; u++) {
          int j = models.evaluated().get(u);
          y[u] = models.toModel(j, o.minimized()[j]);
        }
        out.add(y);
      }
    }
    return out.toArray(new double[0][]);
  }

  /** MESMO's clamp: each sampled minimum lies below the best observed top-fidelity value. */
  private void clampBelowObserved(double[][] yStar, ObjectiveModels models,
      List<Observation> observations) {
    double[][] observed = observedTop(models, observations);
    for (int u = 0; u < models.evaluated().size(); u++) {
      double best = Double.POSITIVE_INFINITY;
      for (double[] y : observed) {
        best = Math.min(best, y[u]);
      }
      double bound = best - 5 * Math.sqrt(1 / beta) * models.fits().get(u).targetStd();
      for (double[] ys : yStar) {
        ys[u] = Math.min(ys[u], bound);
      }
    }
  }
}
