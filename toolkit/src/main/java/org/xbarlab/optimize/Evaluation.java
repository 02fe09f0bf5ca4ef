package org.xbarlab.optimize;

import java.util.Arrays;
import org.xbarlab.ConfigException;

/**
 * The outcome of evaluating one design at one fidelity: objective values in their natural units
 * and direction, in the order of {@link Problem#objectives()}, plus the measured cost of the
 * evaluation (for example GPU seconds or epochs; the same unit as the run's cost budget).
 *
 * @param objectives objective values [k], natural units, finite
 * @param cost measured evaluation cost, >= 0
 */
public record Evaluation(double[] objectives, double cost) {
  /** Validates and copies. */
  public Evaluation {
    if (objectives == null || objectives.length == 0) {
      throw new ConfigException("objectives", objectives == null ? "null" : "[]",
          "at least one objective value");
    }
    for (double v : objectives) {
      if (!Double.isFinite(v)) {
        throw new ConfigException("objectives", Arrays.toString(objectives),
            "finite values (an evaluator must not return NaN or infinity)");
      }
    }
    if (!(cost >= 0) || !Double.isFinite(cost)) {
      throw new ConfigException("cost", cost, "a finite cost >= 0");
    }
    objectives = objectives.clone();
  }

  /** Returns a copy of the objective values. */
  @Override
  public double[] objectives() {
    return objectives.clone();
  }

  /** Returns objective {@code i}. */
  public double objective(int i) {
    return objectives[i];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Evaluation e && Arrays.equals(objectives, e.objectives) && cost == e.cost;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(objectives) + Double.hashCode(cost);
  }

  @Override
  public String toString() {
    return "Evaluation" + Arrays.toString(objectives) + " cost=" + cost;
  }
}
