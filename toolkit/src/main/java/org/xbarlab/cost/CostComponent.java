package org.xbarlab.cost;

/** The hardware components the cost model itemises, in the order they appear in tables. */
public enum CostComponent {
  /** ReRAM cells (1T1R): cell area, cell conduction and bitline charging. */
  CELL_ARRAY("cell_array"),
  /** Column ADCs (SAR): area and energy grow with {@code 2^adcBits}. */
  ADC("adc"),
  /** Input DACs / wordline drivers, bit-serial over {@code dacBits} per cycle. */
  DAC_DRIVER("dac_driver"),
  /** Sample-and-hold, column multiplexer and shift-add after each ADC. */
  SENSE_SHIFT_ADD("sense_shift_add"),
  /** Partial-sum accumulators across row tiles plus input/output buffers. */
  ACCUMULATOR_BUFFER("accumulator_buffer"),
  /** H-tree or bus between the crossbars of a layer and its buffers. */
  INTERCONNECT("interconnect");

  private final String label;

  CostComponent(String label) {
    this.label = label;
  }

  /** Returns the snake_case label used in table cells. */
  public String label() {
    return label;
  }
}
