package org.xbarlab.optimize;

import org.xbarlab.ConfigException;

/**
 * The fidelity range of a problem: fidelities are reals in [lowest, 1] (1 = full fidelity), which
 * multi-fidelity optimisers discretise into {@code levels} evenly spaced values (iMOCA's
 * {@code fidelity_grid_size}), and the a-priori cost of each.
 *
 * <p>A fidelity may also carry an explicit unit, for example training epochs: fidelity z then
 * stands for {@code z * explicitMax} of that unit ({@link #toExplicit(double)}), and the
 * evaluations table gains a {@code fidelity_<unit>} column.
 *
 * <pre>{@code
 * Fidelity epochs = Fidelity.explicit("epochs", 5, 100, 20, FidelityCostModel.linear());
 * Evaluator ev = Evaluator.explicit(epochs, (design, e) -> trainAndMeasure(design, (int) e));
 * }</pre>
 *
 * @param lowest the lowest fidelity, in (0, 1]
 * @param levels number of grid levels including 1.0 (1 for a single-fidelity problem)
 * @param costModel a-priori cost per (normalised) fidelity
 * @param explicitUnit name of the explicit fidelity unit ("epochs"), or "" for none
 * @param explicitMax explicit value at fidelity 1 (1 when there is no explicit unit)
 */
public record Fidelity(double lowest, int levels, FidelityCostModel costModel,
    String explicitUnit, double explicitMax) {
  /** Validates. */
  public Fidelity {
    if (explicitUnit == null || !explicitUnit.matches("[A-Za-z0-9_]*")) {
      throw new ConfigException("fidelity.explicitUnit", explicitUnit,
          "a column-safe name such as epochs (letters, digits, underscore) or \"\"");
    }
    if (!(explicitMax > 0) || !Double.isFinite(explicitMax)) {
      throw new ConfigException("fidelity.explicitMax", explicitMax, "a finite value > 0");
    }
    if (!(lowest > 0 && lowest <= 1)) {
      throw new ConfigException("fidelity.lowest", lowest, "a value in (0, 1]");
    }
    if (levels < 1) {
      throw new ConfigException("fidelity.levels", levels, "an integer >= 1");
    }
    if (levels == 1 && lowest != 1.0) {
      throw new ConfigException("fidelity.levels", levels,
          ">= 2 when lowest fidelity " + lowest + " < 1 (use Fidelity.single() for one level)");
    }
    if (levels > 1 && lowest == 1.0) {
      throw new ConfigException("fidelity.lowest", lowest, "< 1 when levels = " + levels);
    }
    if (costModel == null) {
      throw new ConfigException("fidelity.costModel", null, "a FidelityCostModel");
    }
    for (double z : grid(lowest, levels)) {
      double c = costModel.cost(z);
      if (!(c > 0) || !Double.isFinite(c)) {
        throw new ConfigException("fidelity.costModel", "cost(" + z + ") = " + c,
            "a finite positive cost at every fidelity");
      }
    }
  }

  /** Returns the single-fidelity setting (only z = 1, unit cost). */
  public static Fidelity single() {
    return new Fidelity(1.0, 1, FidelityCostModel.constant(), "", 1.0);
  }

  /** Returns a continuous fidelity range [lowest, 1] discretised into {@code levels} levels. */
  public static Fidelity range(double lowest, int levels, FidelityCostModel costModel) {
    return new Fidelity(lowest, levels, costModel, "", 1.0);
  }

  /**
   * Returns a fidelity measured in an explicit unit: values in [lowestValue, maxValue] map to
   * normalised fidelities {@code value / maxValue}; the grid has {@code levels} evenly spaced
   * levels (explicit values need not be integers; round them in the evaluator if they must be).
   *
   * @param unit the unit name, for example "epochs"
   * @param lowestValue the lowest explicit value, > 0
   * @param maxValue the explicit value of the top fidelity, > lowestValue
   * @param levels number of grid levels, >= 2
   * @param costModel a-priori cost as a function of the normalised fidelity
   */
  public static Fidelity explicit(String unit, double lowestValue, double maxValue, int levels,
      FidelityCostModel costModel) {
    if (unit == null || unit.isEmpty()) {
      throw new ConfigException("fidelity.explicitUnit", unit, "a unit name such as epochs");
    }
    if (!(lowestValue > 0 && lowestValue < maxValue)) {
      throw new ConfigException("fidelity.lowestValue", lowestValue,
          "a value in (0, maxValue = " + maxValue + ")");
    }
    return new Fidelity(lowestValue / maxValue, levels, costModel, unit, maxValue);
  }

  /** Returns true if fidelities carry an explicit unit. */
  public boolean hasExplicitUnit() {
    return !explicitUnit.isEmpty();
  }

  /** Returns the explicit value (for example epochs) of normalised fidelity {@code z}. */
  public double toExplicit(double z) {
    return z * explicitMax;
  }

  /** Returns true if there is more than one fidelity level. */
  public boolean isMulti() {
    return levels > 1;
  }

  /** Returns the fidelity grid [levels], ascending, last element exactly 1.0. */
  public double[] grid() {
    return grid(lowest, levels);
  }

  private static double[] grid(double lowest, int levels) {
    double[] g = new double[levels];
    for (int m = 0; m < levels; m++) {
      g[m] = levels == 1 ? 1.0 : lowest + (1.0 - lowest) * m / (levels - 1);
    }
    g[levels - 1] = 1.0;
    return g;
  }
}
