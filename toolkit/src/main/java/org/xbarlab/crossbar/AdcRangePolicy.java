package org.xbarlab.crossbar;

/** How the full-scale range of each tile ADC is chosen. */
public enum AdcRangePolicy {
  /**
   * Largest absolute partial sum of that tile and slice seen on the calibration batch (noise-free
   * crossbar), as PytorX calibrates its ADC step from {@code max|I|}.
   */
  CALIBRATED,
  /** Worst case: rows in the tile x largest DAC code x largest cell digit (never clips). */
  MAX
}
