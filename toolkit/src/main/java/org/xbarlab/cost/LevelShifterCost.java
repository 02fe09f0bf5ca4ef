package org.xbarlab.cost;

/**
 * Write-voltage level shifters of a 1T1R crossbar: two per row (wordline and bitline) and one per
 * column (source line), as NeuroSim V1.3 {@code SubArray.cpp} adds when the write voltage exceeds
 * 1.5 V; {@code levelShifterAreaF2} each. They idle during inference reads (no read energy, as
 * NeuroSim counts them only when writing) and are high-threshold IO devices, so they are left out
 * of leakage. Off when {@link CostOptions#levelShifters()} is false.
 */
final class LevelShifterCost {
  /** Level shifters per crossbar row: wordline and bitline. */
  static final int PER_ROW = 2;
  /** Level shifters per crossbar column: source line. */
  static final int PER_COLUMN = 1;

  private LevelShifterCost() {}

  static ComponentEstimate estimate(LayerContext c) {
    if (!c.options.levelShifters()) {
      return ComponentEstimate.NONE;
    }
    double f = c.featureMicrometres;
    double perCrossbar = PER_ROW * c.crossbarRows + PER_COLUMN * c.crossbarCols;
    double area = c.crossbars * perCrossbar * c.tech.circuits().levelShifterAreaF2() * f * f;
    return new ComponentEstimate(area, 0, 0);
  }
}
