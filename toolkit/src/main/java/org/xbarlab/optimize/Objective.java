package org.xbarlab.optimize;

import org.xbarlab.ConfigException;

/**
 * One objective: a name (used as a table column, with its unit, for example {@code energy_pJ}) and
 * a direction. Internally every optimiser minimises; {@link #toMinimized(double)} is the only place
 * where the sign of a maximised objective is flipped.
 *
 * @param name the column name
 * @param maximize true if larger values are better
 */
public record Objective(String name, boolean maximize) {
  /** Validates the name. */
  public Objective {
    if (name == null || name.isBlank()) {
      throw new ConfigException("objective.name", name, "a non-blank column name such as energy_pJ");
    }
  }

  /** Returns an objective to minimise. */
  public static Objective minimize(String name) {
    return new Objective(name, false);
  }

  /** Returns an objective to maximise. */
  public static Objective maximize(String name) {
    return new Objective(name, true);
  }

  /** Returns the value in the minimisation convention (negated if maximised). */
  public double toMinimized(double value) {
    return maximize ? -value : value;
  }

  /** Returns the natural value of a minimisation-convention value (the inverse of toMinimized). */
  public double fromMinimized(double minimized) {
    return toMinimized(minimized);
  }
}
