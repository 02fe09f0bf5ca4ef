package org.xbarlab.cost;

/**
 * The on-chip network that carries input vectors to the crossbars of a layer and partial sums
 * back. Both are modelled over the layer's own floor-plan region of side {@code s} (see {@link
 * CostModel}).
 */
public enum Interconnect {
  /**
   * H-tree: each bit travels root-to-leaf, about {@code s} of wire ({@code s/2 + s/4 + ...} in
   * each direction), through {@code ceil(log2 crossbars)} repeater stages.
   */
  HTREE,
  /** Shared bus: each bit travels {@code s/2} on average; arbitration adds one cycle per crossbar row. */
  BUS
}
