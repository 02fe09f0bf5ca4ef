package org.xbarlab.optimize;

import org.xbarlab.ConfigException;

/**
 * When a run stops: after a number of evaluations, once the cumulative measured evaluation cost
 * reaches a budget (the evaluation that crosses the budget is completed and counted), or, if set,
 * once the top-fidelity hypervolume reaches a target (a comparison by cost-to-reach needs nothing
 * after that).
 *
 * @param maxEvaluations evaluation budget, or {@code Integer.MAX_VALUE}
 * @param maxCost cost budget, or {@code Double.POSITIVE_INFINITY}
 * @param targetHypervolume stop once the hypervolume reaches it, or {@code Double.POSITIVE_INFINITY}
 */
public record Termination(int maxEvaluations, double maxCost, double targetHypervolume) {
  /** Validates. */
  public Termination {
    if (!(targetHypervolume > 0)) {
      throw new ConfigException("targetHypervolume", targetHypervolume, "a hypervolume > 0, or +infinity for none");
    }
    if (maxEvaluations < 1) {
      throw new ConfigException("maxEvaluations", maxEvaluations, "an integer >= 1");
    }
    if (!(maxCost > 0)) {
      throw new ConfigException("maxCost", maxCost, "a cost budget > 0");
    }
    if (maxEvaluations == Integer.MAX_VALUE && maxCost == Double.POSITIVE_INFINITY) {
      throw new ConfigException("termination", "unbounded", "a finite evaluation or cost budget");
    }
  }

  /** Stops by evaluations or cost, without a hypervolume target. */
  public Termination(int maxEvaluations, double maxCost) {
    this(maxEvaluations, maxCost, Double.POSITIVE_INFINITY);
  }

  /** Returns a copy that also stops once the top-fidelity hypervolume reaches {@code target}. */
  public Termination orHypervolume(double target) {
    return new Termination(maxEvaluations, maxCost, target);
  }

  /** Stops after {@code n} evaluations. */
  public static Termination maxEvaluations(int n) {
    return new Termination(n, Double.POSITIVE_INFINITY);
  }

  /** Stops once the cumulative evaluation cost reaches {@code budget}. */
  public static Termination maxCost(double budget) {
    return new Termination(Integer.MAX_VALUE, budget);
  }

  /** Returns true if a run with these totals must stop. */
  public boolean isDone(int evaluations, double cumulativeCost) {
    return evaluations >= maxEvaluations || cumulativeCost >= maxCost;
  }

  /** Returns true if a run with these totals and this top-fidelity hypervolume must stop. */
  public boolean isDone(int evaluations, double cumulativeCost, double hypervolume) {
    return isDone(evaluations, cumulativeCost) || hypervolume >= targetHypervolume;
  }

  /** Returns progress in [0, 1] for progress bars. */
  public double progress(int evaluations, double cumulativeCost) {
    double a = maxEvaluations == Integer.MAX_VALUE ? 0 : (double) evaluations / maxEvaluations;
    double b = maxCost == Double.POSITIVE_INFINITY ? 0 : cumulativeCost / maxCost;
    return Math.min(1.0, Math.max(a, b));
  }
}
