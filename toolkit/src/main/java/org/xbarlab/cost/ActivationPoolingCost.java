package org.xbarlab.cost;

/**
 * ReLU and max pooling after a layer (NeuroSim V1.3 {@code chipActivation}/{@code reLu} and {@code
 * MaxPooling.cpp}): one ReLU lane of {@code inputBits * activationCellsPerBit} cells per output
 * channel, and after a layer with {@code poolingWindow w > 1} one pooling unit per channel of
 * {@code w - 1} comparators of {@code inputBits * comparatorCellsPerBit + comparatorOverheadCells}
 * cells. Energy: every output passes its ReLU; every pooled output takes {@code w - 1} comparisons.
 * Pipelined behind the accumulators (no latency share). Off when {@link
 * CostOptions#activationAndPooling()} is false.
 */
final class ActivationPoolingCost {
  private ActivationPoolingCost() {}

  static ComponentEstimate estimate(LayerContext c) {
    if (!c.options.activationAndPooling()) {
      return ComponentEstimate.NONE;
    }
    CircuitParameters p = c.tech.circuits();
    double bits = c.design.inputBits();
    double cell = c.standardCellSquareMicrometres;
    double outputs = c.mvms * c.cols;
    int window = c.layer.poolingWindow();
    double comparatorsPerChannel = window - 1;
    double area = c.cols * (bits * p.activationCellsPerBit()
        + comparatorsPerChannel * (bits * p.comparatorCellsPerBit() + p.comparatorOverheadCells()))
        * cell;
    double comparisons = outputs / window * comparatorsPerChannel;
    double energy = (outputs * bits * p.activationEnergyPerBitFemtojoules()
        + comparisons * bits * p.comparatorEnergyPerBitFemtojoules()) * 1e-3;
    return new ComponentEstimate(area, energy, 0);
  }
}
