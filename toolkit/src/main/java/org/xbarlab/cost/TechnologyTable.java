package org.xbarlab.cost;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xbarlab.ConfigException;

/**
 * The one table behind {@link TechnologyParameters}: a row per number with its 32 nm value, unit,
 * how it moves with the node and where it comes from. {@link TechnologyParameters#nm32()}, {@link
 * TechnologyParameters#describe()} and {@link TechnologyParameters#scaledTo(int)} all read it, so a
 * number and its source cannot drift apart. Values tagged [I] are our assumptions.
 */
final class TechnologyTable {
  /** How a number moves to another node, {@code s = newNode / oldNode}. */
  enum Scaling {
    /** Device, wire-per-mm and dimensionless numbers, and areas given in F^2: unchanged. */
    NONE,
    /** The node itself. */
    NODE,
    /** Switching energies and capacitances (capacitance ~ s) and wire pitch: times s. */
    WITH_FEATURE,
    /** Peripheral areas in um^2: times s^2. */
    WITH_AREA,
    /** Leaking transistor width per layout area (a fixed count of minimum widths per F^2): over s. */
    INVERSE;

    double apply(double value, double s) {
      switch (this) {
        case WITH_FEATURE:
          return value * s;
        case WITH_AREA:
          return value * (s * s);
        case INVERSE:
          return value / s;
        default:
          return value;
      }
    }
  }

  /**
   * One technology number.
   *
   * @param name the {@link TechnologyParameters} component it fills
   * @param value32nm its default at 32 nm
   * @param unit its unit
   * @param scaling how it moves with the node
   * @param source where the default comes from ([I] = our assumption)
   */
  record Row(String name, double value32nm, String unit, Scaling scaling, String source) {}

