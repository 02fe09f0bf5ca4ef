package org.xbarlab.cost;

import org.xbarlab.ConfigException;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Every technology number the cost model uses, in one overridable record; each field names its
 * unit and {@link #describe()} lists the source of each default, including the NeuroSim-derived
 * periphery circuit numbers of the nested {@link CircuitParameters}. Build with {@link #nm32()} (or
 * {@link #nm22()}, which takes the values NeuroSim tabulates at 22 nm) and change with the {@code
 * with...} copy methods; {@link #scaledTo(int)} moves the peripheral numbers to another node by
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
    CircuitParameters circuits) {

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
    return new TechnologyParameters(
        32,
        0.9,
        0.5,
        10.0,
        240e3,
        100.0,
        0.5,
        0.5,
        48.0,
        0.2,
        0.049,
        65.0,
        4.0,
        60.0,
        2.8,
        1.0,
        0.4,
        0.166,
        1.0,
        0.04,
        0.042,
        60.0,
        0.78,
        2.62,
        420.0,
        0.067,
        0.081,
        0.1,
        0.112,
        0.1001,
        34.8,
        0.23,
        1.0,
        1.0,
        1.0,
        CircuitParameters.neuroSimV13());
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
    double s = (double) nodeNm / technologyNodeNm;
    double s2 = s * s;
    return new TechnologyParameters(
        nodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms,
        cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2,
        wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads * s,
        adcEnergyPerCycleFemtojoules * s, adcEnergyPerLevelFemtojoules * s,
        adcAreaPerBitSquareMicrometres * s2, adcAreaPerLevelSquareMicrometres * s2, adcCyclesPerBit,
        dacEnergyPerLevelFemtojoules * s, dacAreaPerLevelSquareMicrometres * s2,
        sampleHoldEnergyFemtojoules * s, sampleHoldAreaSquareMicrometres * s2,
        shiftAddEnergyPicojoules * s, shiftAddAreaSquareMicrometres * s2,
        adderEnergyPerBitFemtojoules * s, registerBitAreaSquareMicrometres * s2, bufferBitAreaF2,
        bufferEnergyPerBitPicojoules * s, interconnectEnergyPerBitPerMmPicojoules,
        interconnectDelayNsPerMm, wirePitchMicrometres * s, offCurrentNanoampsPerMicrometre,
        leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre / s,
        areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits.scaled(s));
  }

  /**
   * Returns a copy with {@code circuits} (the NeuroSim-derived periphery circuit numbers) replaced.
   *
   * @param value the new circuit parameters, not null
   */
  public TechnologyParameters withCircuits(CircuitParameters value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, latencyScaleFactor, value);
  }

  /**
   * Returns the mean conductance of a read cell in S: {@code G_off + meanConductanceFraction * (G_on
   * - G_off)} with {@code G_on = 1 / cellOnResistanceOhms} and {@code G_off = G_on / cellOnOffRatio}.
   */
  public double meanCellConductanceSiemens() {
    double on = 1 / cellOnResistanceOhms;
    double off = on / cellOnOffRatio;
    return off + meanConductanceFraction * (on - off);
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
    parameter.append("technologyNodeNm");
    value.append(technologyNodeNm);
    unit.append("nm");
    source.append("DNN+NeuroSim V2.1 Param.cpp technode = 32 (ICCAD 2021 used NeuroSim at 32 nm, papers.md 1.6)");
    parameter.append("supplyVoltageVolts");
    value.append(supplyVoltageVolts);
    unit.append("V");
    source.append("NeuroSim Technology.cpp, PTM 32 nm LP: vdd = 0.9");
    parameter.append("readVoltageVolts");
    value.append(readVoltageVolts);
    unit.append("V");
    source.append("NeuroSim Param.cpp readVoltage = 0.5");
    parameter.append("readPulseWidthNs");
    value.append(readPulseWidthNs);
    unit.append("ns");
    source.append("NeuroSim Param.cpp readPulseWidth = 10e-9");
    parameter.append("cellOnResistanceOhms");
    value.append(cellOnResistanceOhms);
    unit.append("Ohm");
    source.append("DNN+NeuroSim V2.1 Param.cpp R_on = 240 kOhm (papers.md 1.6)");
    parameter.append("cellOnOffRatio");
    value.append(cellOnOffRatio);
    unit.append("1");
    source.append("DNN+NeuroSim V2.1 Param.cpp on/off = 100 (papers.md 1.6)");
    parameter.append("meanConductanceFraction");
    value.append(meanConductanceFraction);
    unit.append("1");
    source.append("assumed [I]: mid-range mean level (offset-binary weights centred on zero spread their slices evenly over the levels, as in the NeuroSim wrapper's mapping)");
    parameter.append("inputBitActivity");
    value.append(inputBitActivity);
    unit.append("1");
    source.append("assumed [I]: half of streamed input bits are 1 (NeuroSim uses an activity factor the same way)");
    parameter.append("cellAreaF2");
    value.append(cellAreaF2);
    unit.append("F^2");
    source.append("NeuroSim Param.cpp 1T1R cell 4F x 12F");
    parameter.append("wireCapacitanceFemtofaradsPerMicrometre");
    value.append(wireCapacitanceFemtofaradsPerMicrometre);
    unit.append("fF/um");
    source.append("assumed [I]: typical intermediate-metal wire capacitance (ITRS), used by CACTI/NeuroSim-class models");
    parameter.append("accessGateCapacitanceFemtofarads");
    value.append(accessGateCapacitanceFemtofarads);
    unit.append("fF");
    source.append("derived: NeuroSim Technology.cpp 32 nm LP (capIdealGate 8.375e-10 + capFringe 6.857e-10 F/m) x 32 nm width");
    parameter.append("adcEnergyPerCycleFemtojoules");
    value.append(adcEnergyPerCycleFemtojoules);
    unit.append("fJ");
    source.append("anchor ISAAC (Shafiee et al., ISCA 2016, Table I: 8-bit SAR 1.28 GS/s, 2 mW = 1.56 pJ/conversion at 32 nm); split between per-cycle logic and per-level capacitor energy assumed [I]");
    parameter.append("adcEnergyPerLevelFemtojoules");
    value.append(adcEnergyPerLevelFemtojoules);
    unit.append("fJ");
    source.append("as adcEnergyPerCycleFemtojoules (Walden-type figure of merit per conversion step, cf. Murmann ADC survey)");
    parameter.append("adcAreaPerBitSquareMicrometres");
    value.append(adcAreaPerBitSquareMicrometres);
    unit.append("um^2");
    source.append("anchor ISAAC Table I: 8-bit ADC 0.0012 mm^2 at 32 nm; split assumed [I]");
    parameter.append("adcAreaPerLevelSquareMicrometres");
    value.append(adcAreaPerLevelSquareMicrometres);
    unit.append("um^2");
    source.append("as adcAreaPerBitSquareMicrometres (unit capacitors grow with 2^bits)");
    parameter.append("adcCyclesPerBit");
    value.append(adcCyclesPerBit);
    unit.append("cycles");
    source.append("SAR: one comparison per clock per bit [I]");
    parameter.append("dacEnergyPerLevelFemtojoules");
    value.append(dacEnergyPerLevelFemtojoules);
    unit.append("fJ");
    source.append("ISAAC Table I: 8x128 1-bit DACs, 4 mW, 100 ns cycle -> 0.4 fJ per DAC per cycle");
    parameter.append("dacAreaPerLevelSquareMicrometres");
    value.append(dacAreaPerLevelSquareMicrometres);
    unit.append("um^2");
    source.append("ISAAC Table I: 8x128 1-bit DACs in 0.00017 mm^2");
    parameter.append("sampleHoldEnergyFemtojoules");
    value.append(sampleHoldEnergyFemtojoules);
    unit.append("fJ");
    source.append("ISAAC Table I: 8x128 S+H, 10 uW, 100 ns cycle");
    parameter.append("sampleHoldAreaSquareMicrometres");
    value.append(sampleHoldAreaSquareMicrometres);
    unit.append("um^2");
    source.append("ISAAC Table I: 8x128 S+H in 0.00004 mm^2");
    parameter.append("shiftAddEnergyPicojoules");
    value.append(shiftAddEnergyPicojoules);
    unit.append("pJ");
    source.append("ISAAC Table I: 4 shift-and-add units, 0.2 mW at 1.2 GHz");
    parameter.append("shiftAddAreaSquareMicrometres");
    value.append(shiftAddAreaSquareMicrometres);
    unit.append("um^2");
    source.append("ISAAC Table I: 4 shift-and-add units in 0.00024 mm^2");
    parameter.append("adderEnergyPerBitFemtojoules");
    value.append(adderEnergyPerBitFemtojoules);
    unit.append("fJ");
    source.append("derived from NeuroSim V1.3 Adder.cpp: 9 NAND2 per bit, switched capacitance 13 C_in + 7 C_out per bit (PTM 32 nm LP, Technology.cpp), x delta = 0.15 adder activity (Param.cpp validated)");
    parameter.append("registerBitAreaSquareMicrometres");
    value.append(registerBitAreaSquareMicrometres);
    unit.append("um^2");
    source.append("NeuroSim V1.3 DFF.cpp: a DFF is 12 minimum-size standard cells = 12 x 212.8 F^2 = 2554 F^2 (2.62 um^2 at 32 nm)");
    parameter.append("bufferBitAreaF2");
    value.append(bufferBitAreaF2);
    unit.append("F^2");
    source.append("NeuroSim Param.cpp SRAM cell 10F x 28F = 280 F^2, x1.5 periphery overhead assumed [I]");
    parameter.append("bufferEnergyPerBitPicojoules");
    value.append(bufferEnergyPerBitPicojoules);
    unit.append("pJ");
    source.append("derived from ISAAC Table I: 64 KB eDRAM, 20.7 mW at 1.2 GHz, 256-bit access assumed [I]");
    parameter.append("interconnectEnergyPerBitPerMmPicojoules");
    value.append(interconnectEnergyPerBitPerMmPicojoules);
    unit.append("pJ/(bit mm)");
    source.append("derived: 0.2 fF/um x (0.9 V)^2 x activity 0.5");
    parameter.append("interconnectDelayNsPerMm");
    value.append(interconnectDelayNsPerMm);
    unit.append("ns/mm");
    source.append("assumed [I]: optimally repeated global wire at 32 nm");
    parameter.append("wirePitchMicrometres");
    value.append(wirePitchMicrometres);
    unit.append("um");
    source.append("NeuroSim Param.cpp wireWidth = 56 nm at 32 nm; pitch = 2 x width");
    parameter.append("offCurrentNanoampsPerMicrometre");
    value.append(offCurrentNanoampsPerMicrometre);
    unit.append("nA/um");
    source.append("NeuroSim Technology.cpp, PTM 32 nm LP NMOS currentOffNmos[0] = 100.10e-6 uA/um at 300 K");
    parameter.append("leakageTemperatureScaleKelvin");
    value.append(leakageTemperatureScaleKelvin);
    unit.append("K");
    source.append("fit to the same table: I_off(400 K)/I_off(300 K) = 1774/100.1 -> T0 = 100 K / ln(17.7)");
    parameter.append("leakageWidthPerAreaMicrometresPerSquareMicrometre");
    value.append(leakageWidthPerAreaMicrometresPerSquareMicrometre);
    unit.append("um/um^2");
    source.append("derived from NeuroSim V1.3 DFF.cpp leakage: 8 inverters of (1 + pnSizeRatio) F average leaking width per 2554 F^2 DFF = 0.0073/F -> 0.23 um/um^2 at 32 nm (scales with 1/F)");
    parameter.append("areaScaleFactor");
    value.append(areaScaleFactor);
    unit.append("1");
    source.append("1 = uncalibrated; a post-layout factor in the spirit of NeuroSim's validated-mode alpha (Param.cpp); see Calibration.fittedToR1()");
    parameter.append("energyScaleFactor");
    value.append(energyScaleFactor);
    unit.append("1");
    source.append("1 = uncalibrated; NeuroSim's post-layout energy factor is zeta = 1.22 (Param.cpp validated; applied to its TOPS/W only); see Calibration.fittedToR1()");
    parameter.append("latencyScaleFactor");
    value.append(latencyScaleFactor);
    unit.append("1");
    source.append("1 = uncalibrated; in the spirit of NeuroSim's sensing-latency factor beta (Param.cpp)");
    circuits.describeInto(parameter, value, unit, source);
    return Table.create("technology parameters", parameter, value, unit, source);
  }

  /**
   * Returns a copy with {@code technologyNodeNm} (CMOS node these numbers describe) replaced.
   *
   * @param value the new value, in nm
   */
  public TechnologyParameters withTechnologyNodeNm(int value) {
    return new TechnologyParameters(value, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code supplyVoltageVolts} (digital supply voltage) replaced.
   *
   * @param value the new value, in V
   */
  public TechnologyParameters withSupplyVoltageVolts(double value) {
    return new TechnologyParameters(technologyNodeNm, value, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code readVoltageVolts} (crossbar read voltage on a selected row) replaced.
   *
   * @param value the new value, in V
   */
  public TechnologyParameters withReadVoltageVolts(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, value, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code readPulseWidthNs} (read pulse per input cycle (array settle and sample)) replaced.
   *
   * @param value the new value, in ns
   */
  public TechnologyParameters withReadPulseWidthNs(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, value, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code cellOnResistanceOhms} (low-resistance state) replaced.
   *
   * @param value the new value, in Ohm
   */
  public TechnologyParameters withCellOnResistanceOhms(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, value, cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code cellOnOffRatio} (R_off / R_on) replaced.
   *
   * @param value the new value, in 1
   */
  public TechnologyParameters withCellOnOffRatio(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, value, meanConductanceFraction, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code meanConductanceFraction} (mean conductance of a read cell as a fraction of G_on) replaced.
   *
   * @param value the new value, in 1
   */
  public TechnologyParameters withMeanConductanceFraction(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, value, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code inputBitActivity} (fraction of input bits that drive a row) replaced.
   *
   * @param value the new value, in 1
   */
  public TechnologyParameters withInputBitActivity(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, value, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code cellAreaF2} (1T1R cell area in units of F^2 (F = node)) replaced.
   *
   * @param value the new value, in F^2
   */
  public TechnologyParameters withCellAreaF2(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, inputBitActivity, value, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code wireCapacitanceFemtofaradsPerMicrometre} (wire capacitance per length) replaced.
   *
   * @param value the new value, in fF/um
   */
  public TechnologyParameters withWireCapacitanceFemtofaradsPerMicrometre(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2, value, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code accessGateCapacitanceFemtofarads} (gate capacitance of one 1T1R access transistor) replaced.
   *
   * @param value the new value, in fF
   */
  public TechnologyParameters withAccessGateCapacitanceFemtofarads(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, value, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code adcEnergyPerCycleFemtojoules} (SAR comparator and logic energy per bit cycle) replaced.
   *
   * @param value the new value, in fJ
   */
  public TechnologyParameters withAdcEnergyPerCycleFemtojoules(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, value, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code adcEnergyPerLevelFemtojoules} (capacitive-DAC energy per quantisation level (2^bits levels)) replaced.
   *
   * @param value the new value, in fJ
   */
  public TechnologyParameters withAdcEnergyPerLevelFemtojoules(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, value, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code adcAreaPerBitSquareMicrometres} (SAR logic/comparator area per bit) replaced.
   *
   * @param value the new value, in um^2
   */
  public TechnologyParameters withAdcAreaPerBitSquareMicrometres(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, value, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code adcAreaPerLevelSquareMicrometres} (capacitor-array area per quantisation level) replaced.
   *
   * @param value the new value, in um^2
   */
  public TechnologyParameters withAdcAreaPerLevelSquareMicrometres(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, value, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code adcCyclesPerBit} (clock cycles per resolved ADC bit) replaced.
   *
   * @param value the new value, in cycles
   */
  public TechnologyParameters withAdcCyclesPerBit(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, value, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code dacEnergyPerLevelFemtojoules} (DAC energy per output level above zero (2^dacBits - 1 levels)) replaced.
   *
   * @param value the new value, in fJ
   */
  public TechnologyParameters withDacEnergyPerLevelFemtojoules(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, value, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code dacAreaPerLevelSquareMicrometres} (DAC area per output level above zero) replaced.
   *
   * @param value the new value, in um^2
   */
  public TechnologyParameters withDacAreaPerLevelSquareMicrometres(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, value, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code sampleHoldEnergyFemtojoules} (sample-and-hold energy per column sample) replaced.
   *
   * @param value the new value, in fJ
   */
  public TechnologyParameters withSampleHoldEnergyFemtojoules(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, value, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code sampleHoldAreaSquareMicrometres} (sample-and-hold area per column) replaced.
   *
   * @param value the new value, in um^2
   */
  public TechnologyParameters withSampleHoldAreaSquareMicrometres(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, value, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code shiftAddEnergyPicojoules} (shift-add energy per ADC output) replaced.
   *
   * @param value the new value, in pJ
   */
  public TechnologyParameters withShiftAddEnergyPicojoules(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, value, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code shiftAddAreaSquareMicrometres} (shift-add area per ADC) replaced.
   *
   * @param value the new value, in um^2
   */
  public TechnologyParameters withShiftAddAreaSquareMicrometres(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, value, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code adderEnergyPerBitFemtojoules} (accumulator energy per partial-sum bit added) replaced.
   *
   * @param value the new value, in fJ
   */
  public TechnologyParameters withAdderEnergyPerBitFemtojoules(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, value, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code registerBitAreaSquareMicrometres} (area of one register bit (I/O registers, accumulators)) replaced.
   *
   * @param value the new value, in um^2
   */
  public TechnologyParameters withRegisterBitAreaSquareMicrometres(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, value, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code bufferBitAreaF2} (SRAM buffer area per bit) replaced.
   *
   * @param value the new value, in F^2
   */
  public TechnologyParameters withBufferBitAreaF2(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, value, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code bufferEnergyPerBitPicojoules} (buffer read or write energy per bit) replaced.
   *
   * @param value the new value, in pJ
   */
  public TechnologyParameters withBufferEnergyPerBitPicojoules(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, value, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code interconnectEnergyPerBitPerMmPicojoules} (wire energy per transported bit per mm) replaced.
   *
   * @param value the new value, in pJ/(bit mm)
   */
  public TechnologyParameters withInterconnectEnergyPerBitPerMmPicojoules(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, value, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code interconnectDelayNsPerMm} (repeated-wire delay) replaced.
   *
   * @param value the new value, in ns/mm
   */
  public TechnologyParameters withInterconnectDelayNsPerMm(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, value, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code wirePitchMicrometres} (interconnect wire pitch (for wiring area)) replaced.
   *
   * @param value the new value, in um
   */
  public TechnologyParameters withWirePitchMicrometres(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, value, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code offCurrentNanoampsPerMicrometre} (transistor off-current per width at 300 K) replaced.
   *
   * @param value the new value, in nA/um
   */
  public TechnologyParameters withOffCurrentNanoampsPerMicrometre(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, value, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code leakageTemperatureScaleKelvin} (T0 of the exponential leakage model I_off(T) = I_off(300 K) exp((T - 300 K)/T0)) replaced.
   *
   * @param value the new value, in K
   */
  public TechnologyParameters withLeakageTemperatureScaleKelvin(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, value, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code leakageWidthPerAreaMicrometresPerSquareMicrometre} (transistor width per layout area (converts off-current to leakage power density)) replaced.
   *
   * @param value the new value, in um/um^2
   */
  public TechnologyParameters withLeakageWidthPerAreaMicrometresPerSquareMicrometre(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, value, areaScaleFactor, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code areaScaleFactor} (multiplies every component area) replaced.
   *
   * @param value the new value, in 1
   */
  public TechnologyParameters withAreaScaleFactor(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, value, energyScaleFactor, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code energyScaleFactor} (multiplies every component energy (dynamic and leakage)) replaced.
   *
   * @param value the new value, in 1
   */
  public TechnologyParameters withEnergyScaleFactor(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, value, latencyScaleFactor, circuits);
  }

  /**
   * Returns a copy with {@code latencyScaleFactor} (multiplies every component latency) replaced.
   *
   * @param value the new value, in 1
   */
  public TechnologyParameters withLatencyScaleFactor(double value) {
    return new TechnologyParameters(technologyNodeNm, supplyVoltageVolts, readVoltageVolts, readPulseWidthNs, cellOnResistanceOhms, cellOnOffRatio, meanConductanceFraction, inputBitActivity, cellAreaF2, wireCapacitanceFemtofaradsPerMicrometre, accessGateCapacitanceFemtofarads, adcEnergyPerCycleFemtojoules, adcEnergyPerLevelFemtojoules, adcAreaPerBitSquareMicrometres, adcAreaPerLevelSquareMicrometres, adcCyclesPerBit, dacEnergyPerLevelFemtojoules, dacAreaPerLevelSquareMicrometres, sampleHoldEnergyFemtojoules, sampleHoldAreaSquareMicrometres, shiftAddEnergyPicojoules, shiftAddAreaSquareMicrometres, adderEnergyPerBitFemtojoules, registerBitAreaSquareMicrometres, bufferBitAreaF2, bufferEnergyPerBitPicojoules, interconnectEnergyPerBitPerMmPicojoules, interconnectDelayNsPerMm, wirePitchMicrometres, offCurrentNanoampsPerMicrometre, leakageTemperatureScaleKelvin, leakageWidthPerAreaMicrometresPerSquareMicrometre, areaScaleFactor, energyScaleFactor, value, circuits);
  }

}
