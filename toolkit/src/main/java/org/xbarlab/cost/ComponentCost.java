package org.xbarlab.cost;

/**
 * Costs one {@link CostComponent} of one layer. Implementations are small, stateless and
 * package-private; {@link CostModel} calls them in {@link CostComponent} order, so a component may
 * read the areas of the components before it (the interconnect reads the block area).
 */
interface ComponentCost {
  /** Returns the component this model fills. */
  CostComponent component();

  /**
   * Writes this component's area (um^2), dynamic energy (pJ) and latency share (ns) of one layer
   * at index {@code component().ordinal()}.
   *
   * @param c the layer's counts and parameters
   * @param area per-component area of this layer, in um^2
   * @param energy per-component dynamic energy of this layer, in pJ
   * @param latency per-component latency share of this layer, in ns
   */
  void cost(LayerContext c, double[] area, double[] energy, double[] latency);
}
