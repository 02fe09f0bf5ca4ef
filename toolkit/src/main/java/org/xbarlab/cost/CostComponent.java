package org.xbarlab.cost;

/**
 * The hardware components the cost model itemises, in the order they appear in tables. Each is
 * costed by one package-private class (for example {@code LevelShifterCost}); {@link CostModel}
 * documents the equations.
 */
public enum CostComponent {
  /** ReRAM cells (1T1R): cell area, bitline charging and, by convention, cell conduction. */
  CELL_ARRAY("cell_array"),
  /**
   * Column read-out ({@link AdcKind}: SAR or multi-level sense amplifier): area and energy grow
   * with {@code 2^adcBits}; includes the sensed column conduction under {@link
   * ArrayEnergyConvention#CONDUCTION_DURING_SENSING}.
   */
  ADC("adc"),
  /** Input DACs / wordline drivers (wordline {@code CV^2}), bit-serial over {@code dacBits}. */
  DAC_DRIVER("dac_driver"),
  /** Wordline and source-line switch matrices, the column multiplexer and its decoder. */
  SWITCH_MATRIX("switch_matrix_decoder"),
  /** Write-voltage level shifters (two per row, one per column of a 1T1R array); area only. */
  LEVEL_SHIFTER("level_shifter"),
  /** Sample-and-hold (SAR only) and shift-add after each ADC. */
  SENSE_SHIFT_ADD("sense_shift_add"),
  /** Partial-sum adders and registers across row tiles plus the layer's activation buffer. */
  ACCUMULATOR_BUFFER("accumulator_buffer"),
  /** ReLU units on every output and max-pooling units after pooled layers. */
  ACTIVATION_POOLING("activation_pooling"),
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
