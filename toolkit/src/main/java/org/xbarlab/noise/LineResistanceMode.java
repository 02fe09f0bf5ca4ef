package org.xbarlab.noise;

/** How line (wire) resistance is simulated. */
public enum LineResistanceMode {
  /** Ideal wires: the tile output is exactly {@code G^T V}. */
  OFF,
  /** Per-cell series resistance to driver and sense end ({@link FirstOrderLineResistance}). */
  FIRST_ORDER,
  /** Exact nodal solve of every programmed tile ({@link TileCircuit}). */
  EXACT,
  /**
   * First-order model corrected per position by one exact solve of a uniform tile of the expected
   * cell conductance, cached per tile size ({@link CalibratedFirstOrder}): near the exact solve at
   * the first-order model's cost.
   */
  FIRST_ORDER_CALIBRATED
}
