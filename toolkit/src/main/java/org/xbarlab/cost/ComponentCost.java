package org.xbarlab.cost;

/**
 * Costs one {@link CostComponent} of one layer. Implementations are small, stateless static
 * methods (one class per component documents its equations); {@link CostModel} maps each component
 * to its method and calls them in {@link CostComponent} order. The interconnect is not one of them:
 * it also reads the area of the block it connects, so {@link CostModel} calls it last.
 */
@FunctionalInterface
interface ComponentCost {
  /**
   * Returns this component's area, dynamic energy and latency share of one layer.
   *
   * @param c the layer's counts and parameters
   */
  ComponentEstimate estimate(LayerContext c);
}
