package org.xbarlab.cost;

/**
 * The layer's interconnect over its own floor-plan region of side {@code s = sqrt(block area)}:
 * wiring area {@code width * pitch * s * sqrt(crossbars)}; every input bit and partial-sum bit
 * travels {@code s} (H-tree) or {@code s/2} (bus) at {@code interconnectEnergyPerBitPerMmPicojoules};
 * latency {@code ceil(bits / width)} transfer cycles plus set-up ({@code ceil(log2 crossbars)}
 * repeater stages for an H-tree, {@code ceil(sqrt crossbars)} arbitration cycles for a bus) plus
 * the wire delay. Runs last: it reads the other components' areas.
 */
final class InterconnectCost {
  private InterconnectCost() {}

  static ComponentEstimate estimate(LayerContext c, double blockArea) {
    TechnologyParameters t = c.tech;
    int width = c.design.interconnectWidthBits();
    double area = width * t.wirePitchMicrometres() * Math.sqrt(blockArea) * Math.sqrt(c.crossbars);
    double inputBitsMoved = c.mvms * c.rows * c.design.inputBits();
    double partialSumBitsMoved = c.mvms * c.tiling.rowTiles() * c.cols * c.accumulatorBits;
    double bitsMoved = inputBitsMoved + partialSumBitsMoved;
    double sideMm = Math.sqrt(blockArea + area) * 1e-3;
    boolean htree = c.design.interconnect() == Interconnect.HTREE;
    double pathMm = htree ? sideMm : 0.5 * sideMm;
    double energy = bitsMoved * pathMm * t.interconnectEnergyPerBitPerMmPicojoules();
    double transferCycles = Math.ceil(bitsMoved / width);
    double setupCycles = htree
        ? LayerContext.log2Ceil(c.tiling.crossbars()) : Math.ceil(Math.sqrt(c.crossbars));
    double latency = (transferCycles + setupCycles) * c.periodNs + pathMm * t.interconnectDelayNsPerMm();
    return new ComponentEstimate(area, energy, latency);
  }
}
