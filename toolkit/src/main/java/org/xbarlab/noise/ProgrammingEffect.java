package org.xbarlab.noise;

import org.xbarlab.RandomSource;

/**
 * A non-ideality frozen when a chip is programmed (stuck-at faults, device-to-device variation,
 * programming error): it maps the target conductance of one cell to the conductance the cell holds
 * for every later read. {@link NoiseStack#programmingEffects} builds the effects that are on, in the
 * configured order, once per programmed matrix; the engine then calls {@link #program} per cell.
 *
 * <p>Contract (checked for every implementation by {@code NoiseEffectContractTest}): the same
 * {@code rng} state gives the same result; an effect at zero strength is never built; a result stays
 * in the device window unless the effect is a fault.
 */
public interface ProgrammingEffect {
  /**
   * Returns the conductance held by cell {@code cell} (index over all cells of the programmed
   * matrix) when programmed to {@code gSiemens}, in siemens.
   *
   * @param rng this cell's stream (the engine reads cells of a plane in order from one stream)
   */
  double program(int cell, double gSiemens, RandomSource rng);
}
