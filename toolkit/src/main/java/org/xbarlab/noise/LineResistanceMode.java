package org.xbarlab.noise;

/** How line (wire) resistance is simulated. */
public enum LineResistanceMode {
  /** Ideal wires: the tile output is exactly {@code G^T V}. */
  OFF,
  /** Per-cell series resistance to driver and sense end ({@link FirstOrderLineResistance}). */
  FIRST_ORDER,
  /** Exact nodal solve of the tile circuit ({@link TileCircuit}). */
  EXACT
}
