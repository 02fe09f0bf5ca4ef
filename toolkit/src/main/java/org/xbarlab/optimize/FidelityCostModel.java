package org.xbarlab.optimize;

import org.xbarlab.ConfigException;

/**
 * Cost of one evaluation as a function of fidelity, known before evaluating (CF-MESMO step 6
 * divides information gain by {@link #normalized(double)}).
 */
@FunctionalInterface
public interface FidelityCostModel {
  /**
   * Returns the a-priori cost of evaluating at {@code fidelity} (any positive unit).
   *
   * @param fidelity fidelity in (0, 1]
   */
  double cost(double fidelity);

  /** Returns {@code cost(fidelity) / cost(1)}, the cost relative to the top fidelity. */
  default double normalized(double fidelity) {
    return cost(fidelity) / cost(1.0);
  }

  /** Returns a constant cost of 1 per evaluation (single-fidelity problems). */
  static FidelityCostModel constant() {
    return z -> 1.0;
  }

  /** Returns cost proportional to fidelity (for example epochs of training). */
  static FidelityCostModel linear() {
    return z -> z;
  }

  /**
   * Returns {@code offset + fidelity^exponent}, the form used by the Branin-CF and Currin-CF
   * test functions (iMOCA {@code test_functions.py}).
   */
  static FidelityCostModel power(double offset, double exponent) {
    if (!(offset >= 0) || !(exponent > 0)) {
      throw new ConfigException("power", offset + ", " + exponent, "offset >= 0 and exponent > 0");
    }
    return z -> offset + Math.pow(z, exponent);
  }
}