  static final List<Row> ROWS = List.of(
      row("technologyNodeNm", 32, "nm", Scaling.NODE,
          "DNN+NeuroSim V2.1 Param.cpp technode = 32 (ICCAD 2021 used NeuroSim at 32 nm, papers.md 1.6)"),
      row("supplyVoltageVolts", 0.9, "V", Scaling.NONE,
          "NeuroSim Technology.cpp, PTM 32 nm LP: vdd = 0.9"),
      row("readVoltageVolts", 0.5, "V", Scaling.NONE,
          "NeuroSim Param.cpp readVoltage = 0.5"),
      row("readPulseWidthNs", 10.0, "ns", Scaling.NONE,
          "NeuroSim Param.cpp readPulseWidth = 10e-9"),
      row("cellOnResistanceOhms", 240e3, "Ohm", Scaling.NONE,
          "DNN+NeuroSim V2.1 Param.cpp R_on = 240 kOhm (papers.md 1.6)"),
      row("cellOnOffRatio", 100.0, "1", Scaling.NONE,
          "DNN+NeuroSim V2.1 Param.cpp on/off = 100 (papers.md 1.6)"),
      row("meanConductanceFraction", 0.5, "1", Scaling.NONE,
          "assumed [I]: mid-range mean level (offset-binary weights centred on zero spread their slices evenly over the levels, as in the NeuroSim wrapper's mapping)"),
      row("inputBitActivity", 0.5, "1", Scaling.NONE,
          "assumed [I]: half of streamed input bits are 1 (NeuroSim uses an activity factor the same way)"),
      row("cellAreaF2", 48.0, "F^2", Scaling.NONE,
          "NeuroSim Param.cpp 1T1R cell 4F x 12F"),
      row("wireCapacitanceFemtofaradsPerMicrometre", 0.2, "fF/um", Scaling.NONE,
          "assumed [I]: typical intermediate-metal wire capacitance (ITRS), used by CACTI/NeuroSim-class models"),
      row("accessGateCapacitanceFemtofarads", 0.049, "fF", Scaling.WITH_FEATURE,
          "derived: NeuroSim Technology.cpp 32 nm LP (capIdealGate 8.375e-10 + capFringe 6.857e-10 F/m) x 32 nm width"),
      row("adcEnergyPerCycleFemtojoules", 65.0, "fJ", Scaling.WITH_FEATURE,
          "anchor ISAAC (Shafiee et al., ISCA 2016, Table I: 8-bit SAR 1.28 GS/s, 2 mW = 1.56 pJ/conversion at 32 nm); split between per-cycle logic and per-level capacitor energy assumed [I]"),
      row("adcEnergyPerLevelFemtojoules", 4.0, "fJ", Scaling.WITH_FEATURE,
          "as adcEnergyPerCycleFemtojoules (Walden-type figure of merit per conversion step, cf. Murmann ADC survey)"),
      row("adcAreaPerBitSquareMicrometres", 60.0, "um^2", Scaling.WITH_AREA,
          "anchor ISAAC Table I: 8-bit ADC 0.0012 mm^2 at 32 nm; split assumed [I]"),
      row("adcAreaPerLevelSquareMicrometres", 2.8, "um^2", Scaling.WITH_AREA,
          "as adcAreaPerBitSquareMicrometres (unit capacitors grow with 2^bits)"),
      row("adcCyclesPerBit", 1.0, "cycles", Scaling.NONE,
          "SAR: one comparison per clock per bit [I]"),
      row("dacEnergyPerLevelFemtojoules", 0.4, "fJ", Scaling.WITH_FEATURE,
          "ISAAC Table I: 8x128 1-bit DACs, 4 mW, 100 ns cycle -> 0.4 fJ per DAC per cycle"),
      row("dacAreaPerLevelSquareMicrometres", 0.166, "um^2", Scaling.WITH_AREA,
          "ISAAC Table I: 8x128 1-bit DACs in 0.00017 mm^2"),
      row("sampleHoldEnergyFemtojoules", 1.0, "fJ", Scaling.WITH_FEATURE,
          "ISAAC Table I: 8x128 S+H, 10 uW, 100 ns cycle"),
      row("sampleHoldAreaSquareMicrometres", 0.04, "um^2", Scaling.WITH_AREA,
          "ISAAC Table I: 8x128 S+H in 0.00004 mm^2"),
      row("shiftAddEnergyPicojoules", 0.042, "pJ", Scaling.WITH_FEATURE,
          "ISAAC Table I: 4 shift-and-add units, 0.2 mW at 1.2 GHz"),
      row("shiftAddAreaSquareMicrometres", 60.0, "um^2", Scaling.WITH_AREA,
          "ISAAC Table I: 4 shift-and-add units in 0.00024 mm^2"),
      row("adderEnergyPerBitFemtojoules", 0.78, "fJ", Scaling.WITH_FEATURE,
          "derived from NeuroSim V1.3 Adder.cpp: 9 NAND2 per bit, switched capacitance 13 C_in + 7 C_out per bit (PTM 32 nm LP, Technology.cpp), x delta = 0.15 adder activity (Param.cpp validated)"),
      row("registerBitAreaSquareMicrometres", 2.62, "um^2", Scaling.WITH_AREA,
          "NeuroSim V1.3 DFF.cpp: a DFF is 12 minimum-size standard cells = 12 x 212.8 F^2 = 2554 F^2 (2.62 um^2 at 32 nm)"),
      row("bufferBitAreaF2", 420.0, "F^2", Scaling.NONE,
          "NeuroSim Param.cpp SRAM cell 10F x 28F = 280 F^2, x1.5 periphery overhead assumed [I]"),
      row("bufferEnergyPerBitPicojoules", 0.067, "pJ", Scaling.WITH_FEATURE,
          "derived from ISAAC Table I: 64 KB eDRAM, 20.7 mW at 1.2 GHz, 256-bit access assumed [I]"),
      row("interconnectEnergyPerBitPerMmPicojoules", 0.081, "pJ/(bit mm)", Scaling.NONE,
          "derived: 0.2 fF/um x (0.9 V)^2 x activity 0.5"),
      row("interconnectDelayNsPerMm", 0.1, "ns/mm", Scaling.NONE,
          "assumed [I]: optimally repeated global wire at 32 nm"),
      row("wirePitchMicrometres", 0.112, "um", Scaling.WITH_FEATURE,
          "NeuroSim Param.cpp wireWidth = 56 nm at 32 nm; pitch = 2 x width"),
      row("offCurrentNanoampsPerMicrometre", 0.1001, "nA/um", Scaling.NONE,
          "NeuroSim Technology.cpp, PTM 32 nm LP NMOS currentOffNmos[0] = 100.10e-6 uA/um at 300 K"),
      row("leakageTemperatureScaleKelvin", 34.8, "K", Scaling.NONE,
          "fit to the same table: I_off(400 K)/I_off(300 K) = 1774/100.1 -> T0 = 100 K / ln(17.7)"),
      row("leakageWidthPerAreaMicrometresPerSquareMicrometre", 0.23, "um/um^2", Scaling.INVERSE,
          "derived from NeuroSim V1.3 DFF.cpp leakage: 8 inverters of (1 + pnSizeRatio) F average leaking width per 2554 F^2 DFF = 0.0073/F -> 0.23 um/um^2 at 32 nm (scales with 1/F)"),
      row("areaScaleFactor", 1.0, "1", Scaling.NONE,
          "1 = uncalibrated; a post-layout factor in the spirit of NeuroSim's validated-mode alpha (Param.cpp); see Calibration.fittedToR1()"),
      row("energyScaleFactor", 1.0, "1", Scaling.NONE,
          "1 = uncalibrated; NeuroSim's post-layout energy factor is zeta = 1.22 (Param.cpp validated; applied to its TOPS/W only); see Calibration.fittedToR1()"),
      row("latencyScaleFactor", 1.0, "1", Scaling.NONE,
          "1 = uncalibrated; in the spirit of NeuroSim's sensing-latency factor beta (Param.cpp)")
  );

