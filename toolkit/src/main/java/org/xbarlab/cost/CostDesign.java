package org.xbarlab.cost;

import java.util.ArrayList;
import java.util.List;
import org.xbarlab.ConfigException;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import org.xbarlab.crossbar.MappingScheme;

/**
 * One accelerator design point for the cost model: crossbar geometry, precisions, periphery
 * sharing, clock, temperature and technology node. Immutable; change by copy with the {@code
 * with...} methods, which validate again.
 *
 * <p>Mapping scheme (see {@link CostModel}): each weight is sliced into {@code
 * slices = MappingScheme.slices(weightBits, cellBits)} cells (the simulator's formula: one bit
 * fewer for a differential pair, whose polarity carries the sign); each slice uses {@code
 * weightMapping.columnsPerSlice()} columns (2 for a differential pair). A layer {@code [R x C]} therefore needs {@code
 * ceil(R / crossbarRows) x ceil(C * slices * factor / crossbarCols)} crossbars. Inputs stream
 * bit-serially, {@code dacBits} per cycle, {@code ceil(inputBits / dacBits)} cycles per MVM.
 *
 * <pre>{@code
 * CostDesign d = CostDesign.defaults().withAdcBits(6).withCrossbarSize(64);
 * }</pre>
 *
 * @param crossbarRows crossbar rows (wordlines), 8..1024
 * @param crossbarCols crossbar columns (bitlines), 8..1024
 * @param cellBits bits stored per ReRAM cell, 1..8
 * @param weightBits weight precision in bits, 1..16, at least {@code cellBits}
 * @param inputBits activation (input) precision in bits, 1..16
 * @param dacBits input bits applied per cycle by the DAC, 1..{@code inputBits} (1 = bit-serial)
 * @param adcBits ADC resolution in bits, 1..16
 * @param columnsPerAdc columns multiplexed onto one ADC, 1..{@code crossbarCols}
 * @param frequencyHertz digital clock in Hz, 1e6..1e10
 * @param temperatureKelvin operating temperature in K, 200..450
 * @param technologyNodeNm CMOS technology node in nm, 14..130 (parameters scale from 32 nm)
 * @param weightMapping signed-weight mapping scheme
 * @param interconnect on-chip network between crossbars and buffers
 * @param interconnectWidthBits wires of the interconnect (bits moved per clock), 8..8192
 */
