package org.xbarlab.cost;

/**
 * One component's unscaled cost for one layer; {@link CostModel} applies the calibration factors.
 *
 * @param areaSquareMicrometres area, in um^2
 * @param energyPicojoules dynamic energy of one inference, in pJ
 * @param latencyNs latency share of one inference, in ns
 */
record ComponentEstimate(double areaSquareMicrometres, double energyPicojoules, double latencyNs) {
  /** A component that is switched off or has no cost. */
  static final ComponentEstimate NONE = new ComponentEstimate(0, 0, 0);
}
