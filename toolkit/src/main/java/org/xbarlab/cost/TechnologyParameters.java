package org.xbarlab.cost;

import io.soabase.recordbuilder.core.RecordBuilder;
import org.xbarlab.ConfigException;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Every technology number the cost model uses, in one overridable record; each field names its
 * unit and {@link #describe()} lists the source of each default, including the NeuroSim-derived
 * periphery circuit numbers of the nested {@link CircuitParameters}. Build with {@link #nm32()} (or
 * {@link #nm22()}, which takes the values NeuroSim tabulates at 22 nm) and change with the generated
 * {@code with...} copies ({@link TechnologyParametersBuilder.With}); every default, unit, source and
 * scaling rule is one row of {@code TechnologyTable}; {@link #scaledTo(int)} moves the peripheral numbers to another node by
 * first-order scaling.
 *
 * <p>Sources: DNN+NeuroSim ({@code Param.cpp}, {@code Technology.cpp} of
 * github.com/neurosim/DNN_NeuroSim_V1.3 and V2.1; read for values, no code taken), ISAAC (A.
 * Shafiee et al., "ISAAC: A Convolutional Neural Network Accelerator with In-Situ Analog
 * Arithmetic in Crossbars", ISCA 2016, Table I, 32 nm), PTM 32 nm LP via NeuroSim. Values tagged
 * [I] in {@link #describe()} are our assumptions.
 *
 * <pre>{@code
 * TechnologyParameters t = TechnologyParameters.nm32().withReadPulseWidthNs(5.0);
 * }</pre>
 *
 * @param technologyNodeNm CMOS node these numbers describe, in nm
 * @param supplyVoltageVolts digital supply voltage, in V
 * @param readVoltageVolts crossbar read voltage on a selected row, in V
 * @param readPulseWidthNs read pulse per input cycle (array settle and sample), in ns
 * @param cellOnResistanceOhms low-resistance state, in Ohm
 * @param cellOnOffRatio R_off / R_on, in 1
 * @param meanConductanceFraction mean programmed level of a read cell as a fraction of the range G_off..G_on (G_mean = G_off + f (G_on - G_off)), in 1
 * @param inputBitActivity fraction of input bits that drive a row, in 1
 * @param cellAreaF2 1T1R cell area in units of F^2 (F = node), in F^2
 * @param wireCapacitanceFemtofaradsPerMicrometre wire capacitance per length, in fF/um
 * @param accessGateCapacitanceFemtofarads gate capacitance of one 1T1R access transistor, in fF
 * @param adcEnergyPerCycleFemtojoules SAR comparator and logic energy per bit cycle, in fJ
 * @param adcEnergyPerLevelFemtojoules capacitive-DAC energy per quantisation level (2^bits levels), in fJ
 * @param adcAreaPerBitSquareMicrometres SAR logic/comparator area per bit, in um^2
 * @param adcAreaPerLevelSquareMicrometres capacitor-array area per quantisation level, in um^2
 * @param adcCyclesPerBit clock cycles per resolved ADC bit, in cycles
 * @param dacEnergyPerLevelFemtojoules DAC energy per output level above zero (2^dacBits - 1 levels), in fJ
 * @param dacAreaPerLevelSquareMicrometres DAC area per output level above zero, in um^2
 * @param sampleHoldEnergyFemtojoules sample-and-hold energy per column sample, in fJ
 * @param sampleHoldAreaSquareMicrometres sample-and-hold area per column, in um^2
 * @param shiftAddEnergyPicojoules shift-add energy per ADC output, in pJ
 * @param shiftAddAreaSquareMicrometres shift-add area per ADC, in um^2
 * @param adderEnergyPerBitFemtojoules accumulator energy per partial-sum bit added, in fJ
 * @param registerBitAreaSquareMicrometres area of one register bit (DFF: I/O registers, accumulators, switch-matrix registers), in um^2
 * @param bufferBitAreaF2 SRAM buffer area per bit, in F^2
 * @param bufferEnergyPerBitPicojoules buffer read or write energy per bit, in pJ
 * @param interconnectEnergyPerBitPerMmPicojoules wire energy per transported bit per mm, in pJ/(bit mm)
 * @param interconnectDelayNsPerMm repeated-wire delay, in ns/mm
 * @param wirePitchMicrometres interconnect wire pitch (for wiring area), in um
 * @param offCurrentNanoampsPerMicrometre transistor off-current per width at 300 K, in nA/um
 * @param leakageTemperatureScaleKelvin T0 of the exponential leakage model I_off(T) = I_off(300 K) exp((T - 300 K)/T0), in K
 * @param leakageWidthPerAreaMicrometresPerSquareMicrometre transistor width per layout area (converts off-current to leakage power density), in um/um^2
 * @param areaScaleFactor multiplies every component area, in 1
 * @param energyScaleFactor multiplies every component energy (dynamic and leakage), in 1
 * @param latencyScaleFactor multiplies every component latency, in 1
 * @param circuits NeuroSim-derived periphery circuit numbers (level shifters, switch matrices, MLSA, adders, pooling), see {@link CircuitParameters}
 */
@RecordBuilder
public record TechnologyParameters(
    int technologyNodeNm,
    double supplyVoltageVolts,
    double readVoltageVolts,
    double readPulseWidthNs,
    double cellOnResistanceOhms,
    double cellOnOffRatio,
    double meanConductanceFraction,
    double inputBitActivity,
    double cellAreaF2,
    double wireCapacitanceFemtofaradsPerMicrometre,
    double accessGateCapacitanceFemtofarads,
    double adcEnergyPerCycleFemtojoules,
    double adcEnergyPerLevelFemtojoules,
    double adcAreaPerBitSquareMicrometres,
    double adcAreaPerLevelSquareMicrometres,
    double adcCyclesPerBit,
    double dacEnergyPerLevelFemtojoules,
    double dacAreaPerLevelSquareMicrometres,
    double sampleHoldEnergyFemtojoules,
    double sampleHoldAreaSquareMicrometres,
    double shiftAddEnergyPicojoules,
    double shiftAddAreaSquareMicrometres,
    double adderEnergyPerBitFemtojoules,
    double registerBitAreaSquareMicrometres,
    double bufferBitAreaF2,
    double bufferEnergyPerBitPicojoules,
    double interconnectEnergyPerBitPerMmPicojoules,
    double interconnectDelayNsPerMm,
    double wirePitchMicrometres,
    double offCurrentNanoampsPerMicrometre,
    double leakageTemperatureScaleKelvin,
    double leakageWidthPerAreaMicrometresPerSquareMicrometre,
    double areaScaleFactor,
    double energyScaleFactor,
    double latencyScaleFactor,
    CircuitParameters circuits) implements TechnologyParametersBuilder.With {

  /**
   * Validates: every number finite and positive (ratios and fractions in range).
   *
   * @param technologyNodeNm see the record description
   * @param supplyVoltageVolts see the record description
   * @param readVoltageVolts see the record description
   * @param readPulseWidthNs see the record description
   * @param cellOnResistanceOhms see the record description
   * @param cellOnOffRatio see the record description
   * @param meanConductanceFraction see the record description
   * @param inputBitActivity see the record description
   * @param cellAreaF2 see the record description
   * @param wireCapacitanceFemtofaradsPerMicrometre see the record description
   * @param accessGateCapacitanceFemtofarads see the record description
   * @param adcEnergyPerCycleFemtojoules see the record description
   * @param adcEnergyPerLevelFemtojoules see the record description
   * @param adcAreaPerBitSquareMicrometres see the record description
   * @param adcAreaPerLevelSquareMicrometres see the record description
   * @param adcCyclesPerBit see the record description
   * @param dacEnergyPerLevelFemtojoules see the record description
   * @param dacAreaPerLevelSquareMicrometres see the record description
   * @param sampleHoldEnergyFemtojoules see the record description
   * @param sampleHoldAreaSquareMicrometres see the record description
   * @param shiftAddEnergyPicojoules see the record description
   * @param shiftAddAreaSquareMicrometres see the record description
   * @param adderEnergyPerBitFemtojoules see the record description
   * @param registerBitAreaSquareMicrometres see the record description
   * @param bufferBitAreaF2 see the record description
   * @param bufferEnergyPerBitPicojoules see the record description
   * @param interconnectEnergyPerBitPerMmPicojoules see the record description
   * @param interconnectDelayNsPerMm see the record description
   * @param wirePitchMicrometres see the record description
   * @param offCurrentNanoampsPerMicrometre see the record description
   * @param leakageTemperatureScaleKelvin see the record description
   * @param leakageWidthPerAreaMicrometresPerSquareMicrometre see the record description
   * @param areaScaleFactor see the record description
   * @param energyScaleFactor see the record description
   * @param latencyScaleFactor see the record description
   * @param circuits see the record description
   */
  public TechnologyParameters {
    if (technologyNodeNm < 5 || technologyNodeNm > 180) {
      throw new ConfigException("technologyNodeNm", technologyNodeNm, "an integer in 5..180");
    }
    requirePositive("supplyVoltageVolts", supplyVoltageVolts);
    requirePositive("readVoltageVolts", readVoltageVolts);
    requirePositive("readPulseWidthNs", readPulseWidthNs);
    requirePositive("cellOnResistanceOhms", cellOnResistanceOhms);
    requirePositive("cellOnOffRatio", cellOnOffRatio);
    requirePositive("meanConductanceFraction", meanConductanceFraction);
    requirePositive("inputBitActivity", inputBitActivity);
    requirePositive("cellAreaF2", cellAreaF2);
    requirePositive("wireCapacitanceFemtofaradsPerMicrometre", wireCapacitanceFemtofaradsPerMicrometre);
    requirePositive("accessGateCapacitanceFemtofarads", accessGateCapacitanceFemtofarads);
    requirePositive("adcEnergyPerCycleFemtojoules", adcEnergyPerCycleFemtojoules);
    requirePositive("adcEnergyPerLevelFemtojoules", adcEnergyPerLevelFemtojoules);
    requirePositive("adcAreaPerBitSquareMicrometres", adcAreaPerBitSquareMicrometres);
    requirePositive("adcAreaPerLevelSquareMicrometres", adcAreaPerLevelSquareMicrometres);
    requirePositive("adcCyclesPerBit", adcCyclesPerBit);
    requirePositive("dacEnergyPerLevelFemtojoules", dacEnergyPerLevelFemtojoules);
    requirePositive("dacAreaPerLevelSquareMicrometres", dacAreaPerLevelSquareMicrometres);
    requirePositive("sampleHoldEnergyFemtojoules", sampleHoldEnergyFemtojoules);
    requirePositive("sampleHoldAreaSquareMicrometres", sampleHoldAreaSquareMicrometres);
    requirePositive("shiftAddEnergyPicojoules", shiftAddEnergyPicojoules);
    requirePositive("shiftAddAreaSquareMicrometres", shiftAddAreaSquareMicrometres);
    requirePositive("adderEnergyPerBitFemtojoules", adderEnergyPerBitFemtojoules);
    requirePositive("registerBitAreaSquareMicrometres", registerBitAreaSquareMicrometres);
    requirePositive("bufferBitAreaF2", bufferBitAreaF2);
    requirePositive("bufferEnergyPerBitPicojoules", bufferEnergyPerBitPicojoules);
    requirePositive("interconnectEnergyPerBitPerMmPicojoules", interconnectEnergyPerBitPerMmPicojoules);
    requirePositive("interconnectDelayNsPerMm", interconnectDelayNsPerMm);
    requirePositive("wirePitchMicrometres", wirePitchMicrometres);
    requirePositive("offCurrentNanoampsPerMicrometre", offCurrentNanoampsPerMicrometre);
    requirePositive("leakageTemperatureScaleKelvin", leakageTemperatureScaleKelvin);
    requirePositive("leakageWidthPerAreaMicrometresPerSquareMicrometre", leakageWidthPerAreaMicrometresPerSquareMicrometre);
    requirePositive("areaScaleFactor", areaScaleFactor);
    requirePositive("energyScaleFactor", energyScaleFactor);
    requirePositive("latencyScaleFactor", latencyScaleFactor);
    if (circuits == null) {
      throw new ConfigException("circuits", null, "CircuitParameters, e.g. CircuitParameters.neuroSimV13()");
    }
    if (cellOnOffRatio < 1) {
      throw new ConfigException("cellOnOffRatio", cellOnOffRatio, "at least 1 (R_off / R_on)");
    }
    if (meanConductanceFraction > 1) {
      throw new ConfigException("meanConductanceFraction", meanConductanceFraction, "a fraction in (0, 1]");
    }
    if (inputBitActivity > 1) {
      throw new ConfigException("inputBitActivity", inputBitActivity, "a fraction in (0, 1]");
    }
  }

  private static void requirePositive(String field, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new ConfigException(field, value, "a finite number > 0");
    }
  }

  /**
   * Returns the 32 nm defaults (NeuroSim-like 1T1R ReRAM with ISAAC-class periphery and the
   * NeuroSim-derived circuit numbers of {@link CircuitParameters#neuroSimV13()}); every value and
   * its source is listed by {@link #describe()}.
   */
  public static TechnologyParameters nm32() {
    return TechnologyTable.nm32(CircuitParameters.neuroSimV13());
  }

  /**
   * Returns a 22 nm table: {@link #nm32()} moved to 22 nm by {@link #scaledTo(int)}, then the values
   * that DNN+NeuroSim tabulates at 22 nm LP put in place of the scaled ones: supply 0.85 V (PTM 22 nm
   * LP, NeuroSim {@code Technology.cpp}), access-gate capacitance (capIdealGate 5.245e-10 + capFringe
   * 8.004e-10 F/m) x 22 nm = 0.0292 fF, multi-level sense amplifier power 1.7 uW per level and
   * sensed bitline voltage sqrt(0.0631) = 0.251 V ({@code MultilevelSenseAmp::GetColumnPower}, 22 nm
   * LP). Every other row is the 32 nm value scaled with {@code s = 22/32} as {@link #scaledTo(int)}
   * documents; {@link #describe()} lists the 32 nm sources.
   */
  public static TechnologyParameters nm22() {
    TechnologyParameters t = nm32().scaledTo(22);
    return t.withSupplyVoltageVolts(0.85)
        .withAccessGateCapacitanceFemtofarads(0.0292)
        .withCircuits(t.circuits().withMlsaPowerPerLevelMicrowatts(1.7)
            .withSenseBitlineVoltageVolts(0.251));
  }

  /**
   * Returns these parameters moved to another node by first-order constant-voltage scaling with
   * {@code s = nodeNm / technologyNodeNm}: peripheral areas and wire pitch scale with {@code s^2}
   * and {@code s}, peripheral switching energies with {@code s} (capacitance), the wire energy per
   * mm and device (cell) parameters stay. Cell and buffer areas are given in F^2 and follow the
   * node directly; the leaking transistor width per layout area scales with {@code 1/s} (it is a
   * fixed number of minimum widths per F^2). Reasonable between about 22 and 65 nm; returns {@code
   * this} if the node is equal.
   *
   * @param nodeNm target node in nm, 5..180
   */
  public TechnologyParameters scaledTo(int nodeNm) {
    if (nodeNm == technologyNodeNm) {
      return this;
    }
    if (nodeNm < 5 || nodeNm > 180) {
      throw new ConfigException("nodeNm", nodeNm, "an integer in 5..180");
    }
    return TechnologyTable.scaled(this, nodeNm);
  }

  /**
   * Returns the mean conductance of a read cell in S: {@code G_off + meanConductanceFraction * (G_on
   * - G_off)} with {@code G_on = 1 / cellOnResistanceOhms} and {@code G_off = G_on / cellOnOffRatio}.
   */
  public double meanCellConductanceSiemens() {
    return cellConductanceSiemens(meanConductanceFraction);
  }

  /**
   * Returns the conductance {@code G_off + fraction * (G_on - G_off)} in S of a cell at
   * {@code fraction} of the window.
   */
  public double cellConductanceSiemens(double fraction) {
    double on = 1 / cellOnResistanceOhms;
    double off = on / cellOnOffRatio;
    return off + fraction * (on - off);
  }

  /** Returns the feature size F in um ({@code technologyNodeNm / 1000}). */
  public double featureSizeMicrometres() {
    return technologyNodeNm / 1000.0;
  }

  /**
   * Returns the leakage power density of peripheral CMOS in W/um^2 at the given temperature:
   * {@code Vdd * I_off(300 K) * exp((T - 300 K) / T0) * widthPerArea}; strictly increasing in T.
   *
   * @param temperatureKelvin temperature in K
   */
  public double leakagePowerDensityWattsPerSquareMicrometre(double temperatureKelvin) {
    double offAmpsPerMicrometre = offCurrentNanoampsPerMicrometre * 1e-9
        * Math.exp((temperatureKelvin - 300.0) / leakageTemperatureScaleKelvin);
    return supplyVoltageVolts * offAmpsPerMicrometre
        * leakageWidthPerAreaMicrometresPerSquareMicrometre;
  }

  /**
   * Returns SAR ADC energy per conversion in pJ: {@code bits * E_cycle + 2^bits * E_level};
   * strictly increasing in bits.
   *
   * @param bits resolution, 1..16
   */
  public double adcEnergyPicojoules(int bits) {
    return (bits * adcEnergyPerCycleFemtojoules + Math.pow(2, bits) * adcEnergyPerLevelFemtojoules)
        * 1e-3;
  }

  /**
   * Returns SAR ADC area in um^2: {@code bits * A_bit + 2^bits * A_level}; strictly increasing.
   *
   * @param bits resolution, 1..16
   */
  public double adcAreaSquareMicrometres(int bits) {
    return bits * adcAreaPerBitSquareMicrometres + Math.pow(2, bits) * adcAreaPerLevelSquareMicrometres;
  }

  /**
   * Returns the read-out circuit's area in um^2 at {@code bits} resolution: {@link
   * #adcAreaSquareMicrometres(int)} for {@link AdcKind#SAR}; {@code (2^bits - 1) * mlsaCellsPerLevel
   * * standardCellAreaF2 * F^2} for {@link AdcKind#MULTI_LEVEL_SENSE_AMP}. Strictly increasing in
   * bits.
   *
   * @param kind read-out circuit, not null
   * @param bits resolution, 1..16
   */
  public double adcAreaSquareMicrometres(AdcKind kind, int bits) {
    if (kind == AdcKind.SAR) {
      return adcAreaSquareMicrometres(bits);
    }
    return (Math.pow(2, bits) - 1) * circuits.mlsaCellsPerLevel() * standardCellAreaSquareMicrometres();
  }

  /**
   * Returns the read-out circuit's energy per conversion in pJ, without the sensed column
   * conduction: {@link #adcEnergyPicojoules(int)} for {@link AdcKind#SAR}; {@code (2^bits - 1) *
   * mlsaPowerPerLevel * senseTime} for {@link AdcKind#MULTI_LEVEL_SENSE_AMP}. Strictly increasing
   * in bits.
   *
   * @param kind read-out circuit, not null
   * @param bits resolution, 1..16
   */
  public double adcEnergyPicojoules(AdcKind kind, int bits) {
    if (kind == AdcKind.SAR) {
      return adcEnergyPicojoules(bits);
    }
    // uW * ns = fJ = 1e-3 pJ
    return (Math.pow(2, bits) - 1) * circuits.mlsaPowerPerLevelMicrowatts() * circuits.senseTimeNs()
        * 1e-3;
  }

  /** Returns the area of one minimum-size standard cell in um^2, {@code standardCellAreaF2 * F^2}. */
  public double standardCellAreaSquareMicrometres() {
    double f = featureSizeMicrometres();
    return circuits.standardCellAreaF2() * f * f;
  }

  /**
   * Returns the clock period in ns of a design under a clock mode: {@code 1e9 / frequencyHertz}, or
   * for {@link ClockMode#SENSE_LIMITED} at least {@code senseCycleFactor * (rowDriveLatencyNs +
   * senseTimeNs)}.
   *
   * @param design the design point, not null
   * @param mode the clock mode, not null
   */
  public double clockPeriodNs(CostDesign design, ClockMode mode) {
    double period = design.clockPeriodNs();
    if (mode == ClockMode.SENSE_LIMITED) {
      period = Math.max(period,
          circuits.senseCycleFactor() * (circuits.rowDriveLatencyNs() + circuits.senseTimeNs()));
    }
    return period;
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
    for (TechnologyTable.Row r : TechnologyTable.ROWS) {
      parameter.append(r.name());
      value.append(TechnologyTable.valueOf(this, r));
      unit.append(r.unit());
      source.append(r.source());
    }
    circuits.describeInto(parameter, value, unit, source);
    return Table.create("technology parameters", parameter, value, unit, source);
  }

}
