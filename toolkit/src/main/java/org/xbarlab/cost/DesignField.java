package org.xbarlab.cost;

import org.xbarlab.ConfigException;

/** A numeric field of {@link CostDesign} that {@link CostSweep} can vary. */
public enum DesignField {
  /** Square crossbar side ({@link CostDesign#withCrossbarSize(int)}), integer. */
  CROSSBAR_SIZE("crossbarSize", true),
  /** {@link CostDesign#adcBits()}, integer. */
  ADC_BITS("adcBits", true),
  /** {@link CostDesign#cellBits()}, integer. */
  CELL_BITS("cellBits", true),
  /** {@link CostDesign#weightBits()}, integer. */
  WEIGHT_BITS("weightBits", true),
  /** {@link CostDesign#inputBits()}, integer. */
  INPUT_BITS("inputBits", true),
  /** {@link CostDesign#dacBits()}, integer. */
  DAC_BITS("dacBits", true),
  /** {@link CostDesign#columnsPerAdc()}, integer. */
  COLUMNS_PER_ADC("columnsPerAdc", true),
  /** {@link CostDesign#frequencyHertz()} in Hz. */
  FREQUENCY_HERTZ("frequencyHertz", false),
  /** {@link CostDesign#temperatureKelvin()} in K. */
  TEMPERATURE_KELVIN("temperatureKelvin", false),
  /** {@link CostDesign#technologyNodeNm()} in nm, integer. */
  TECHNOLOGY_NODE_NM("technologyNodeNm", true);

  private final String fieldName;
  private final boolean integral;

  DesignField(String fieldName, boolean integral) {
    this.fieldName = fieldName;
    this.integral = integral;
  }

  /** Returns the field name as spelled in {@link CostDesign}. */
  public String fieldName() {
    return fieldName;
  }

  /**
   * Returns a copy of {@code design} with this field set to {@code value}.
   *
   * @param design the base design
   * @param value the new value (integral for integer fields)
   */
  public CostDesign apply(CostDesign design, double value) {
    if (integral && (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE)) {
      throw new ConfigException(fieldName, value, "an integer value for this field");
    }
    int i = (int) value;
    switch (this) {
      case CROSSBAR_SIZE:
        return design.withCrossbarSize(i);
      case ADC_BITS:
        return design.withAdcBits(i);
      case CELL_BITS:
        return design.withCellBits(i);
      case WEIGHT_BITS:
        return design.withWeightBits(i);
      case INPUT_BITS:
        return design.withInputBits(i);
      case DAC_BITS:
        return design.withDacBits(i);
      case COLUMNS_PER_ADC:
        return design.withColumnsPerAdc(i);
      case FREQUENCY_HERTZ:
        return design.withFrequencyHertz(value);
      case TEMPERATURE_KELVIN:
        return design.withTemperatureKelvin(value);
      case TECHNOLOGY_NODE_NM:
        return design.withTechnologyNodeNm(i);
      default:
        throw new IllegalStateException("unhandled field " + this);
    }
  }

  /** Returns the current value of this field in {@code design}. */
  public double valueOf(CostDesign design) {
    switch (this) {
      case CROSSBAR_SIZE:
        return design.crossbarRows();
      case ADC_BITS:
        return design.adcBits();
      case CELL_BITS:
        return design.cellBits();
      case WEIGHT_BITS:
        return design.weightBits();
      case INPUT_BITS:
        return design.inputBits();
      case DAC_BITS:
        return design.dacBits();
      case COLUMNS_PER_ADC:
        return design.columnsPerAdc();
      case FREQUENCY_HERTZ:
        return design.frequencyHertz();
      case TEMPERATURE_KELVIN:
        return design.temperatureKelvin();
      case TECHNOLOGY_NODE_NM:
        return design.technologyNodeNm();
      default:
        throw new IllegalStateException("unhandled field " + this);
    }
  }
}
