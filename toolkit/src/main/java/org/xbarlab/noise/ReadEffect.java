package org.xbarlab.noise;

import org.xbarlab.RandomSource;

/**
 * A non-ideality drawn anew on every read. Two kinds, because the physics differs:
 *
 * <ul>
 *   <li>{@link Kind#STATE} (cycle-to-cycle variation) changes the conductance the cell has for this
 *       read; {@link #read} returns the new state, and every later effect sees it.
 *   <li>{@link Kind#FLUCTUATION} (read noise, random telegraph noise) adds a deviation to the sensed
 *       value whose size depends on the state but does not change it; {@link #read} returns the
 *       deviation. PytorX adds both of its terms at the same conductance
 *       ({@code G + G_g(G) + G_RTN(G)}, papers.md 1.4), which is what this gives in the default order.
 * </ul>
 *
 * The engine applies the effects in the configured order, once per cell: a fluctuation is evaluated
 * at the state reached at its place in the order, and the sensed value is the final state plus all
 * deviations. {@link NoiseStack#readEffects} builds the list once per read of a matrix.
 *
 * <p>Contract (checked by {@code NoiseEffectContractTest}): the same {@code rng} state gives the same
 * result; an effect at zero strength is never built; a state stays in the device window.
 */
public interface ReadEffect {
  /** Whether {@link #read} returns a new state or a deviation. */
  enum Kind {
    /** {@link #read} returns the cell's conductance for this read. */
    STATE,
    /** {@link #read} returns a deviation added to the sensed value. */
    FLUCTUATION
  }

  /** Returns what {@link #read} returns. */
  Kind kind();

  /**
   * Returns the new state ({@link Kind#STATE}) or the deviation ({@link Kind#FLUCTUATION}) in
   * siemens for a cell whose state conductance is {@code stateSiemens}.
   */
  double read(double stateSiemens, RandomSource rng);
}
