package org.xbarlab.crossbar;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.Map;
import org.xbarlab.ConfigException;
import org.xbarlab.device.ConductanceRange;
import org.xbarlab.device.PulseResponse;
import org.xbarlab.noise.LineResistance;
import org.xbarlab.noise.LineResistanceMode;
import org.xbarlab.noise.NoiseEffect;
import org.xbarlab.noise.NoiseStack;
import org.xbarlab.noise.RandomTelegraphNoise;
import org.xbarlab.noise.ReadConditions;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * One crossbar design point: tile geometry, DAC/ADC, weight mapping, device conductance window,
 * read conditions, line resistance and the non-idealities that are on. Immutable; every component
 * validates itself and this record checks the cross-field rules, throwing {@link ConfigException}
 * naming the field, the value and the valid range.
 *
 * <pre>{@code
 * CrossbarConfig cfg = CrossbarConfig.resna()
 *     .withFrequencyHertz(1e9)
 *     .withTemperatureKelvin(400)
 *     .withCrossbarSize(64);
 * Table t = cfg.describe();
 * }</pre>
 *
 * @param array tile size
 * @param periphery DAC and ADC
 * @param mapping weight bits, cell bits, signed-weight scheme
 * @param device conductance window
 * @param pulses the cells' response to programming pulses (linear = every level exact; NeuroSim's
 *     non-linear LTP/LTD otherwise, open-loop programming, {@link PulseResponse})
 * @param read read voltage, frequency, temperature
 * @param lines line resistance and its model
 * @param noise non-idealities on the cells
 * @param layerArrays per-layer tile sizes by layer name (NAX's heterogeneous crossbars); a layer
 *     without an entry uses {@code array}; empty for a homogeneous chip
 */
@RecordBuilder
public record CrossbarConfig(
    ArrayGeometry array,
    Periphery periphery,
    WeightMapping mapping,
    ConductanceRange device,
    PulseResponse pulses,
    ReadConditions read,
    LineResistance lines,
    NoiseStack noise,
    Map<String, ArrayGeometry> layerArrays) implements CrossbarConfigBuilder.With {

  /** Validates cross-field rules (non-null parts; RTN needs Gmin above its singular point). */
  public CrossbarConfig {
    nonNull("array", array);
    nonNull("periphery", periphery);
    nonNull("mapping", mapping);
    nonNull("device", device);
    nonNull("pulses", pulses);
    nonNull("read", read);
    nonNull("lines", lines);
    nonNull("noise", noise);
    layerArrays = LayerArrays.copyOf(layerArrays);
    if (noise.isOn(NoiseEffect.TELEGRAPH_NOISE)) {
      double min = noise.telegraph().minimumConductanceSiemens();
      if (device.gMinSiemens() <= min) {
        throw new ConfigException("gMinSiemens", device.gMinSiemens(),
            "> " + min + " S when random telegraph noise is on (the PytorX RTN formula is singular"
                + " below a/(1-b)); raise gMinSiemens or turn RTN off");
      }
    }
    requireFits(array, mapping);
    layerArrays.values().forEach(a -> requireFits(a, mapping));
  }

  private static void requireFits(ArrayGeometry array, WeightMapping mapping) {
    int usable = array.columns() - (mapping.scheme() == MappingScheme.OFFSET_REFERENCE_COLUMN ? 1 : 0);
    int needed = mapping.slices() * mapping.polarities();
    if (usable < needed) {
      throw new ConfigException("columns", array.columns(),
          ">= " + (needed + array.columns() - usable) + " so that one weight's " + needed
              + " cells (and the reference column) fit in a tile");
    }
  }

  /**
   * Returns the homogeneous design point layer {@code layer} is mapped on: this config with that
   * layer's tile size (and no per-layer sizes), or this config itself when no layer has its own.
   */
  public CrossbarConfig forLayer(String layer) {
    if (layerArrays.isEmpty()) {
      return this;
    }
    return withArray(LayerArrays.arrayFor(layerArrays, layer, array)).withLayerArrays(Map.of());
  }

  /**
   * Returns a copy in which layer {@code layer} sits on its own square {@code size x size} tiles
   * (NAX's heterogeneous crossbars); every other layer keeps {@link #array()}.
   */
  public CrossbarConfig withLayerCrossbarSize(String layer, int size) {
    return withLayerArrays(LayerArrays.withSquare(layerArrays, layer, size));
  }

  /**
   * Returns the PytorX defaults (He et al., DAC 2019; github.com/elliothe/pytorx
   * {@code benchmark/mnist.py}, papers.md 5.3): 64x64 tiles, Gmax = 3.33e-4 S (3 kOhm),
   * Gmin = 3.33e-7 S (3 MOhm), 10 MHz, 300 K, 8-bit weights, DAC and ADC (calibrated), 7-bit cells
   * (PytorX's fixed {@code dG = range/2^7} grid, so one differential pair per 8-bit weight),
   * differential pair, wire 28 ohm (Gwire 0.0357 S), driver/sense 4 ohm (Gload 0.25 S) with line
   * resistance OFF, stuck-at faults off. Stochastic noise (thermal+shot+programming and RTN) is ON:
   * this preset is the PytorX noise model used by ReSNA; PytorX's own demo runs with noise off (use
   * {@link #toIdeal()} or {@link #withNoise}). Read voltage 0.1 V (assumed: PytorX uses an
   * input-dependent voltage norm; 0.1 V is the papers.md 1.4 sanity point).
   */
  public static CrossbarConfig pytorx() {
    return new CrossbarConfig(
        ArrayGeometry.square(64),
        Periphery.of(8, 8),
        new WeightMapping(8, 7, MappingScheme.DIFFERENTIAL_PAIR),
        ConductanceRange.of(3.33e-7, 3.33e-4),
        PulseResponse.linear(),
        ReadConditions.of(0.1, 10e6, 300),
        LineResistance.pytorx(),
        NoiseStack.pytorx(),
        Map.of());
  }

  /**
   * Returns the ReSNA operating point (Yang et al., ICCAD 2021, arXiv 2109.05437; papers.md 1.9):
   * 128x128 tiles, 8-bit cells, 8-bit weights, 500 MHz, 350 K, with the PytorX noise model, device
   * window, 8-bit DAC/ADC and 0.1 V read voltage (assumed: the paper builds on PytorX and its Table I
   * was not available).
   */
  public static CrossbarConfig resna() {
    return pytorx()
        .withCrossbarSize(128)
        .withCellBits(8)
        .withFrequencyHertz(500e6)
        .withTemperatureKelvin(350);
  }

  /**
   * Returns an ideal crossbar: PytorX geometry and device window, {@code bits}-bit weights, cells
   * (one slice), DAC and ADC, every non-ideality and line resistance off.
   *
   * @param bits resolution of weights, cells, DAC and ADC, 2..16
   */
  public static CrossbarConfig ideal(int bits) {
    return pytorx()
        .toIdeal()
        .withWeightBits(bits)
        .withCellBits(bits)
        .withDacBits(bits)
        .withAdcBits(bits);
  }

  /** Returns this design point with every non-ideality and line resistance off. */
  public CrossbarConfig toIdeal() {
    return withNoise(NoiseStack.none()).withLines(LineResistance.off());
  }

  // ---- copies (withArray, withPeriphery, withMapping, withDevice, withRead, withLines and
  // withNoise are generated: CrossbarConfigBuilder.With) ----

  /** Returns a copy with square {@code size x size} tiles. */
  public CrossbarConfig withCrossbarSize(int size) {
    return withArray(ArrayGeometry.square(size));
  }

  /** Returns a copy with {@code rows x columns} tiles. */
  public CrossbarConfig withCrossbarSize(int rows, int columns) {
    return withArray(ArrayGeometry.of(rows, columns));
  }

  /** Returns a copy with another DAC resolution, 1..16 bits. */
  public CrossbarConfig withDacBits(int bits) {
    return withPeriphery(periphery.withDacBits(bits));
  }

  /** Returns a copy with bit-serial input on or off. */
  public CrossbarConfig withBitSerialInput(boolean on) {
    return withPeriphery(periphery.withBitSerialInput(on));
  }

  /** Returns a copy with another ADC resolution, 1..16 bits. */
  public CrossbarConfig withAdcBits(int bits) {
    return withPeriphery(periphery.withAdcBits(bits));
  }

  /** Returns a copy with another ADC range policy. */
  public CrossbarConfig withAdcRange(AdcRangePolicy policy) {
    return withPeriphery(periphery.withAdcRange(policy));
  }

  /**
   * Returns a copy whose digital periphery corrects every stuck cell from a profiled fault map
   * (PytorX's SAF correction) when {@code on}.
   */
  public CrossbarConfig withStuckAtCorrection(boolean on) {
    return withPeriphery(periphery.withStuckAtCorrection(on));
  }

  /** Returns a copy with another weight resolution, 2..16 bits. */
  public CrossbarConfig withWeightBits(int bits) {
    return withMapping(mapping.withWeightBits(bits));
  }

  /** Returns a copy with another cell resolution, 1..16 bits. */
  public CrossbarConfig withCellBits(int bits) {
    return withMapping(mapping.withCellBits(bits));
  }

  /** Returns a copy with another signed-weight scheme. */
  public CrossbarConfig withMappingScheme(MappingScheme scheme) {
    return withMapping(mapping.withScheme(scheme));
  }

  /** Returns a copy with the window {@code [gMinSiemens, gMaxSiemens]}. */
  public CrossbarConfig withConductanceRange(double gMinSiemens, double gMaxSiemens) {
    return withDevice(ConductanceRange.of(gMinSiemens, gMaxSiemens));
  }

  /**
   * Returns a copy whose cells are programmed open-loop through NeuroSim's non-linear pulse
   * response with LTP label {@code ltp} in [0, 9] and LTD label {@code ltd} in [-9, 0] (0, 0 =
   * linear, the default).
   */
  public CrossbarConfig withWeightUpdateNonlinearity(double ltp, double ltd) {
    return withPulses(PulseResponse.of(ltp, ltd));
  }

  /** Returns a copy with another operating frequency in hertz ({@code > 0}). */
  public CrossbarConfig withFrequencyHertz(double value) {
    return withRead(read.withFrequencyHertz(value));
  }

  /** Returns a copy with another temperature in kelvin ({@code > 0}). */
  public CrossbarConfig withTemperatureKelvin(double value) {
    return withRead(read.withTemperatureKelvin(value));
  }

  /** Returns a copy with another read voltage in volts ({@code > 0}). */
  public CrossbarConfig withReadVoltageVolts(double value) {
    return withRead(read.withReadVoltageVolts(value));
  }

  /** Returns a copy with another wire-segment resistance in ohms ({@code >= 0}). */
  public CrossbarConfig withWireResistanceOhms(double value) {
    return withLines(lines.withWireResistanceOhms(value));
  }

  /** Returns a copy with another line-resistance model. */
  public CrossbarConfig withLineResistanceMode(LineResistanceMode mode) {
    return withLines(lines.withMode(mode));
  }

  /** Returns a copy with read (thermal+shot+programming) noise on or off. */
  public CrossbarConfig withReadNoise(boolean on) {
    return withNoise(noise.withReadNoise(on));
  }

  /** Returns a copy with RTN on or off. */
  public CrossbarConfig withRandomTelegraphNoise(boolean on) {
    return withNoise(noise.withRandomTelegraphNoise(on));
  }

  /** Returns a copy with stuck-at faults at total {@code rate} in [0,1] and SA1:SA0 ratio. */
  public CrossbarConfig withStuckAtFaults(double rate, double sa1ToSa0Ratio) {
    return withNoise(noise.withStuckAtFaults(rate, sa1ToSa0Ratio));
  }

  /** Returns a copy with another relative device-to-device sigma ({@code >= 0}). */
  public CrossbarConfig withDeviceVariationSigma(double sigma) {
    return withNoise(noise.withDeviceVariationSigma(sigma));
  }

  /** Returns a copy with another relative cycle-to-cycle sigma ({@code >= 0}). */
  public CrossbarConfig withCycleVariationSigma(double sigma) {
    return withNoise(noise.withCycleVariationSigma(sigma));
  }

  /** Returns a copy with another RTN amplitude law and probability (RTN itself on or off as before). */
  public CrossbarConfig withTelegraphNoiseModel(RandomTelegraphNoise model) {
    return withNoise(noise.withTelegraph(model));
  }

  /** Returns a copy with a frozen programming error of {@code sigmaSteps >= 0} level steps. */
  public CrossbarConfig withProgrammingErrorSigmaSteps(double sigmaSteps) {
    return withNoise(noise.withProgrammingErrorSigmaSteps(sigmaSteps));
  }

  /** Returns a copy whose non-idealities act in {@code order} (each {@link NoiseEffect} once). */
  public CrossbarConfig withNoiseOrder(NoiseEffect... order) {
    return withNoise(noise.withOrder(order));
  }

  // ---- derived ----

  /** Returns the cell level step {@code (Gmax - Gmin) / 2^cellBits} in siemens. */
  public double levelStepSiemens() {
    return device.levelStepSiemens(mapping.cellBits());
  }

  /**
   * Returns the expected conductance of a cell in siemens when weight levels are uniform: Gmin
   * plus half the level range, on half of the cells of a differential pair (the other one idles
   * at Gmin). The calibrated line-resistance model ({@code FIRST_ORDER_CALIBRATED}) and the
   * remapping's position profile solve a tile of this conductance.
   */
  public double expectedCellConductanceSiemens() {
    double occupancy = mapping.polarities() == 2 ? 0.5 : 1.0;
    int levels = 1 << mapping.cellBits();
    return device.gMinSiemens() + occupancy * (levels - 1) / 2.0 * levelStepSiemens();
  }

  /**
   * Returns every field as a table with columns {@code field} (API name), {@code value} (text) and
   * {@code unit} ("" when dimensionless).
   */
  public Table describe() {
    StringColumn f = StringColumn.create("field");
    StringColumn v = StringColumn.create("value");
    StringColumn u = StringColumn.create("unit");
    Object[][] rows = {
      {"rows", array.rows(), ""},
      {"columns", array.columns(), ""},
      {"weightBits", mapping.weightBits(), "bit"},
      {"cellBits", mapping.cellBits(), "bit"},
      {"mappingScheme", mapping.scheme(), ""},
      {"slicesPerWeight", mapping.slices(), ""},
      {"dacBits", periphery.dacBits(), "bit"},
      {"bitSerialInput", periphery.bitSerialInput(), ""},
      {"adcBits", periphery.adcBits(), "bit"},
      {"adcRange", periphery.adcRange(), ""},
      {"stuckAtCorrection", periphery.stuckAtCorrection(), ""},
      {"gMinSiemens", device.gMinSiemens(), "S"},
      {"gMaxSiemens", device.gMaxSiemens(), "S"},
      {"levelStepSiemens", levelStepSiemens(), "S"},
      {"ltpNonlinearity", pulses.ltpNonlinearity(), ""},
      {"ltdNonlinearity", pulses.ltdNonlinearity(), ""},
      {"readVoltageVolts", read.readVoltageVolts(), "V"},
      {"frequencyHertz", read.frequencyHertz(), "Hz"},
      {"temperatureKelvin", read.temperatureKelvin(), "K"},
      {"lineResistanceMode", lines.mode(), ""},
      {"wireResistanceOhms", lines.wireResistanceOhms(), "ohm"},
      {"driverResistanceOhms", lines.driverResistanceOhms(), "ohm"},
      {"senseResistanceOhms", lines.senseResistanceOhms(), "ohm"},
      {"readNoise", noise.readNoise(), ""},
      {"randomTelegraphNoise", noise.randomTelegraphNoise(), ""},
      {"stuckAtRate", noise.stuckAtRate(), ""},
      {"sa1ToSa0Ratio", noise.sa1ToSa0Ratio(), ""},
      {"deviceVariationSigma", noise.deviceVariationSigma(), ""},
      {"cycleVariationSigma", noise.cycleVariationSigma(), ""},
      {"programmingErrorSigmaSteps", noise.programmingErrorSigmaSteps(), "dG"},
      {"rtnOffsetSiemens", noise.telegraph().offsetSiemens(), "S"},
      {"rtnSlope", noise.telegraph().slope(), ""},
      {"rtnProbability", noise.telegraph().probability(), ""},
      {"noiseOrder", noise.order(), ""},
      {"layerArrays", layerArrays, ""},
    };
    for (Object[] r : rows) {
      f.append((String) r[0]);
      v.append(String.valueOf(r[1]));
      u.append((String) r[2]);
    }
    return Table.create("CrossbarConfig", f, v, u);
  }

  static void bits(String field, int value, int min) {
    if (value < min || value > 16) {
      throw new ConfigException(field, value, "an integer in " + min + "..16");
    }
  }

  private static void nonNull(String field, Object value) {
    if (value == null) {
      throw new ConfigException(field, null, "a non-null value");
    }
  }
}
