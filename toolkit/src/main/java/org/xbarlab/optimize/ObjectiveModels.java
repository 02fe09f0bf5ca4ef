package org.xbarlab.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xbarlab.ConfigException;

/**
 * The objectives as one Bayesian-optimisation iteration sees them, all in the minimisation
 * convention and in model units (the natural logarithm for log-transformed objectives, which keeps
 * the Pareto order because the logarithm is increasing): a fitted {@link GaussianProcess} for each
 * objective that needs an evaluation, exact values for the problem's {@link ExactObjectives}.
 */
final class ObjectiveModels {
  private final Problem problem;
  private final List<Integer> evaluated;
  private final List<Integer> exact;
  private final boolean[] log;
  private final List<GaussianProcess.Fitted> fits;

  private ObjectiveModels(Problem problem, boolean[] log, List<GaussianProcess.Fitted> fits) {
    this.problem = problem;
    this.evaluated = problem.evaluatedObjectives();
    this.exact = problem.exactObjectives().indices();
    this.log = log;
    this.fits = List.copyOf(fits);
  }

  /**
   * Fits one GP per evaluated objective to {@code observations}.
   *
   * @param logObjectives names of objectives modelled on a log scale (values must be positive)
   */
  static ObjectiveModels fit(Problem p, List<Observation> observations, Set<String> logObjectives,
      GaussianProcess gp) {
    boolean[] log = new boolean[p.objectiveCount()];
    for (int j = 0; j < log.length; j++) {
      log[j] = logObjectives.contains(p.objectives().get(j).name());
    }
    ObjectiveModels shell = new ObjectiveModels(p, log, List.of());
    int n = observations.size();
    double[][] inputs = new double[n][];
    for (int i = 0; i < n; i++) {
      inputs[i] = observations.get(i).input();
    }
    List<GaussianProcess.Fitted> fits = new ArrayList<>();
    for (int j : shell.evaluated) {
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        y[i] = shell.toModel(j, observations.get(i).minimized()[j]);
      }
      fits.add(gp.fit(inputs, y));
    }
    return new ObjectiveModels(p, log, fits);
  }

  /** Returns a minimisation-convention value in model units. */
  double toModel(int objective, double minimized) {
    if (!log[objective]) {
      return minimized;
    }
    if (!(minimized > 0)) {
      throw new ConfigException("logObjectives", problem.objectives().get(objective).name()
          + " = " + minimized, "an objective whose minimised values are all > 0 (drop it from"
          + " the log-transformed objectives)");
    }
    return Math.log(minimized);
  }

  /** Returns the GPs of the evaluated objectives, in the order of {@link #evaluated()}. */
  List<GaussianProcess.Fitted> fits() {
    return fits;
  }

  List<Integer> evaluated() {
    return evaluated;
  }

  List<Integer> exact() {
    return exact;
  }

  int objectiveCount() {
    return log.length;
  }

  /** Returns the exact objectives at unit design {@code unit} [d], model units, index order. */
  double[] exactValues(double[] unit) {
    if (exact.isEmpty()) {
      return new double[0];
    }
    double[] natural = problem.exactObjectives().values(problem.space().fromUnit(unit));
    if (natural.length != exact.size()) {
      throw new ConfigException("exactObjectives.values.length", natural.length,
          exact.size() + " (one value per exact objective)");
    }
    double[] out = new double[natural.length];
    for (int i = 0; i < out.length; i++) {
      int j = exact.get(i);
      out[i] = toModel(j, problem.objectives().get(j).toMinimized(natural[i]));
    }
    return out;
  }
}
