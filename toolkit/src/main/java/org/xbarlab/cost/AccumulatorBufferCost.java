package org.xbarlab.cost;

/**
 * Partial-sum accumulation across row tiles and the activation buffer. Per crossbar: an input
 * register of {@code rows * inputBits} bits and, per held output, an accumulator register and adder
 * of {@code accumulatorBits = inputBits + weightBits + ceil(log2 rows)} bits; per layer an SRAM
 * buffer of its output feature map at {@code inputBits}. Energy: adds of partial sums plus buffer
 * reads of inputs and writes of outputs. Latency: one add per MVM plus the adder-tree depth.
 */
final class AccumulatorBufferCost {
  private AccumulatorBufferCost() {}

  static ComponentEstimate estimate(LayerContext c) {
    TechnologyParameters t = c.tech;
    double f = c.featureMicrometres;
    double heldOutputs = Math.ceil((double) c.crossbarCols / c.columnsPerOutput);
    double registerBits = c.crossbars * (c.crossbarRows * (double) c.design.inputBits()
        + heldOutputs * c.accumulatorBits);
    double adderBits = c.crossbars * heldOutputs * c.accumulatorBits;
    double bufferBits = c.mvms * c.cols * c.design.inputBits();
    double area = registerBits * t.registerBitAreaSquareMicrometres()
        + adderBits * t.circuits().adderCellsPerBit() * c.standardCellSquareMicrometres
        + bufferBits * t.bufferBitAreaF2() * f * f;
    double rowTiles = c.tiling.rowTiles();
    double adds = c.mvms * c.cols * (rowTiles * (c.columnsPerOutput - 1) + (rowTiles - 1));
    double inputBitsMoved = c.mvms * c.rows * c.design.inputBits();
    double outputBitsWritten = c.mvms * c.cols * c.design.inputBits();
    double energy = adds * c.accumulatorBits * t.adderEnergyPerBitFemtojoules() * 1e-3
        + (inputBitsMoved + outputBitsWritten) * t.bufferEnergyPerBitPicojoules();
    double latency = (c.mvms + LayerContext.log2Ceil(c.tiling.rowTiles()) + 1) * c.periodNs;
    return new ComponentEstimate(area, energy, latency);
  }
}
