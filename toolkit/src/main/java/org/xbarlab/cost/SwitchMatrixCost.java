package org.xbarlab.cost;

/**
 * Row and column selection of each crossbar (NeuroSim V1.3 {@code NewSwitchMatrix}, {@code
 * SwitchMatrix}, {@code Mux}, {@code RowDecoder}): per row one register bit and {@code
 * rowSwitchCells} pass gates; per column one register bit and {@code columnSwitchCells} pass
 * gates; with {@code columnsPerAdc > 1} a pass gate per column ({@code columnMuxCellsPerColumn})
 * and a decoder of {@code columnsPerAdc} outputs. Energy per wordline pulse: {@code
 * rowSwitchEnergyFemtojoules} per active row plus one clocked register bit per row. Off the critical
 * path (its delay is part of the sensing-limited clock). Off when {@link
 * CostOptions#switchMatrices()} is false.
 */
final class SwitchMatrixCost {
  private SwitchMatrixCost() {}

  static ComponentEstimate estimate(LayerContext c) {
    if (!c.options.switchMatrices()) {
      return ComponentEstimate.NONE;
    }
    TechnologyParameters t = c.tech;
    CircuitParameters p = t.circuits();
    double cell = c.standardCellSquareMicrometres;
    double register = t.registerBitAreaSquareMicrometres();
    int mux = c.design.columnsPerAdc();
    double perCrossbar = c.crossbarRows * (register + p.rowSwitchCells() * cell)
        + c.crossbarCols * (register + p.columnSwitchCells() * cell);
    if (mux > 1) {
      perCrossbar += c.crossbarCols * p.columnMuxCellsPerColumn() * cell + mux * p.muxDecoderCellsPerOutput() * cell;
    }
    double area = c.crossbars * perCrossbar;
    double rowSelect = c.rowDrives * c.pulsesPerRead * p.rowSwitchEnergyFemtojoules();
    double registers = c.reads * c.crossbars * c.crossbarRows * c.pulsesPerRead * p.registerClockEnergyFemtojoules();
    double energy = (rowSelect + registers) * 1e-3;
    return new ComponentEstimate(area, energy, 0);
  }
}
