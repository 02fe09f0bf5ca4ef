package org.xbarlab.optimize;

import org.xbarlab.ConfigException;

/**
 * When a run stops: after a number of evaluations or once the cumulative measured evaluation cost
 * reaches a budget (the evaluation that crosses the budget is completed and counted).
 *
 * @param maxEvaluations evaluation budget, or {@code Integer.MAX_VALUE}
 * @param maxCost cost budget, or {@code Double.POSITIVE_INFINITY}
 */
public record Termination(int maxEvaluations, double maxCost) {
  /** Validates. */
  public Termination {
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

  /** Returns progress in [0, 1] for progress bars. */
  public double progress(int evaluations, double cumulativeCost) {
    double a = maxEvaluations == Integer.MAX_VALUE ? 0 : (double) evaluations / maxEvaluations;
    double b = maxCost == Double.POSITIVE_INFINITY ? 0 : cumulativeCost / maxCost;
    return Math.min(1.0, Math.max(a, b));
  }
}
