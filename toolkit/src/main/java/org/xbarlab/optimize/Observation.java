package org.xbarlab.optimize;

import java.util.Arrays;

/**
 * One finished evaluation as the optimisers see it.
 *
 * @param index evaluation number, 0-based, in run order
 * @param iteration algorithm iteration (0 = initial design for BO, generation for NSGA-II)
 * @param unit unit-cube coordinates [d] (snapped to the space's grid)
 * @param fidelity fidelity in (0, 1]
 * @param cost measured evaluation cost
 * @param objectives objective values [k] in natural units
 * @param minimized objective values [k] in the minimisation convention
 */
public record Observation(int index, int iteration, double[] unit, double fidelity, double cost,
    double[] objectives, double[] minimized) {

  /** Copies arrays. */
  public Observation {
    unit = unit.clone();
    objectives = objectives.clone();
    minimized = minimized.clone();
  }

  /** Returns a copy of the unit coordinates. */
  @Override
  public double[] unit() {
    return unit.clone();
  }

  /** Returns a copy of the natural objective values. */
  @Override
  public double[] objectives() {
    return objectives.clone();
  }

  /** Returns a copy of the minimisation-convention objective values. */
  @Override
  public double[] minimized() {
    return minimized.clone();
  }

  /** Returns the GP input row [d+1]: unit coordinates then fidelity. */
  public double[] input() {
    double[] in = Arrays.copyOf(unit, unit.length + 1);
    in[unit.length] = fidelity;
    return in;
  }

  /** Returns true if evaluated at the top fidelity 1.0. */
  public boolean isTopFidelity() {
    return fidelity == 1.0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Observation b && index == b.index && iteration == b.iteration
        && Arrays.equals(unit, b.unit) && fidelity == b.fidelity && cost == b.cost
        && Arrays.equals(objectives, b.objectives);
  }

  @Override
  public int hashCode() {
    return 31 * index + Arrays.hashCode(unit);
  }

  @Override
  public String toString() {
    return "Observation[#" + index + " it=" + iteration + " u=" + Arrays.toString(unit) + " z="
        + fidelity + " cost=" + cost + " y=" + Arrays.toString(objectives) + "]";
  }
}
