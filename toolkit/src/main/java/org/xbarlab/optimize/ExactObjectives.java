package org.xbarlab.optimize;

import java.util.List;

/**
 * The objectives of a problem that are known exactly and cheaply without an evaluation (area,
 * latency and energy of the ReRAM problem come from the cost model in microseconds, whatever the
 * fidelity). Bayesian optimisation computes them instead of modelling them: only the other
 * objectives get a Gaussian process, and the Pareto-front samples and the acquisition use the exact
 * values.
 *
 * <pre>{@code
 * ExactObjectives cost = ExactObjectives.of(List.of(1, 2), design -> costModel.values(design));
 * Problem withCost = problem.withExactObjectives(cost);
 * }</pre>
 */
public interface ExactObjectives {
  /** Returns the 0-based indices of the exact objectives, ascending. */
  List<Integer> indices();

  /**
   * Returns the exact objectives' values in natural units, one per index of {@link #indices()}.
   *
   * @param design design values [d] in natural units
   */
  double[] values(double[] design);

  /** Returns the empty set: every objective needs an evaluation. */
  static ExactObjectives none() {
    return of(List.of(), design -> new double[0]);
  }

  /** Returns exact objectives at {@code indices} computed by {@code values}. */
  static ExactObjectives of(List<Integer> indices, java.util.function.Function<double[], double[]> values) {
    List<Integer> copy = List.copyOf(indices);
    return new ExactObjectives() {
      @Override
      public List<Integer> indices() {
        return copy;
      }

      @Override
      public double[] values(double[] design) {
        return values.apply(design);
      }
    };
  }
}
