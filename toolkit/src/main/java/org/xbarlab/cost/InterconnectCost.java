package org.xbarlab.cost;

/**
 * The layer's interconnect over its own floor-plan region of side {@code s = sqrt(block area)}:
 * wiring area {@code width * pitch * s * sqrt(crossbars)}; every input bit and partial-sum bit
 * travels {@code s} (H-tree) or {@code s/2} (bus) at {@code interconnectEnergyPerBitPerMmPicojoules};
 * latency {@code ceil(bits / width)} transfer cycles plus set-up ({@code ceil(log2 crossbars)}
 * repeater stages for an H-tree, {@code ceil(sqrt crossbars)} arbitration cycles for a bus) plus
 * the wire delay. Runs last: it reads the other components' areas.
 */
final class InterconnectCost implements ComponentCost {
  @Override
  public CostComponent component() {
    return CostComponent.INTERCONNECT;
  }

  @Override
  public void cost(LayerContext c, double[] area, double[] energy, double[] latency) {
    int k = component().ordinal();
    TechnologyParameters t = c.tech;
    double blockArea = 0;
    for (int i = 0; i < k; i++) {
      blockArea += area[i];
    }
    int width = c.design.interconnectWidthBits();
    area[k] = width * t.wirePitchMicrometres() * Math.sqrt(blockArea) * Math.sqrt(c.crossbars);
    double inputBitsMoved = c.mvms * c.rows * c.design.inputBits();
    double partialSumBitsMoved = c.mvms * c.tiling.rowTiles() * c.cols * c.accumulatorBits;
    double bitsMoved = inputBitsMoved + partialSumBitsMoved;
    double sideMm = Math.sqrt(blockArea + area[k]) * 1e-3;
    boolean htree = c.design.interconnect() == Interconnect.HTREE;
    double pathMm = htree ? sideMm : 0.5 * sideMm;
    energy[k] = bitsMoved * pathMm * t.interconnectEnergyPerBitPerMmPicojoules();
    double transferCycles = Math.ceil(bitsMoved / width);
    double setupCycles = htree
        ? LayerContext.log2Ceil(c.tiling.crossbars()) : Math.ceil(Math.sqrt(c.crossbars));
    latency[k] = (transferCycles + setupCycles) * c.periodNs + pathMm * t.interconnectDelayNsPerMm();
  }
}