public record CostDesign(
    int crossbarRows,
    int crossbarCols,
    int cellBits,
    int weightBits,
    int inputBits,
    int dacBits,
    int adcBits,
    int columnsPerAdc,
    double frequencyHertz,
    double temperatureKelvin,
    int technologyNodeNm,
    MappingScheme weightMapping,
    Interconnect interconnect,
    int interconnectWidthBits) {

  /**
   * Validates every field; throws {@link ConfigException} naming the field, value and rule.
   *
   * @param crossbarRows see the record description
   * @param crossbarCols see the record description
   * @param cellBits see the record description
   * @param weightBits see the record description
   * @param inputBits see the record description
   * @param dacBits see the record description
   * @param adcBits see the record description
   * @param columnsPerAdc see the record description
   * @param frequencyHertz see the record description
   * @param temperatureKelvin see the record description
   * @param technologyNodeNm see the record description
   * @param weightMapping see the record description
   * @param interconnect see the record description
   * @param interconnectWidthBits see the record description
   */
  public CostDesign {
    requireRange("crossbarRows", crossbarRows, 8, 1024);
    requireRange("crossbarCols", crossbarCols, 8, 1024);
    requireRange("cellBits", cellBits, 1, 8);
    requireRange("weightBits", weightBits, 1, 16);
    if (weightBits < cellBits) {
      throw new ConfigException(
          "weightBits", weightBits, "at least cellBits = " + cellBits + " (lower cellBits?)");
    }
    requireRange("inputBits", inputBits, 1, 16);
    requireRange("dacBits", dacBits, 1, 16);
    if (dacBits > inputBits) {
      throw new ConfigException(
          "dacBits", dacBits, "at most inputBits = " + inputBits + " (bits applied per cycle)");
    }
    requireRange("adcBits", adcBits, 1, 16);
    requireRange("columnsPerAdc", columnsPerAdc, 1, 1024);
    if (columnsPerAdc > crossbarCols) {
      throw new ConfigException(
          "columnsPerAdc", columnsPerAdc, "at most crossbarCols = " + crossbarCols);
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
    if (weightMapping == null) {
      throw new ConfigException("weightMapping", null, "DIFFERENTIAL_PAIR or OFFSET_REFERENCE_COLUMN");
    }
    if (interconnect == null) {
      throw new ConfigException("interconnect", null, "HTREE or BUS");
    }
    requireRange("interconnectWidthBits", interconnectWidthBits, 8, 8192);
  }

  private static void requireRange(String field, int value, int low, int high) {
    if (value < low || value > high) {
      throw new ConfigException(field, value, "an integer in " + low + ".." + high);
    }
  }

  /**
   * Returns the cost design point of a crossbar configuration: its tile size, cell and weight bits,
   * mapping scheme, DAC (input bits; one bit per cycle when inputs are bit-serial), ADC bits,
   * frequency and temperature. Fields the simulator does not model (columns per ADC, technology
   * node, interconnect) keep their {@link #defaults()} values.
   *
   * @param config the crossbar configuration the simulator used
   */
  public static CostDesign from(org.xbarlab.crossbar.CrossbarConfig config) {
    org.xbarlab.crossbar.Periphery p = config.periphery();
    return defaults()
        .withCrossbar(config.array().rows(), config.array().columns())
        .withWeightBits(config.mapping().weightBits())
        .withCellBits(config.mapping().cellBits())
        .withInputBits(p.dacBits())
        .withDacBits(p.bitSerialInput() ? 1 : p.dacBits())
        .withAdcBits(p.adcBits())
        .withFrequencyHertz(config.read().frequencyHertz())
        .withTemperatureKelvin(config.read().temperatureKelvin())
        .withWeightMapping(config.mapping().scheme());
  }

  /**
   * Returns the NeuroSim-like 32 nm default: 128x128 crossbars, 2-bit cells, 8-bit weights and
   * inputs streamed 1 bit per cycle, 5-bit ADC shared by 8 columns, 1 GHz, 300 K, differential
   * pair, H-tree of 512 wires. Sources: DNN+NeuroSim V1.3 {@code Param.cpp} (sub-array 128,
   * numColMuxed 8, clkFreq 1e9, temp 300, levelOutput 32 = 5-bit ADC) and V2.1 (technode 32);
   * cellBits 2 and the differential pair follow the ICCAD 2021 design space (papers.md 1.6).
   */
  public static CostDesign defaults() {
    return new CostDesign(
        128, 128, 2, 8, 8, 1, 5, 8, 1e9, 300.0, 32,
        MappingScheme.DIFFERENTIAL_PAIR, Interconnect.HTREE, 512);
  }

  /**
   * Returns the cells (bit slices) per weight and polarity, as the crossbar simulator maps them: a
   * differential pair carries the sign in its polarity, so {@code ceil((weightBits - 1) / cellBits)};
   * the offset scheme stores all bits, {@code ceil(weightBits / cellBits)}.
   */
  public int slicesPerWeight() {
    return weightMapping.slices(weightBits, cellBits);
  }

  /** Returns the input cycles per MVM, {@code ceil(inputBits / dacBits)}. */
  public int inputCycles() {
    return (inputBits + dacBits - 1) / dacBits;
  }

  /** Returns ADCs per crossbar, {@code ceil(crossbarCols / columnsPerAdc)}. */
  public int adcsPerCrossbar() {
    return (crossbarCols + columnsPerAdc - 1) / columnsPerAdc;
  }

  /** Returns the clock period in ns. */
  public double clockPeriodNs() {
    return 1e9 / frequencyHertz;
  }

  /**
   * Returns a copy with a square {@code size x size} crossbar; {@code columnsPerAdc} is capped at size.
   *
   * @param size square crossbar side, 8..1024
   */
  public CostDesign withCrossbarSize(int size) {
    return new CostDesign(size, size, cellBits, weightBits, inputBits, dacBits, adcBits,
        Math.min(columnsPerAdc, Math.max(size, 1)), frequencyHertz, temperatureKelvin,
        technologyNodeNm, weightMapping, interconnect, interconnectWidthBits);
  }

  /**
   * Returns a copy with {@code rows x cols} crossbars.
   *
   * @param rows crossbar rows, 8..1024
   * @param cols crossbar columns, 8..1024
   */
  public CostDesign withCrossbar(int rows, int cols) {
    return new CostDesign(rows, cols, cellBits, weightBits, inputBits, dacBits, adcBits,
        columnsPerAdc, frequencyHertz, temperatureKelvin, technologyNodeNm, weightMapping,
        interconnect, interconnectWidthBits);
  }

  /**
   * Returns a copy with the given bits per cell.
   *
   * @param bits precision in bits (range as documented for the field)
   */
  public CostDesign withCellBits(int bits) {
    return new CostDesign(crossbarRows, crossbarCols, bits, weightBits, inputBits, dacBits, adcBits,
        columnsPerAdc, frequencyHertz, temperatureKelvin, technologyNodeNm, weightMapping,
        interconnect, interconnectWidthBits);
  }

  /**
   * Returns a copy with the given weight precision.
   *
   * @param bits precision in bits (range as documented for the field)
   */
  public CostDesign withWeightBits(int bits) {
    return new CostDesign(crossbarRows, crossbarCols, cellBits, bits, inputBits, dacBits, adcBits,
        columnsPerAdc, frequencyHertz, temperatureKelvin, technologyNodeNm, weightMapping,
        interconnect, interconnectWidthBits);
  }

  /**
   * Returns a copy with the given input precision ({@code dacBits} is capped at it).
   *
   * @param bits precision in bits (range as documented for the field)
   */
  public CostDesign withInputBits(int bits) {
    return new CostDesign(crossbarRows, crossbarCols, cellBits, weightBits, bits,
        Math.min(dacBits, Math.max(bits, 1)), adcBits, columnsPerAdc, frequencyHertz,
        temperatureKelvin, technologyNodeNm, weightMapping, interconnect, interconnectWidthBits);
  }

  /**
   * Returns a copy with the given DAC bits per input cycle.
   *
   * @param bits precision in bits (range as documented for the field)
   */
  public CostDesign withDacBits(int bits) {
    return new CostDesign(crossbarRows, crossbarCols, cellBits, weightBits, inputBits, bits, adcBits,
        columnsPerAdc, frequencyHertz, temperatureKelvin, technologyNodeNm, weightMapping,
        interconnect, interconnectWidthBits);
  }

  /**
   * Returns a copy with the given ADC resolution.
   *
   * @param bits precision in bits (range as documented for the field)
   */
  public CostDesign withAdcBits(int bits) {
    return new CostDesign(crossbarRows, crossbarCols, cellBits, weightBits, inputBits, dacBits, bits,
        columnsPerAdc, frequencyHertz, temperatureKelvin, technologyNodeNm, weightMapping,
        interconnect, interconnectWidthBits);
  }

  /**
   * Returns a copy with the given number of columns sharing one ADC.
   *
   * @param columns columns per ADC, 1..crossbarCols
   */
  public CostDesign withColumnsPerAdc(int columns) {
    return new CostDesign(crossbarRows, crossbarCols, cellBits, weightBits, inputBits, dacBits,
        adcBits, columns, frequencyHertz, temperatureKelvin, technologyNodeNm, weightMapping,
        interconnect, interconnectWidthBits);
  }

  /**
   * Returns a copy with the given clock in Hz.
   *
   * @param hertz clock in Hz, 1e6..1e10
   */
  public CostDesign withFrequencyHertz(double hertz) {
    return new CostDesign(crossbarRows, crossbarCols, cellBits, weightBits, inputBits, dacBits,
        adcBits, columnsPerAdc, hertz, temperatureKelvin, technologyNodeNm, weightMapping,
        interconnect, interconnectWidthBits);
  }

  /**
   * Returns a copy at the given temperature in K.
   *
   * @param kelvin temperature in K, 200..450
   */
  public CostDesign withTemperatureKelvin(double kelvin) {
    return new CostDesign(crossbarRows, crossbarCols, cellBits, weightBits, inputBits, dacBits,
        adcBits, columnsPerAdc, frequencyHertz, kelvin, technologyNodeNm, weightMapping,
        interconnect, interconnectWidthBits);
  }

  /**
   * Returns a copy at the given technology node in nm.
   *
   * @param nodeNm technology node in nm, 14..130
   */
  public CostDesign withTechnologyNodeNm(int nodeNm) {
    return new CostDesign(crossbarRows, crossbarCols, cellBits, weightBits, inputBits, dacBits,
        adcBits, columnsPerAdc, frequencyHertz, temperatureKelvin, nodeNm, weightMapping,
        interconnect, interconnectWidthBits);
  }

  /**
   * Returns a copy with the given weight mapping.
   *
   * @param mapping weight mapping scheme
   */
  public CostDesign withWeightMapping(MappingScheme mapping) {
    return new CostDesign(crossbarRows, crossbarCols, cellBits, weightBits, inputBits, dacBits,
        adcBits, columnsPerAdc, frequencyHertz, temperatureKelvin, technologyNodeNm, mapping,
        interconnect, interconnectWidthBits);
  }

  /**
   * Returns a copy with the given interconnect kind.
   *
   * @param kind interconnect kind
   */
  public CostDesign withInterconnect(Interconnect kind) {
    return new CostDesign(crossbarRows, crossbarCols, cellBits, weightBits, inputBits, dacBits,
        adcBits, columnsPerAdc, frequencyHertz, temperatureKelvin, technologyNodeNm, weightMapping,
        kind, interconnectWidthBits);
  }

  /**
   * Returns a copy with the given interconnect width in bits per clock.
   *
   * @param bits precision in bits (range as documented for the field)
   */
  public CostDesign withInterconnectWidthBits(int bits) {
    return new CostDesign(crossbarRows, crossbarCols, cellBits, weightBits, inputBits, dacBits,
        adcBits, columnsPerAdc, frequencyHertz, temperatureKelvin, technologyNodeNm, weightMapping,
        interconnect, bits);
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
    r.add(new String[] {"crossbarRows", String.valueOf(d.crossbarRows), "rows"});
    r.add(new String[] {"crossbarCols", String.valueOf(d.crossbarCols), "columns"});
    r.add(new String[] {"cellBits", String.valueOf(d.cellBits), "bits"});
    r.add(new String[] {"weightBits", String.valueOf(d.weightBits), "bits"});
    r.add(new String[] {"inputBits", String.valueOf(d.inputBits), "bits"});
    r.add(new String[] {"dacBits", String.valueOf(d.dacBits), "bits per cycle"});
    r.add(new String[] {"adcBits", String.valueOf(d.adcBits), "bits"});
    r.add(new String[] {"columnsPerAdc", String.valueOf(d.columnsPerAdc), "columns"});
    r.add(new String[] {"frequencyHertz", String.valueOf(d.frequencyHertz), "Hz"});
    r.add(new String[] {"temperatureKelvin", String.valueOf(d.temperatureKelvin), "K"});
    r.add(new String[] {"technologyNodeNm", String.valueOf(d.technologyNodeNm), "nm"});
    r.add(new String[] {"weightMapping", String.valueOf(d.weightMapping), ""});
    r.add(new String[] {"interconnect", String.valueOf(d.interconnect), ""});
    r.add(new String[] {"interconnectWidthBits", String.valueOf(d.interconnectWidthBits), "bits"});
    return r;
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
