package org.xbarlab.optimize;

import org.xbarlab.ConfigException;

/**
 * The fidelity range of a problem: fidelities are reals in [lowest, 1] (1 = full fidelity), which
 * multi-fidelity optimisers discretise into {@code levels} evenly spaced values (iMOCA's
 * {@code fidelity_grid_size}), and the a-priori cost of each.
 *
 * @param lowest the lowest fidelity, in (0, 1]
 * @param levels number of grid levels including 1.0 (1 for a single-fidelity problem)
 * @param costModel a-priori cost per fidelity
 */
public record Fidelity(double lowest, int levels, FidelityCostModel costModel) {
  /** Validates. */
  public Fidelity {
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
    return new Fidelity(1.0, 1, FidelityCostModel.constant());
  }

  /** Returns a continuous fidelity range [lowest, 1] discretised into {@code levels} levels. */
  public static Fidelity range(double lowest, int levels, FidelityCostModel costModel) {
    return new Fidelity(lowest, levels, costModel);
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
