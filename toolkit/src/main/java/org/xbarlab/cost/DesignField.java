package org.xbarlab.cost;

import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;
import org.xbarlab.ConfigException;

/** A numeric field of {@link CostDesign} that {@link CostSweep} can vary. */
public enum DesignField {
  /** Square crossbar side ({@link CostDesign#withCrossbarSize(int)}), integer. */
  CROSSBAR_SIZE("crossbarSize", true, (d, v) -> d.withCrossbarSize(v.intValue()),
      CostDesign::crossbarRows),
  /** {@link CostDesign#adcBits()}, integer. */
  ADC_BITS("adcBits", true, (d, v) -> d.withAdcBits(v.intValue()), CostDesign::adcBits),
  /** {@link CostDesign#cellBits()}, integer. */
  CELL_BITS("cellBits", true, (d, v) -> d.withCellBits(v.intValue()), CostDesign::cellBits),
  /** {@link CostDesign#weightBits()}, integer. */
  WEIGHT_BITS("weightBits", true, (d, v) -> d.withWeightBits(v.intValue()), CostDesign::weightBits),
  /** {@link CostDesign#inputBits()}, integer. */
  INPUT_BITS("inputBits", true, (d, v) -> d.withInputBits(v.intValue()), CostDesign::inputBits),
  /** {@link CostDesign#dacBits()}, integer. */
  DAC_BITS("dacBits", true, (d, v) -> d.withDacBits(v.intValue()), CostDesign::dacBits),
  /** {@link CostDesign#columnsPerAdc()}, integer. */
  COLUMNS_PER_ADC("columnsPerAdc", true, (d, v) -> d.withColumnsPerAdc(v.intValue()),
      CostDesign::columnsPerAdc),
  /** {@link CostDesign#frequencyHertz()} in Hz. */
  FREQUENCY_HERTZ("frequencyHertz", false, CostDesign::withFrequencyHertz,
      CostDesign::frequencyHertz),
  /** {@link CostDesign#temperatureKelvin()} in K. */
  TEMPERATURE_KELVIN("temperatureKelvin", false, CostDesign::withTemperatureKelvin,
      CostDesign::temperatureKelvin),
  /** {@link CostDesign#technologyNodeNm()} in nm, integer. */
  TECHNOLOGY_NODE_NM("technologyNodeNm", true, (d, v) -> d.withTechnologyNodeNm(v.intValue()),
      CostDesign::technologyNodeNm);

  private final String fieldName;
  private final boolean integral;
  private final BiFunction<CostDesign, Double, CostDesign> setter;
  private final ToDoubleFunction<CostDesign> getter;

  DesignField(String fieldName, boolean integral, BiFunction<CostDesign, Double, CostDesign> setter,
      ToDoubleFunction<CostDesign> getter) {
    this.fieldName = fieldName;
    this.integral = integral;
    this.setter = setter;
    this.getter = getter;
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
    return setter.apply(design, value);
  }

  /** Returns the current value of this field in {@code design}. */
  public double valueOf(CostDesign design) {
    return getter.applyAsDouble(design);
  }
}
