package org.xbarlab.cost;

/**
 * The operation counts and derived geometry of one layer on one design, computed once and read by
 * every component model. Package-private; the formulas are documented on {@link CostModel}.
 */
final class LayerContext {
  final LayerWorkload layer;
  final CrossbarTiling tiling;
  final CostDesign design;
  final TechnologyParameters tech;
  final CostOptions options;

  /** Feature size F, in um. */
  final double featureMicrometres;
  /** Cell pitch along a wordline or bitline, {@code sqrt(cellAreaF2) * F}, in um. */
  final double cellPitchMicrometres;
  /** Standard-cell area, in um^2. */
  final double standardCellSquareMicrometres;
  /** Rows (word lines) and columns (bit lines) of one crossbar of this layer. */
  final int crossbarRows;
  final int crossbarCols;
  /** Crossbars of this layer. */
  final double crossbars;
  /** Weight-matrix rows (fan-in) and columns (fan-out). */
  final double rows;
  final double cols;
  /** MVMs per inference. */
  final double mvms;
  /** Array reads per inference = MVMs x input cycles. */
  final double reads;
  /** Clock period, in ns (design clock or sensing-limited). */
  final double periodNs;
  /** Physical columns per logical output (bit slices x polarities). */
  final int columnsPerOutput;
  /** Logical outputs one crossbar holds. */
  final int outputsPerCrossbar;
  /** Width of a partial-sum accumulator, in bits. */
  final double accumulatorBits;
  /** ADCs per crossbar. */
  final double adcsPerCrossbar;
  /** DAC output levels above zero, {@code 2^dacBits - 1}. */
  final double dacLevels;
  /** Wordline pulses per read: 1 with sample-and-hold (SAR), columnsPerAdc when each sense step re-reads (MLSA). */
  final double pulsesPerRead;
  /** Conducting cell-reads per inference (active input bit x stored cell). */
  final double activeCells;
  /** Row activations per inference (active input bit x column tile). */
  final double rowDrives;
  /** ADC conversions per inference. */
  final double conversions;
  /** Mean conductance of a stored cell, in S. */
  final double meanConductanceSiemens;

  LayerContext(LayerWorkload layer, CrossbarTiling tiling, CostDesign design,
      TechnologyParameters tech, CostOptions options) {
    this.layer = layer;
    this.tiling = tiling;
    this.design = design;
    this.tech = tech;
    this.options = options;
    featureMicrometres = tech.featureSizeMicrometres();
    cellPitchMicrometres = Math.sqrt(tech.cellAreaF2()) * featureMicrometres;
    standardCellSquareMicrometres = tech.standardCellAreaSquareMicrometres();
    crossbarRows = design.crossbarRows();
    crossbarCols = design.crossbarCols();
    crossbars = tiling.crossbars();
    rows = layer.rows();
    cols = layer.cols();
    mvms = layer.mvmsPerInference();
    reads = mvms * design.inputCycles();
    periodNs = tech.clockPeriodNs(design, options.clockMode());
    columnsPerOutput = design.slicesPerWeight() * design.weightMapping().columnsPerSlice();
    outputsPerCrossbar =
        (design.crossbarCols() - design.weightMapping().referenceColumnsPerTile()) / columnsPerOutput;
    accumulatorBits = design.inputBits() + design.weightBits() + log2Ceil(layer.rows());
    adcsPerCrossbar = design.adcsPerCrossbar();
    dacLevels = Math.pow(2, design.dacBits()) - 1;
    pulsesPerRead = options.adcKind() == AdcKind.SAR ? 1 : design.columnsPerAdc();
    activeCells = reads * rows * tiling.physicalColumns() * tech.inputBitActivity();
    rowDrives = reads * rows * tiling.colTiles() * tech.inputBitActivity();
    conversions = reads * tiling.rowTiles() * tiling.physicalColumns();
    meanConductanceSiemens = Double.isNaN(layer.cellConductanceFraction())
        ? tech.meanCellConductanceSiemens()
        : tech.cellConductanceSiemens(layer.cellConductanceFraction());
  }

  /** Returns {@code ceil(log2 x)}, 0 for x <= 1. */
  static double log2Ceil(long x) {
    return x <= 1 ? 0 : 64 - Long.numberOfLeadingZeros(x - 1);
  }

  /**
   * Returns the conduction energy in pJ of all active cells when each conducts {@code V^2 G_mean}
   * for {@code t}.
   *
   * @param volts voltage across the cell, in V
   * @param nanoseconds conduction time per active cell, in ns
   */
  double conductionPicojoules(double volts, double nanoseconds) {
    // V^2 * S * ns = 1e-9 J = 1e3 pJ
    return activeCells * volts * volts * meanConductanceSiemens * nanoseconds * 1e3;
  }
}
