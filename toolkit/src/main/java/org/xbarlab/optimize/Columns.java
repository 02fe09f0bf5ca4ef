package org.xbarlab.optimize;

/** Column names of the tables produced by {@link OptimizationResult}. */
public final class Columns {
  private Columns() {}

  /** Evaluation number, 0-based (int). */
  public static final String EVALUATION = "evaluation";
  /** Algorithm iteration (int). */
  public static final String ITERATION = "iteration";
  /** Id of the design point; the same design at several fidelities shares it (int). */
  public static final String DESIGN_ID = "design_id";
  /** Fidelity in (0, 1] (double). */
  public static final String FIDELITY = "fidelity";
  /** Measured cost of the evaluation (double, the run's cost unit). */
  public static final String EVAL_COST = "eval_cost";
  /** Cumulative cost after the evaluation (double). */
  public static final String CUMULATIVE_COST = "cumulative_cost";
  /** Hypervolume of the top-fidelity evaluations so far (double). */
  public static final String HYPERVOLUME = "hypervolume";
  /** True if the row is a non-dominated top-fidelity evaluation (boolean). */
  public static final String IS_PARETO = "is_pareto";
  /** The run's seed (long). */
  public static final String SEED = "seed";
}
