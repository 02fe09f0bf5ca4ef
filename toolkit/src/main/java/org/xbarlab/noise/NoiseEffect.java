package org.xbarlab.noise;

import java.util.List;

/**
 * The non-idealities a {@link NoiseStack} can switch on, named so that a configuration can list the
 * order in which they act. Programming-time effects act once per chip, read-time effects on every
 * read; within each phase the order of {@link NoiseStack#order()} applies.
 */
public enum NoiseEffect {
  /** Stuck-at faults: cells pinned at Gmin (SA0) or Gmax (SA1). */
  STUCK_AT_FAULTS(true),
  /** Relative device-to-device variation, frozen per cell. */
  DEVICE_VARIATION(true),
  /** Absolute programming (write-verify) error in level steps, frozen per cell. */
  PROGRAMMING_ERROR(true),
  /** Relative cycle-to-cycle variation, drawn per read. */
  CYCLE_VARIATION(false),
  /** Thermal + shot + programming read noise (PytorX), drawn per read. */
  READ_NOISE(false),
  /** Two-level random telegraph noise, drawn per read. */
  TELEGRAPH_NOISE(false);

  /**
   * The order used unless a config says otherwise: a fault pins a cell before variation spreads
   * it (as PytorX and earlier XbarLab releases), and the state conductance of a read is set by
   * cycle-to-cycle variation before read noise and RTN perturb the current.
   */
  public static final List<NoiseEffect> DEFAULT_ORDER = List.of(values());

  private final boolean programming;

  NoiseEffect(boolean programming) {
    this.programming = programming;
  }

  /** Returns true if the effect is frozen at programming time, false if drawn per read. */
  public boolean atProgramming() {
    return programming;
  }
}
