package org.xbarlab.cost;

/**
 * The column read-out circuit. Both share {@code columnsPerAdc} columns through a multiplexer and
 * resolve {@code adcBits}; they differ in how area, energy and time grow with the resolution.
 */
public enum AdcKind {
  /**
   * Successive-approximation ADC behind a sample-and-hold (ISAAC, ISCA 2016): the array is read
   * once per input cycle for {@code readPulseWidthNs}, then each held column is converted in {@code
   * adcBits} comparator cycles. Area and energy {@code bits * perBit + 2^bits * perLevel}.
   */
  SAR,
  /**
   * Multi-level current sense amplifier (DNN+NeuroSim's default read-out, {@code
   * MultilevelSenseAmp.cpp} in current mode): {@code 2^bits - 1} sense amplifiers compare the
   * column current against reference levels in parallel, one sensing cycle per conversion. Area and
   * energy grow with {@code 2^bits - 1}; latency does not grow with the bits.
   */
  MULTI_LEVEL_SENSE_AMP
}
