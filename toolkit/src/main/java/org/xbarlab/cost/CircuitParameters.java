package org.xbarlab.cost;

import org.xbarlab.ConfigException;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Circuit-level numbers of the periphery that the DNN+NeuroSim model has and ISAAC-class models
 * leave out: standard-cell area, level shifters, switch matrices, column multiplexers, the
 * multi-level sense amplifier (MLSA), the sensing-limited clock, adders, pooling and activation
 * units. Part of {@link TechnologyParameters} (its {@code circuits()} component), listed in the same
 * {@link TechnologyParameters#describe()} table with a source per row.
 *
 * <p>Areas are in F^2 or in standard cells ({@link #standardCellAreaF2()} each), so they follow the
 * technology node; energies and powers are at the node of the enclosing table (32 nm by default) and
 * are scaled by {@link TechnologyParameters#scaledTo(int)}. Values were worked out by us from the
 * published NeuroSim source (github.com/neurosim/DNN_NeuroSim_V1.3, files named per row; read to
 * learn, no code taken); rows tagged [I] are our assumptions where NeuroSim gives no number.
 *
 * <pre>{@code
 * CircuitParameters c = CircuitParameters.neuroSimV13().withSenseTimeNs(2.0);
 * }</pre>
 *
 * @param standardCellAreaF2 layout area of one minimum-size standard cell (inverter), the unit the periphery below is counted in, in F^2
 * @param levelShifterAreaF2 area of one write-voltage level shifter including its wiring, in F^2
 * @param rowSwitchCells wordline switch-matrix pass gates per row, next to one row register bit, in cells
 * @param columnSwitchCells source-line switch-matrix pass gates per column, next to one column register bit, in cells
 * @param columnMuxCellsPerColumn column-multiplexer pass gate per column when columns share an ADC, in cells
 * @param muxDecoderCellsPerOutput mux-select decoder cells per decoded output (NAND plus driver), in cells
 * @param rowSwitchEnergyFemtojoules energy to select one row through its switch matrix (gate drive, access-gate and bitline-node charge), in fJ
 * @param registerClockEnergyFemtojoules energy of one register bit (DFF) per clocked cycle, in fJ
 * @param mlsaCellsPerLevel multi-level sense amplifier cells per reference level: one current sense amplifier (48 N + 40 P cells) plus 9 N + 9 P latch cells, in cells
 * @param mlsaPowerPerLevelMicrowatts multi-level sense amplifier power per reference level while sensing, in uW
 * @param senseTimeNs time a column is sensed per conversion (current-mode sensing window), in ns
 * @param senseBitlineVoltageVolts bitline voltage held by the current sense amplifier while sensing; column conduction power is V^2 G_column, in V
 * @param senseCycleFactor post-layout factor on the sensing cycle when the clock is set by sensing, in 1
 * @param rowDriveLatencyNs wordline switch-matrix drive delay ahead of sensing, in ns
 * @param adderCellsPerBit ripple-carry adder area per bit, in cells
 * @param comparatorCellsPerBit max-pooling comparator cells per compared bit, in cells
 * @param comparatorOverheadCells max-pooling comparator cells per N-bit comparator besides the bits, in cells
 * @param comparatorEnergyPerBitFemtojoules max-pooling energy per compared bit, in fJ
 * @param activationCellsPerBit ReLU cells per activation bit (AND with the sign bit: NAND + INV), in cells
 * @param activationEnergyPerBitFemtojoules ReLU energy per activation bit, in fJ
 */
public record CircuitParameters(
    double standardCellAreaF2,
    double levelShifterAreaF2,
    double rowSwitchCells,
    double columnSwitchCells,
    double columnMuxCellsPerColumn,
    double muxDecoderCellsPerOutput,
    double rowSwitchEnergyFemtojoules,
    double registerClockEnergyFemtojoules,
    double mlsaCellsPerLevel,
    double mlsaPowerPerLevelMicrowatts,
    double senseTimeNs,
    double senseBitlineVoltageVolts,
    double senseCycleFactor,
    double rowDriveLatencyNs,
    double adderCellsPerBit,
    double comparatorCellsPerBit,
    double comparatorOverheadCells,
    double comparatorEnergyPerBitFemtojoules,
    double activationCellsPerBit,
    double activationEnergyPerBitFemtojoules) {

  /**
   * Validates: every number finite and positive.
   *
   * @param standardCellAreaF2 see the record description
   * @param levelShifterAreaF2 see the record description
   * @param rowSwitchCells see the record description
   * @param columnSwitchCells see the record description
   * @param columnMuxCellsPerColumn see the record description
   * @param muxDecoderCellsPerOutput see the record description
   * @param rowSwitchEnergyFemtojoules see the record description
   * @param registerClockEnergyFemtojoules see the record description
   * @param mlsaCellsPerLevel see the record description
   * @param mlsaPowerPerLevelMicrowatts see the record description
   * @param senseTimeNs see the record description
   * @param senseBitlineVoltageVolts see the record description
   * @param senseCycleFactor see the record description
   * @param rowDriveLatencyNs see the record description
   * @param adderCellsPerBit see the record description
   * @param comparatorCellsPerBit see the record description
   * @param comparatorOverheadCells see the record description
   * @param comparatorEnergyPerBitFemtojoules see the record description
   * @param activationCellsPerBit see the record description
   * @param activationEnergyPerBitFemtojoules see the record description
   */
  public CircuitParameters {
    requirePositive("standardCellAreaF2", standardCellAreaF2);
    requirePositive("levelShifterAreaF2", levelShifterAreaF2);
    requirePositive("rowSwitchCells", rowSwitchCells);
    requirePositive("columnSwitchCells", columnSwitchCells);
    requirePositive("columnMuxCellsPerColumn", columnMuxCellsPerColumn);
    requirePositive("muxDecoderCellsPerOutput", muxDecoderCellsPerOutput);
    requirePositive("rowSwitchEnergyFemtojoules", rowSwitchEnergyFemtojoules);
    requirePositive("registerClockEnergyFemtojoules", registerClockEnergyFemtojoules);
    requirePositive("mlsaCellsPerLevel", mlsaCellsPerLevel);
    requirePositive("mlsaPowerPerLevelMicrowatts", mlsaPowerPerLevelMicrowatts);
    requirePositive("senseTimeNs", senseTimeNs);
    requirePositive("senseBitlineVoltageVolts", senseBitlineVoltageVolts);
    requirePositive("senseCycleFactor", senseCycleFactor);
    requirePositive("rowDriveLatencyNs", rowDriveLatencyNs);
    requirePositive("adderCellsPerBit", adderCellsPerBit);
    requirePositive("comparatorCellsPerBit", comparatorCellsPerBit);
    requirePositive("comparatorOverheadCells", comparatorOverheadCells);
    requirePositive("comparatorEnergyPerBitFemtojoules", comparatorEnergyPerBitFemtojoules);
    requirePositive("activationCellsPerBit", activationCellsPerBit);
    requirePositive("activationEnergyPerBitFemtojoules", activationEnergyPerBitFemtojoules);
  }

  private static void requirePositive(String field, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new ConfigException(field, value, "a finite number > 0");
    }
  }

  /** Returns the NeuroSim V1.3-derived defaults at 32 nm; {@link #describe()} lists every source. */
  public static CircuitParameters neuroSimV13() {
    return new CircuitParameters(212.8, 20684.0, 4.0, 2.0, 1.0, 3.0, 1.0, 0.7, 106.0, 3.0875, 1.0, 0.25, 1.4, 0.2, 13.5, 9.0, 10.0, 0.5, 2.5, 0.3);
  }

  /**
   * Returns these parameters at another node: energies and powers scale with {@code s = nodeNm /
   * fromNodeNm} (switched capacitance), areas in F^2 and times stay.
   *
   * @param s node ratio, > 0
   */
  CircuitParameters scaled(double s) {
    return new CircuitParameters(standardCellAreaF2, levelShifterAreaF2, rowSwitchCells, columnSwitchCells, columnMuxCellsPerColumn, muxDecoderCellsPerOutput, rowSwitchEnergyFemtojoules * s, registerClockEnergyFemtojoules * s, mlsaCellsPerLevel, mlsaPowerPerLevelMicrowatts * s, senseTimeNs, senseBitlineVoltageVolts, senseCycleFactor, rowDriveLatencyNs, adderCellsPerBit, comparatorCellsPerBit, comparatorOverheadCells, comparatorEnergyPerBitFemtojoules * s, activationCellsPerBit, activationEnergyPerBitFemtojoules * s);
  }

  /** Appends one row per parameter (name, value, unit, source) to the given columns. */
  void describeInto(StringColumn parameter, DoubleColumn value, StringColumn unit, StringColumn source) {
    parameter.append("circuits.standardCellAreaF2");
    value.append(standardCellAreaF2);
    unit.append("F^2");
    source.append("NeuroSim formula.cpp CalculateGateArea with constant.h: cell height MAX_TRANSISTOR_HEIGHT = 28 F, unfolded gate width 2 x (POLY_WIDTH 1 + MIN_GAP_BET_GATE_POLY 2.8) F = 7.6 F -> 28 x 7.6 = 212.8 F^2 (DNN_NeuroSim_V1.3)");
    parameter.append("circuits.levelShifterAreaF2");
    value.append(levelShifterAreaF2);
    unit.append("F^2");
    source.append("NeuroSim V1.3 LevelShifter.cpp (validated mode): three IO-device gates of 2.5x cell height (N/P widths 15/20, 32/10, 64/82 x 2 min), width w_low + 2.5 (2 w_latch + w_high) with folding, x alpha 1.44 wiring (Param.cpp); evaluated with pnSizeRatio 1.32 (PTM 22 nm LP, Technology.cpp) -> 14364 F^2 x 1.44");
    parameter.append("circuits.rowSwitchCells");
    value.append(rowSwitchCells);
    unit.append("cells");
    source.append("NeuroSim V1.3 NewSwitchMatrix.cpp: per row one DFF and 4 transmission-gate columns (width 4 wTg)");
    parameter.append("circuits.columnSwitchCells");
    value.append(columnSwitchCells);
    unit.append("cells");
    source.append("NeuroSim V1.3 SubArray.cpp initialises slSwitchMatrix (COL_MODE) per column for 1T1R parallel read; 2 pass gates per line as in its BL/SL drivers (SubArray.cpp comment: 2 pass gates per column) [I: count]");
    parameter.append("circuits.columnMuxCellsPerColumn");
    value.append(columnMuxCellsPerColumn);
    unit.append("cells");
    source.append("NeuroSim V1.3 Mux.cpp / SubArray.cpp: one transmission gate per column into its shared read circuit [I: one cell per gate]");
    parameter.append("circuits.muxDecoderCellsPerOutput");
    value.append(muxDecoderCellsPerOutput);
    unit.append("cells");
    source.append("NeuroSim V1.3 RowDecoder.cpp used as muxDecoder (REGULAR_ROW, log2(numColMuxed) inputs): NAND stage plus inverter driver per output [I: 3 cells]");
    parameter.append("circuits.rowSwitchEnergyFemtojoules");
    value.append(rowSwitchEnergyFemtojoules);
    unit.append("fJ");
    source.append("derived from NeuroSim V1.3 NewSwitchMatrix::CalculatePower: 2 C_TG,drain V_access^2 + 5 C_TG,drain V_read^2 + 3 (C_gate,N + C_gate,P) Vdd^2 with PTM 32 nm LP gate capacitance (Technology.cpp) and V_access 1.1 V, V_read 0.5 V");
    parameter.append("circuits.registerClockEnergyFemtojoules");
    value.append(registerClockEnergyFemtojoules);
    unit.append("fJ");
    source.append("derived from NeuroSim V1.3 DFF::CalculatePower (clock inverters and gates, D-to-Q path) with PTM 32 nm LP capacitances, times gamma = 0.5 switching activity (Param.cpp validated)");
    parameter.append("circuits.mlsaCellsPerLevel");
    value.append(mlsaCellsPerLevel);
    unit.append("cells");
    source.append("NeuroSim V1.3 MultilevelSenseAmp.cpp (current mode) and CurrentSenseAmp.cpp CalculateUnitArea; (levelOutput - 1) levels per ADC");
    parameter.append("circuits.mlsaPowerPerLevelMicrowatts");
    value.append(mlsaPowerPerLevelMicrowatts);
    unit.append("uW");
    source.append("NeuroSim V1.3 MultilevelSenseAmp::GetColumnPower, current mode, 32 nm LP: 3.0875 uW x (levelOutput - 1) (22 nm LP: 1.7 uW; our s-scaling gives 2.12 uW there)");
    parameter.append("circuits.senseTimeNs");
    value.append(senseTimeNs);
    unit.append("ns");
    source.append("NeuroSim V1.3 MultilevelSenseAmp::GetColumnLatency: 1 ns at <= 22 nm LP and HP, and the 1 ns lower clamp applied to the 32/45 nm fit");
    parameter.append("circuits.senseBitlineVoltageVolts");
    value.append(senseBitlineVoltageVolts);
    unit.append("V");
    source.append("NeuroSim V1.3 MultilevelSenseAmp/CurrentSenseAmp::GetColumnPower: cell term 0.0631/R_column W (22 nm LP) and 0.0649/R_column^0.997 (32 nm LP) = V^2/R with V = 0.251..0.255 V");
    parameter.append("circuits.senseCycleFactor");
    value.append(senseCycleFactor);
    unit.append("1");
    source.append("NeuroSim Param.cpp validated-mode beta = 1.4 (latency factor of sensing cycle), calibrated on a 40 nm RRAM macro");
    parameter.append("circuits.rowDriveLatencyNs");
    value.append(rowDriveLatencyNs);
    unit.append("ns");
    source.append("[I] Elmore estimate of NeuroSim NewSwitchMatrix::CalculateLatency (min-size TG on-resistance x 128-cell wordline, 0.2 fF/um wire plus access gates) at 22-32 nm");
    parameter.append("circuits.adderCellsPerBit");
    value.append(adderCellsPerBit);
    unit.append("cells");
    source.append("NeuroSim V1.3 Adder.cpp: 9 NAND2 per bit; a NAND2 (N 4F, P pn x 2F) is 11.4 F x 28 F = 1.5 cells");
    parameter.append("circuits.comparatorCellsPerBit");
    value.append(comparatorCellsPerBit);
    unit.append("cells");
    source.append("NeuroSim V1.3 MaxPooling.cpp: per bit one 1-bit comparator (4 TG) plus 5 INV enable cells");
    parameter.append("circuits.comparatorOverheadCells");
    value.append(comparatorOverheadCells);
    unit.append("cells");
    source.append("NeuroSim V1.3 MaxPooling.cpp: 6 INV, AND (NAND + INV), NOR2 and an N-input NOR per N-bit comparator (about 10 cells)");
    parameter.append("circuits.comparatorEnergyPerBitFemtojoules");
    value.append(comparatorEnergyPerBitFemtojoules);
    unit.append("fJ");
    source.append("[I] order of NeuroSim MaxPooling::CalculatePower (1-bit comparator switching, half the bits evaluated, control gates at epsilon = 0.05) at 32 nm LP");
    parameter.append("circuits.activationCellsPerBit");
    value.append(activationCellsPerBit);
    unit.append("cells");
    source.append("[I] NeuroSim chipActivation/reLu option (Param.cpp) without a published gate count; a ReLU gates each bit with the sign");
    parameter.append("circuits.activationEnergyPerBitFemtojoules");
    value.append(activationEnergyPerBitFemtojoules);
    unit.append("fJ");
    source.append("[I] one NAND2 + INV switching at 32 nm LP, 0.9 V");
  }

  /**
   * Returns one row per parameter. Schema: {@code parameter} (string), {@code value} (double),
   * {@code unit} (string), {@code source} (string; [I] marks our assumptions).
   */
  public Table describe() {
    StringColumn parameter = StringColumn.create("parameter");
    DoubleColumn value = DoubleColumn.create("value");
    StringColumn unit = StringColumn.create("unit");
    StringColumn source = StringColumn.create("source");
    describeInto(parameter, value, unit, source);
    return Table.create("circuit parameters", parameter, value, unit, source);
  }

  /**
   * Returns a copy with {@code standardCellAreaF2} (layout area of one minimum-size standard cell (inverter), the unit the periphery below is counted in) replaced.
   *
   * @param value the new value, in F^2
   */
  public CircuitParameters withStandardCellAreaF2(double value) {
    return new CircuitParameters(value, levelShifterAreaF2, rowSwitchCells, columnSwitchCells, columnMuxCellsPerColumn, muxDecoderCellsPerOutput, rowSwitchEnergyFemtojoules, registerClockEnergyFemtojoules, mlsaCellsPerLevel, mlsaPowerPerLevelMicrowatts, senseTimeNs, senseBitlineVoltageVolts, senseCycleFactor, rowDriveLatencyNs, adderCellsPerBit, comparatorCellsPerBit, comparatorOverheadCells, comparatorEnergyPerBitFemtojoules, activationCellsPerBit, activationEnergyPerBitFemtojoules);
  }

  /**
   * Returns a copy with {@code levelShifterAreaF2} (area of one write-voltage level shifter including its wiring) replaced.
   *
   * @param value the new value, in F^2
   */
  public CircuitParameters withLevelShifterAreaF2(double value) {
    return new CircuitParameters(standardCellAreaF2, value, rowSwitchCells, columnSwitchCells, columnMuxCellsPerColumn, muxDecoderCellsPerOutput, rowSwitchEnergyFemtojoules, registerClockEnergyFemtojoules, mlsaCellsPerLevel, mlsaPowerPerLevelMicrowatts, senseTimeNs, senseBitlineVoltageVolts, senseCycleFactor, rowDriveLatencyNs, adderCellsPerBit, comparatorCellsPerBit, comparatorOverheadCells, comparatorEnergyPerBitFemtojoules, activationCellsPerBit, activationEnergyPerBitFemtojoules);
  }

  /**
   * Returns a copy with {@code rowSwitchCells} (wordline switch-matrix pass gates per row, next to one row register bit) replaced.
   *
   * @param value the new value, in cells
   */
  public CircuitParameters withRowSwitchCells(double value) {
    return new CircuitParameters(standardCellAreaF2, levelShifterAreaF2, value, columnSwitchCells, columnMuxCellsPerColumn, muxDecoderCellsPerOutput, rowSwitchEnergyFemtojoules, registerClockEnergyFemtojoules, mlsaCellsPerLevel, mlsaPowerPerLevelMicrowatts, senseTimeNs, senseBitlineVoltageVolts, senseCycleFactor, rowDriveLatencyNs, adderCellsPerBit, comparatorCellsPerBit, comparatorOverheadCells, comparatorEnergyPerBitFemtojoules, activationCellsPerBit, activationEnergyPerBitFemtojoules);
  }

  /**
   * Returns a copy with {@code columnSwitchCells} (source-line switch-matrix pass gates per column, next to one column register bit) replaced.
   *
   * @param value the new value, in cells
   */
  public CircuitParameters withColumnSwitchCells(double value) {
    return new CircuitParameters(standardCellAreaF2, levelShifterAreaF2, rowSwitchCells, value, columnMuxCellsPerColumn, muxDecoderCellsPerOutput, rowSwitchEnergyFemtojoules, registerClockEnergyFemtojoules, mlsaCellsPerLevel, mlsaPowerPerLevelMicrowatts, senseTimeNs, senseBitlineVoltageVolts, senseCycleFactor, rowDriveLatencyNs, adderCellsPerBit, comparatorCellsPerBit, comparatorOverheadCells, comparatorEnergyPerBitFemtojoules, activationCellsPerBit, activationEnergyPerBitFemtojoules);
  }

  /**
   * Returns a copy with {@code columnMuxCellsPerColumn} (column-multiplexer pass gate per column when columns share an ADC) replaced.
   *
   * @param value the new value, in cells
   */
  public CircuitParameters withColumnMuxCellsPerColumn(double value) {
    return new CircuitParameters(standardCellAreaF2, levelShifterAreaF2, rowSwitchCells, columnSwitchCells, value, muxDecoderCellsPerOutput, rowSwitchEnergyFemtojoules, registerClockEnergyFemtojoules, mlsaCellsPerLevel, mlsaPowerPerLevelMicrowatts, senseTimeNs, senseBitlineVoltageVolts, senseCycleFactor, rowDriveLatencyNs, adderCellsPerBit, comparatorCellsPerBit, comparatorOverheadCells, comparatorEnergyPerBitFemtojoules, activationCellsPerBit, activationEnergyPerBitFemtojoules);
  }

  /**
   * Returns a copy with {@code muxDecoderCellsPerOutput} (mux-select decoder cells per decoded output (NAND plus driver)) replaced.
   *
   * @param value the new value, in cells
   */
  public CircuitParameters withMuxDecoderCellsPerOutput(double value) {
    return new CircuitParameters(standardCellAreaF2, levelShifterAreaF2, rowSwitchCells, columnSwitchCells, columnMuxCellsPerColumn, value, rowSwitchEnergyFemtojoules, registerClockEnergyFemtojoules, mlsaCellsPerLevel, mlsaPowerPerLevelMicrowatts, senseTimeNs, senseBitlineVoltageVolts, senseCycleFactor, rowDriveLatencyNs, adderCellsPerBit, comparatorCellsPerBit, comparatorOverheadCells, comparatorEnergyPerBitFemtojoules, activationCellsPerBit, activationEnergyPerBitFemtojoules);
  }

  /**
   * Returns a copy with {@code rowSwitchEnergyFemtojoules} (energy to select one row through its switch matrix (gate drive, access-gate and bitline-node charge)) replaced.
   *
   * @param value the new value, in fJ
   */
  public CircuitParameters withRowSwitchEnergyFemtojoules(double value) {
    return new CircuitParameters(standardCellAreaF2, levelShifterAreaF2, rowSwitchCells, columnSwitchCells, columnMuxCellsPerColumn, muxDecoderCellsPerOutput, value, registerClockEnergyFemtojoules, mlsaCellsPerLevel, mlsaPowerPerLevelMicrowatts, senseTimeNs, senseBitlineVoltageVolts, senseCycleFactor, rowDriveLatencyNs, adderCellsPerBit, comparatorCellsPerBit, comparatorOverheadCells, comparatorEnergyPerBitFemtojoules, activationCellsPerBit, activationEnergyPerBitFemtojoules);
  }

  /**
   * Returns a copy with {@code registerClockEnergyFemtojoules} (energy of one register bit (DFF) per clocked cycle) replaced.
   *
   * @param value the new value, in fJ
   */
  public CircuitParameters withRegisterClockEnergyFemtojoules(double value) {
    return new CircuitParameters(standardCellAreaF2, levelShifterAreaF2, rowSwitchCells, columnSwitchCells, columnMuxCellsPerColumn, muxDecoderCellsPerOutput, rowSwitchEnergyFemtojoules, value, mlsaCellsPerLevel, mlsaPowerPerLevelMicrowatts, senseTimeNs, senseBitlineVoltageVolts, senseCycleFactor, rowDriveLatencyNs, adderCellsPerBit, comparatorCellsPerBit, comparatorOverheadCells, comparatorEnergyPerBitFemtojoules, activationCellsPerBit, activationEnergyPerBitFemtojoules);
  }

  /**
   * Returns a copy with {@code mlsaCellsPerLevel} (multi-level sense amplifier cells per reference level: one current sense amplifier (48 N + 40 P cells) plus 9 N + 9 P latch cells) replaced.
   *
   * @param value the new value, in cells
   */
  public CircuitParameters withMlsaCellsPerLevel(double value) {
    return new CircuitParameters(standardCellAreaF2, levelShifterAreaF2, rowSwitchCells, columnSwitchCells, columnMuxCellsPerColumn, muxDecoderCellsPerOutput, rowSwitchEnergyFemtojoules, registerClockEnergyFemtojoules, value, mlsaPowerPerLevelMicrowatts, senseTimeNs, senseBitlineVoltageVolts, senseCycleFactor, rowDriveLatencyNs, adderCellsPerBit, comparatorCellsPerBit, comparatorOverheadCells, comparatorEnergyPerBitFemtojoules, activationCellsPerBit, activationEnergyPerBitFemtojoules);
  }

  /**
   * Returns a copy with {@code mlsaPowerPerLevelMicrowatts} (multi-level sense amplifier power per reference level while sensing) replaced.
   *
   * @param value the new value, in uW
   */
  public CircuitParameters withMlsaPowerPerLevelMicrowatts(double value) {
    return new CircuitParameters(standardCellAreaF2, levelShifterAreaF2, rowSwitchCells, columnSwitchCells, columnMuxCellsPerColumn, muxDecoderCellsPerOutput, rowSwitchEnergyFemtojoules, registerClockEnergyFemtojoules, mlsaCellsPerLevel, value, senseTimeNs, senseBitlineVoltageVolts, senseCycleFactor, rowDriveLatencyNs, adderCellsPerBit, comparatorCellsPerBit, comparatorOverheadCells, comparatorEnergyPerBitFemtojoules, activationCellsPerBit, activationEnergyPerBitFemtojoules);
  }

  /**
   * Returns a copy with {@code senseTimeNs} (time a column is sensed per conversion (current-mode sensing window)) replaced.
   *
   * @param value the new value, in ns
   */
  public CircuitParameters withSenseTimeNs(double value) {
    return new CircuitParameters(standardCellAreaF2, levelShifterAreaF2, rowSwitchCells, columnSwitchCells, columnMuxCellsPerColumn, muxDecoderCellsPerOutput, rowSwitchEnergyFemtojoules, registerClockEnergyFemtojoules, mlsaCellsPerLevel, mlsaPowerPerLevelMicrowatts, value, senseBitlineVoltageVolts, senseCycleFactor, rowDriveLatencyNs, adderCellsPerBit, comparatorCellsPerBit, comparatorOverheadCells, comparatorEnergyPerBitFemtojoules, activationCellsPerBit, activationEnergyPerBitFemtojoules);
  }

  /**
   * Returns a copy with {@code senseBitlineVoltageVolts} (bitline voltage held by the current sense amplifier while sensing; column conduction power is V^2 G_column) replaced.
   *
   * @param value the new value, in V
   */
  public CircuitParameters withSenseBitlineVoltageVolts(double value) {
    return new CircuitParameters(standardCellAreaF2, levelShifterAreaF2, rowSwitchCells, columnSwitchCells, columnMuxCellsPerColumn, muxDecoderCellsPerOutput, rowSwitchEnergyFemtojoules, registerClockEnergyFemtojoules, mlsaCellsPerLevel, mlsaPowerPerLevelMicrowatts, senseTimeNs, value, senseCycleFactor, rowDriveLatencyNs, adderCellsPerBit, comparatorCellsPerBit, comparatorOverheadCells, comparatorEnergyPerBitFemtojoules, activationCellsPerBit, activationEnergyPerBitFemtojoules);
  }

  /**
   * Returns a copy with {@code senseCycleFactor} (post-layout factor on the sensing cycle when the clock is set by sensing) replaced.
   *
   * @param value the new value, in 1
   */
  public CircuitParameters withSenseCycleFactor(double value) {
    return new CircuitParameters(standardCellAreaF2, levelShifterAreaF2, rowSwitchCells, columnSwitchCells, columnMuxCellsPerColumn, muxDecoderCellsPerOutput, rowSwitchEnergyFemtojoules, registerClockEnergyFemtojoules, mlsaCellsPerLevel, mlsaPowerPerLevelMicrowatts, senseTimeNs, senseBitlineVoltageVolts, value, rowDriveLatencyNs, adderCellsPerBit, comparatorCellsPerBit, comparatorOverheadCells, comparatorEnergyPerBitFemtojoules, activationCellsPerBit, activationEnergyPerBitFemtojoules);
  }

  /**
   * Returns a copy with {@code rowDriveLatencyNs} (wordline switch-matrix drive delay ahead of sensing) replaced.
   *
   * @param value the new value, in ns
   */
  public CircuitParameters withRowDriveLatencyNs(double value) {
    return new CircuitParameters(standardCellAreaF2, levelShifterAreaF2, rowSwitchCells, columnSwitchCells, columnMuxCellsPerColumn, muxDecoderCellsPerOutput, rowSwitchEnergyFemtojoules, registerClockEnergyFemtojoules, mlsaCellsPerLevel, mlsaPowerPerLevelMicrowatts, senseTimeNs, senseBitlineVoltageVolts, senseCycleFactor, value, adderCellsPerBit, comparatorCellsPerBit, comparatorOverheadCells, comparatorEnergyPerBitFemtojoules, activationCellsPerBit, activationEnergyPerBitFemtojoules);
  }

  /**
   * Returns a copy with {@code adderCellsPerBit} (ripple-carry adder area per bit) replaced.
   *
   * @param value the new value, in cells
   */
  public CircuitParameters withAdderCellsPerBit(double value) {
    return new CircuitParameters(standardCellAreaF2, levelShifterAreaF2, rowSwitchCells, columnSwitchCells, columnMuxCellsPerColumn, muxDecoderCellsPerOutput, rowSwitchEnergyFemtojoules, registerClockEnergyFemtojoules, mlsaCellsPerLevel, mlsaPowerPerLevelMicrowatts, senseTimeNs, senseBitlineVoltageVolts, senseCycleFactor, rowDriveLatencyNs, value, comparatorCellsPerBit, comparatorOverheadCells, comparatorEnergyPerBitFemtojoules, activationCellsPerBit, activationEnergyPerBitFemtojoules);
  }

  /**
   * Returns a copy with {@code comparatorCellsPerBit} (max-pooling comparator cells per compared bit) replaced.
   *
   * @param value the new value, in cells
   */
  public CircuitParameters withComparatorCellsPerBit(double value) {
    return new CircuitParameters(standardCellAreaF2, levelShifterAreaF2, rowSwitchCells, columnSwitchCells, columnMuxCellsPerColumn, muxDecoderCellsPerOutput, rowSwitchEnergyFemtojoules, registerClockEnergyFemtojoules, mlsaCellsPerLevel, mlsaPowerPerLevelMicrowatts, senseTimeNs, senseBitlineVoltageVolts, senseCycleFactor, rowDriveLatencyNs, adderCellsPerBit, value, comparatorOverheadCells, comparatorEnergyPerBitFemtojoules, activationCellsPerBit, activationEnergyPerBitFemtojoules);
  }

  /**
   * Returns a copy with {@code comparatorOverheadCells} (max-pooling comparator cells per N-bit comparator besides the bits) replaced.
   *
   * @param value the new value, in cells
   */
  public CircuitParameters withComparatorOverheadCells(double value) {
    return new CircuitParameters(standardCellAreaF2, levelShifterAreaF2, rowSwitchCells, columnSwitchCells, columnMuxCellsPerColumn, muxDecoderCellsPerOutput, rowSwitchEnergyFemtojoules, registerClockEnergyFemtojoules, mlsaCellsPerLevel, mlsaPowerPerLevelMicrowatts, senseTimeNs, senseBitlineVoltageVolts, senseCycleFactor, rowDriveLatencyNs, adderCellsPerBit, comparatorCellsPerBit, value, comparatorEnergyPerBitFemtojoules, activationCellsPerBit, activationEnergyPerBitFemtojoules);
  }

  /**
   * Returns a copy with {@code comparatorEnergyPerBitFemtojoules} (max-pooling energy per compared bit) replaced.
   *
   * @param value the new value, in fJ
   */
  public CircuitParameters withComparatorEnergyPerBitFemtojoules(double value) {
    return new CircuitParameters(standardCellAreaF2, levelShifterAreaF2, rowSwitchCells, columnSwitchCells, columnMuxCellsPerColumn, muxDecoderCellsPerOutput, rowSwitchEnergyFemtojoules, registerClockEnergyFemtojoules, mlsaCellsPerLevel, mlsaPowerPerLevelMicrowatts, senseTimeNs, senseBitlineVoltageVolts, senseCycleFactor, rowDriveLatencyNs, adderCellsPerBit, comparatorCellsPerBit, comparatorOverheadCells, value, activationCellsPerBit, activationEnergyPerBitFemtojoules);
  }

  /**
   * Returns a copy with {@code activationCellsPerBit} (ReLU cells per activation bit (AND with the sign bit: NAND + INV)) replaced.
   *
   * @param value the new value, in cells
   */
  public CircuitParameters withActivationCellsPerBit(double value) {
    return new CircuitParameters(standardCellAreaF2, levelShifterAreaF2, rowSwitchCells, columnSwitchCells, columnMuxCellsPerColumn, muxDecoderCellsPerOutput, rowSwitchEnergyFemtojoules, registerClockEnergyFemtojoules, mlsaCellsPerLevel, mlsaPowerPerLevelMicrowatts, senseTimeNs, senseBitlineVoltageVolts, senseCycleFactor, rowDriveLatencyNs, adderCellsPerBit, comparatorCellsPerBit, comparatorOverheadCells, comparatorEnergyPerBitFemtojoules, value, activationEnergyPerBitFemtojoules);
  }

  /**
   * Returns a copy with {@code activationEnergyPerBitFemtojoules} (ReLU energy per activation bit) replaced.
   *
   * @param value the new value, in fJ
   */
  public CircuitParameters withActivationEnergyPerBitFemtojoules(double value) {
    return new CircuitParameters(standardCellAreaF2, levelShifterAreaF2, rowSwitchCells, columnSwitchCells, columnMuxCellsPerColumn, muxDecoderCellsPerOutput, rowSwitchEnergyFemtojoules, registerClockEnergyFemtojoules, mlsaCellsPerLevel, mlsaPowerPerLevelMicrowatts, senseTimeNs, senseBitlineVoltageVolts, senseCycleFactor, rowDriveLatencyNs, adderCellsPerBit, comparatorCellsPerBit, comparatorOverheadCells, comparatorEnergyPerBitFemtojoules, activationCellsPerBit, value);
  }

}