  private static final Map<String, Row> BY_NAME = new LinkedHashMap<>();
  private static final RecordComponent[] COMPONENTS = TechnologyParameters.class.getRecordComponents();
  private static final Constructor<TechnologyParameters> CANONICAL = canonical();

  static {
    ROWS.forEach(r -> BY_NAME.put(r.name(), r));
    for (RecordComponent c : COMPONENTS) {
      if (c.getType() != CircuitParameters.class && !BY_NAME.containsKey(c.getName())) {
        throw new IllegalStateException("technology table lacks a row for " + c.getName());
      }
    }
    if (BY_NAME.size() != COMPONENTS.length - 1) {
      throw new IllegalStateException("technology table rows " + BY_NAME.keySet()
          + " do not match the components of TechnologyParameters");
    }
  }

  private TechnologyTable() {}

  private static Row row(String name, double value32nm, String unit, Scaling scaling,
      String source) {
    return new Row(name, value32nm, unit, scaling, source);
  }

  private static Constructor<TechnologyParameters> canonical() {
    Class<?>[] types = new Class<?>[COMPONENTS.length];
    for (int i = 0; i < types.length; i++) {
      types[i] = COMPONENTS[i].getType();
    }
    try {
      return TechnologyParameters.class.getDeclaredConstructor(types);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("TechnologyParameters has no canonical constructor", e);
    }
  }

  /** Returns the 32 nm defaults with the given circuit numbers. */
  static TechnologyParameters nm32(CircuitParameters circuits) {
    Map<String, Double> values = new LinkedHashMap<>();
    ROWS.forEach(r -> values.put(r.name(), r.value32nm()));
    return build(values, circuits);
  }

  /** Returns {@code t} moved to {@code nodeNm} by each row's {@link Scaling}. */
  static TechnologyParameters scaled(TechnologyParameters t, int nodeNm) {
    double s = (double) nodeNm / t.technologyNodeNm();
    Map<String, Double> values = new LinkedHashMap<>();
    for (Row r : ROWS) {
      values.put(r.name(), r.scaling() == Scaling.NODE ? nodeNm : r.scaling().apply(valueOf(t, r), s));
    }
    return build(values, t.circuits().scaled(s));
  }

  /** Returns the current value of one row's component in {@code t}. */
  static double valueOf(TechnologyParameters t, Row r) {
    for (RecordComponent c : COMPONENTS) {
      if (c.getName().equals(r.name())) {
        try {
          return ((Number) c.getAccessor().invoke(t)).doubleValue();
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("cannot read " + r.name(), e);
        }
      }
    }
    throw new IllegalStateException("no component " + r.name());
  }

  private static TechnologyParameters build(Map<String, Double> values, CircuitParameters circuits) {
    Object[] args = new Object[COMPONENTS.length];
    for (int i = 0; i < args.length; i++) {
      RecordComponent c = COMPONENTS[i];
      if (c.getType() == CircuitParameters.class) {
        args[i] = circuits;
      } else if (c.getType() == int.class) {
        args[i] = (int) Math.round(values.get(c.getName()));
      } else {
        args[i] = values.get(c.getName());
      }
    }
    try {
      return CANONICAL.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof ConfigException) {
        throw (ConfigException) e.getCause();
      }
      throw new IllegalStateException("cannot build TechnologyParameters", e.getCause());
    } catch (InstantiationException | IllegalAccessException e) {
      throw new IllegalStateException("cannot build TechnologyParameters", e);
    }
  }
}
