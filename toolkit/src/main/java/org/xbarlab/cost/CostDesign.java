package org.xbarlab.cost;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xbarlab.ConfigException;
import org.xbarlab.crossbar.ArrayGeometry;
import org.xbarlab.crossbar.CrossbarConfig;
import org.xbarlab.crossbar.LayerArrays;
import org.xbarlab.crossbar.MappingScheme;
import org.xbarlab.crossbar.WeightMapping;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * One accelerator design point for the cost model. It embeds the engine's own {@link ArrayGeometry}
 * (crossbar size) and {@link WeightMapping} (weight and cell bits, signed-weight scheme), so the
 * simulated and the costed design cannot disagree, plus the fields only the cost model reads: input
 * precision and DAC bits per cycle, ADC bits and sharing, clock, temperature, node, interconnect.
 * Immutable; the {@code with...} copies (generated for every field, see {@link
 * CostDesignBuilder.With}, plus the shorthands below) validate again.
 *
 * <p>The periphery is per crossbar: each crossbar owns {@code ceil(columns / columnsPerAdc)} ADCs,
 * its drivers and its shift-add units; nothing is shared between crossbars or between layers. The
 * engine's {@code Periphery} is not embedded because the cost model also prices DACs that apply
 * 2..inputBits-1 bits per cycle, which the engine does not simulate (it applies 1 or all).
 *
 * <p>Mapping scheme (see {@link CostModel}): each weight is sliced into {@code
 * slices = MappingScheme.slices(weightBits, cellBits)} cells (the simulator's formula: one bit
 * fewer for a differential pair, whose polarity carries the sign); each slice uses {@code
 * columnsPerSlice()} columns (2 for a differential pair). Inputs stream {@code dacBits} per cycle,
 * {@code ceil(inputBits / dacBits)} cycles per MVM.
 *
 * <p><b>Heterogeneous tiles</b> (NAX): {@link #withLayerCrossbarSize(String, int)} gives one layer
 * its own square crossbar; every other layer uses {@link #array()}. {@link CostModel} costs each
 * layer on {@link #forLayer(String)} and refuses a size override for a layer the network lacks.
 *
 * <pre>{@code
 * CostDesign d = CostDesign.defaults().withAdcBits(6).withCrossbarSize(64)
 *     .withLayerCrossbarSize("conv1", 32);
 * }</pre>
 *
 * @param array crossbar rows x columns of every layer without an override, each 8..1024
 * @param mapping weight bits (2..16), cell bits (1..8, at most weight bits) and scheme
 * @param inputBits activation (input) precision in bits, 1..16
 * @param dacBits input bits applied per cycle by the DAC, 1..{@code inputBits} (1 = bit-serial)
 * @param adcBits ADC resolution in bits, 1..16
 * @param columnsPerAdc columns multiplexed onto one ADC, 1..{@code columns} of every crossbar
 * @param frequencyHertz digital clock in Hz, 1e6..1e10
 * @param temperatureKelvin operating temperature in K, 200..450
 * @param technologyNodeNm CMOS technology node in nm, 14..130 (parameters scale from 32 nm)
 * @param interconnect on-chip network between crossbars and buffers
 * @param interconnectWidthBits wires of the interconnect (bits moved per clock), 8..8192
 * @param layerArrays per-layer crossbar sizes by layer name (empty: homogeneous), each 8..1024
 */
@RecordBuilder
public record CostDesign(
    ArrayGeometry array,
    WeightMapping mapping,
    int inputBits,
    int dacBits,
    int adcBits,
    int columnsPerAdc,
    double frequencyHertz,
    double temperatureKelvin,
    int technologyNodeNm,
    Interconnect interconnect,
    int interconnectWidthBits,
    Map<String, ArrayGeometry> layerArrays) implements CostDesignBuilder.With {

  /**
   * Validates every field; throws {@link ConfigException} naming the field, value and rule.
   *
   * @param array see the record description
   * @param mapping see the record description
   * @param inputBits see the record description
   * @param dacBits see the record description
   * @param adcBits see the record description
   * @param columnsPerAdc see the record description
   * @param frequencyHertz see the record description
   * @param temperatureKelvin see the record description
   * @param technologyNodeNm see the record description
   * @param interconnect see the record description
   * @param interconnectWidthBits see the record description
   * @param layerArrays see the record description
   */
  public CostDesign {
    if (array == null) {
      throw new ConfigException("array", null, "an ArrayGeometry, e.g. ArrayGeometry.square(128)");
    }
    requireCrossbar("crossbarRows", "crossbarCols", array);
    if (mapping == null) {
      throw new ConfigException("mapping", null, "a WeightMapping (weight bits, cell bits, scheme)");
    }
    requireRange("cellBits", mapping.cellBits(), 1, 8);
    if (mapping.weightBits() < mapping.cellBits()) {
      throw new ConfigException("weightBits", mapping.weightBits(),
          "at least cellBits = " + mapping.cellBits() + " (lower cellBits?)");
    }
    requireRange("inputBits", inputBits, 1, 16);
    requireRange("dacBits", dacBits, 1, 16);
    if (dacBits > inputBits) {
      throw new ConfigException(
          "dacBits", dacBits, "at most inputBits = " + inputBits + " (bits applied per cycle)");
    }
    requireRange("adcBits", adcBits, 1, 16);
    requireRange("columnsPerAdc", columnsPerAdc, 1, 1024);
    if (columnsPerAdc > array.columns()) {
      throw new ConfigException(
          "columnsPerAdc", columnsPerAdc, "at most crossbarCols = " + array.columns());
    }
    if (!(frequencyHertz >= 1e6 && frequencyHertz <= 1e10)) {
      throw new ConfigException(
          "frequencyHertz", frequencyHertz, "a clock in 1e6..1e10 Hz (1 MHz..10 GHz)");
    }
    if (!(temperatureKelvin >= 200 && temperatureKelvin <= 450)) {
      throw new ConfigException(
          "temperatureKelvin", temperatureKelvin, "200..450 K (Celsius given by mistake?)");
    }
    requireRange("technologyNodeNm", technologyNodeNm, 14, 130);
    if (interconnect == null) {
      throw new ConfigException("interconnect", null, "HTREE or BUS");
    }
    requireRange("interconnectWidthBits", interconnectWidthBits, 8, 8192);
    layerArrays = LayerArrays.copyOf(layerArrays);
    for (Map.Entry<String, ArrayGeometry> e : layerArrays.entrySet()) {
      String layer = "layerArrays[" + e.getKey() + "]";
      requireCrossbar(layer + ".rows", layer + ".columns", e.getValue());
      if (columnsPerAdc > e.getValue().columns()) {
        throw new ConfigException(layer + ".columns", e.getValue().columns(),
            "at least columnsPerAdc = " + columnsPerAdc);
      }
    }
  }

  private static void requireCrossbar(String rowsField, String columnsField, ArrayGeometry a) {
    requireRange(rowsField, a.rows(), 8, 1024);
    requireRange(columnsField, a.columns(), 8, 1024);
  }

  private static void requireRange(String field, int value, int low, int high) {
    if (value < low || value > high) {
      throw new ConfigException(field, value, "an integer in " + low + ".." + high);
    }
  }

  /**
   * Returns a homogeneous design from its flat fields (the order of the earlier flat record).
   *
   * @param crossbarRows crossbar rows, 8..1024
   * @param crossbarCols crossbar columns, 8..1024
   * @param cellBits bits per cell, 1..8
   * @param weightBits weight bits, 2..16, at least cellBits
   * @param inputBits input bits, 1..16
   * @param dacBits input bits per cycle, 1..inputBits
   * @param adcBits ADC bits, 1..16
   * @param columnsPerAdc columns per ADC, 1..crossbarCols
   * @param frequencyHertz clock, 1e6..1e10 Hz
   * @param temperatureKelvin temperature, 200..450 K
   * @param technologyNodeNm node, 14..130 nm
   * @param scheme signed-weight mapping scheme
   * @param interconnect interconnect kind
   * @param interconnectWidthBits interconnect wires, 8..8192
   */
  public static CostDesign of(int crossbarRows, int crossbarCols, int cellBits, int weightBits,
      int inputBits, int dacBits, int adcBits, int columnsPerAdc, double frequencyHertz,
      double temperatureKelvin, int technologyNodeNm, MappingScheme scheme,
      Interconnect interconnect, int interconnectWidthBits) {
    if (scheme == null) {
      throw new ConfigException("weightMapping", null, "one of " + java.util.Arrays.toString(MappingScheme.values()));
    }
    return new CostDesign(ArrayGeometry.of(crossbarRows, crossbarCols),
        new WeightMapping(weightBits, cellBits, scheme), inputBits, dacBits, adcBits, columnsPerAdc,
        frequencyHertz, temperatureKelvin, technologyNodeNm, interconnect, interconnectWidthBits,
        Map.of());
  }

  /**
   * Returns the cost design point of a crossbar configuration: its tile size and weight mapping
   * (the same records, per-layer tile sizes included), the DAC (input bits; one bit per cycle when
   * inputs are bit-serial), ADC
   * bits, frequency and temperature. Fields the simulator does not model (columns per ADC,
   * technology node, interconnect) keep their {@link #defaults()} values.
   *
   * @param config the crossbar configuration the simulator used
   */
  public static CostDesign from(CrossbarConfig config) {
    org.xbarlab.crossbar.Periphery p = config.periphery();
    return defaults()
        .withArray(config.array())
        .withMapping(config.mapping())
        .withInputBits(p.dacBits())
        .withDacBits(p.bitSerialInput() ? 1 : p.dacBits())
        .withAdcBits(p.adcBits())
        .withFrequencyHertz(config.read().frequencyHertz())
        .withTemperatureKelvin(config.read().temperatureKelvin())
        .withLayerArrays(config.layerArrays());
  }

  /**
   * Returns the NeuroSim-like 32 nm default: 128x128 crossbars, 2-bit cells, 8-bit weights and
   * inputs streamed 1 bit per cycle, 5-bit ADC shared by 8 columns, 1 GHz, 300 K, differential
   * pair, H-tree of 512 wires. Sources: DNN+NeuroSim V1.3 {@code Param.cpp} (sub-array 128,
   * numColMuxed 8, clkFreq 1e9, temp 300, levelOutput 32 = 5-bit ADC) and V2.1 (technode 32);
   * cellBits 2 and the differential pair follow the ICCAD 2021 design space (papers.md 1.6).
   */
  public static CostDesign defaults() {
    return of(128, 128, 2, 8, 8, 1, 5, 8, 1e9, 300.0, 32,
        MappingScheme.DIFFERENTIAL_PAIR, Interconnect.HTREE, 512);
  }

  /** Returns the crossbar rows of layers without an override. */
  public int crossbarRows() {
    return array.rows();
  }

  /** Returns the crossbar columns of layers without an override. */
  public int crossbarCols() {
    return array.columns();
  }

  /** Returns the bits stored per cell. */
  public int cellBits() {
    return mapping.cellBits();
  }

  /** Returns the weight precision in bits. */
  public int weightBits() {
    return mapping.weightBits();
  }

  /** Returns the signed-weight mapping scheme. */
  public MappingScheme weightMapping() {
    return mapping.scheme();
  }

  /**
   * Returns the cells (bit slices) per weight and polarity, as the crossbar simulator maps them
   * ({@link WeightMapping#slices()}).
   */
  public int slicesPerWeight() {
    return mapping.slices();
  }

  /** Returns the input cycles per MVM, {@code ceil(inputBits / dacBits)}. */
  public int inputCycles() {
    return (inputBits + dacBits - 1) / dacBits;
  }

  /** Returns ADCs per crossbar, {@code ceil(crossbarCols / columnsPerAdc)}. */
  public int adcsPerCrossbar() {
    return (crossbarCols() + columnsPerAdc - 1) / columnsPerAdc;
  }

  /** Returns the clock period in ns. */
  public double clockPeriodNs() {
    return 1e9 / frequencyHertz;
  }

  /** Returns whether some layer has its own crossbar size. */
  public boolean isHeterogeneous() {
    return !layerArrays.isEmpty();
  }

  /**
   * Returns the homogeneous design one layer is costed on: this design with that layer's crossbar
   * size, or this design itself (without overrides) when the layer has none.
   *
   * @param layer the layer's name
   */
  public CostDesign forLayer(String layer) {
    if (layerArrays.isEmpty()) {
      return this; // homogeneous: every layer's design is this one (the cost model's hot path)
    }
    return withArray(LayerArrays.arrayFor(layerArrays, layer, array)).withLayerArrays(Map.of());
  }

  /**
   * Returns a copy with a square {@code size x size} crossbar for every layer without an
   * override; {@code columnsPerAdc} is capped at size.
   *
   * @param size square crossbar side, 8..1024
   */
  public CostDesign withCrossbarSize(int size) {
    return withCrossbar(size, size).withColumnsPerAdc(Math.min(columnsPerAdc, Math.max(size, 1)));
  }

  /**
   * Returns a copy with {@code rows x cols} crossbars for every layer without an override.
   *
   * @param rows crossbar rows, 8..1024
   * @param cols crossbar columns, 8..1024
   */
  public CostDesign withCrossbar(int rows, int cols) {
    return with(b -> b.array(ArrayGeometry.of(rows, cols)));
  }

  /**
   * Returns a copy in which one layer uses its own square {@code size x size} crossbars.
   *
   * @param layer the layer's name, as in {@code NetworkWorkload.layers()}
   * @param size square crossbar side, 8..1024, at least columnsPerAdc
   */
  public CostDesign withLayerCrossbarSize(String layer, int size) {
    return withLayerArrays(LayerArrays.withSquare(layerArrays, layer, size));
  }

  /**
   * Returns a copy with the given bits per cell.
   *
   * @param bits bits per cell, 1..8
   */
  public CostDesign withCellBits(int bits) {
    return withMapping(new WeightMapping(mapping.weightBits(), bits, mapping.scheme()));
  }

  /**
   * Returns a copy with the given weight precision.
   *
   * @param bits weight bits, 2..16
   */
  public CostDesign withWeightBits(int bits) {
    return withMapping(new WeightMapping(bits, mapping.cellBits(), mapping.scheme()));
  }

  /**
   * Returns a copy with the given weight mapping scheme.
   *
   * @param scheme signed-weight mapping scheme
   */
  public CostDesign withWeightMapping(MappingScheme scheme) {
    if (scheme == null) {
      throw new ConfigException("weightMapping", null, "one of " + java.util.Arrays.toString(MappingScheme.values()));
    }
    return withMapping(new WeightMapping(mapping.weightBits(), mapping.cellBits(), scheme));
  }

  /**
   * Returns a copy with the given input precision ({@code dacBits} is capped at it).
   *
   * @param bits input bits, 1..16
   */
  public CostDesign withInputBits(int bits) {
    return with(b -> b.inputBits(bits).dacBits(Math.min(dacBits, Math.max(bits, 1))));
  }

  /**
   * Returns the design as a table with one row per field. Schema: {@code field} (string), {@code
   * value} (string), {@code unit} (string), {@code default} (string, value of {@link #defaults()}).
   */
  public Table describe() {
    List<String[]> rows = rowsOf(this);
    List<String[]> defaults = rowsOf(defaults());
    StringColumn field = StringColumn.create("field");
    StringColumn value = StringColumn.create("value");
    StringColumn unit = StringColumn.create("unit");
    StringColumn def = StringColumn.create("default");
    for (int i = 0; i < rows.size(); i++) {
      field.append(rows.get(i)[0]);
      value.append(rows.get(i)[1]);
      unit.append(rows.get(i)[2]);
      def.append(defaults.get(i)[1]);
    }
    return Table.create("cost design", field, value, unit, def);
  }

  private static List<String[]> rowsOf(CostDesign d) {
    List<String[]> r = new ArrayList<>();
    r.add(new String[] {"crossbarRows", String.valueOf(d.crossbarRows()), "rows"});
    r.add(new String[] {"crossbarCols", String.valueOf(d.crossbarCols()), "columns"});
    r.add(new String[] {"cellBits", String.valueOf(d.cellBits()), "bits"});
    r.add(new String[] {"weightBits", String.valueOf(d.weightBits()), "bits"});
    r.add(new String[] {"inputBits", String.valueOf(d.inputBits), "bits"});
    r.add(new String[] {"dacBits", String.valueOf(d.dacBits), "bits per cycle"});
    r.add(new String[] {"adcBits", String.valueOf(d.adcBits), "bits"});
    r.add(new String[] {"columnsPerAdc", String.valueOf(d.columnsPerAdc), "columns"});
    r.add(new String[] {"frequencyHertz", String.valueOf(d.frequencyHertz), "Hz"});
    r.add(new String[] {"temperatureKelvin", String.valueOf(d.temperatureKelvin), "K"});
    r.add(new String[] {"technologyNodeNm", String.valueOf(d.technologyNodeNm), "nm"});
    r.add(new String[] {"weightMapping", String.valueOf(d.weightMapping()), ""});
    r.add(new String[] {"interconnect", String.valueOf(d.interconnect), ""});
    r.add(new String[] {"interconnectWidthBits", String.valueOf(d.interconnectWidthBits), "bits"});
    r.add(new String[] {"layerArrays", layerArraysText(d), "rows x columns"});
    return r;
  }

  private static String layerArraysText(CostDesign d) {
    StringBuilder sb = new StringBuilder();
    d.layerArrays.forEach((layer, a) ->
        sb.append(sb.length() == 0 ? "" : ", ").append(layer).append('=')
            .append(a.rows()).append('x').append(a.columns()));
    return sb.length() == 0 ? "none" : sb.toString();
  }

  /** Returns {@code CostDesign[...]} listing only the fields that differ from {@link #defaults()}. */
  @Override
  public String toString() {
    List<String[]> rows = rowsOf(this);
    List<String[]> defaults = rowsOf(defaults());
    StringBuilder sb = new StringBuilder("CostDesign[");
    boolean first = true;
    for (int i = 0; i < rows.size(); i++) {
      if (!rows.get(i)[1].equals(defaults.get(i)[1])) {
        sb.append(first ? "" : ", ").append(rows.get(i)[0]).append('=').append(rows.get(i)[1]);
        first = false;
      }
    }
    return sb.append(first ? "defaults]" : "]").toString();
  }
}
