package org.xbarlab.cost;

/**
 * How the energy the cells dissipate while conducting is counted. All three count the
 * bitline/wordline {@code CV^2} charging; they differ in the resistive (conduction) part, {@code
 * V^2 * G * t} per active cell. Chosen in {@link CostOptions}; {@link Calibration} reports all three.
 */
public enum ArrayEnergyConvention {
  /**
   * Wire {@code CV^2} only; the cells' conduction is not counted anywhere. The reading of
   * DNN+NeuroSim's {@code SubArray.cpp} array energy on its own (DNN_NeuroSim_V1.3 issue 24); a lower
   * bound.
   */
  WIRE_CV2_ONLY,
  /**
   * DNN+NeuroSim's accounting as a whole: the array term is wire {@code CV^2}, and the sense
   * circuit counts the column's conduction {@code V_bl^2 * G_column} for its sensing window {@code
   * senseTimeNs} (NeuroSim {@code GetColumnPower}; "RRAM's energy is counted in ADC already",
   * DNN_NeuroSim_V2.1 issue 2). Attributed to the ADC component.
   */
  CONDUCTION_DURING_SENSING,
  /**
   * XbarLab's default: every active cell conducts {@code V_read^2 * G_mean} for the whole read
   * pulse {@code readPulseWidthNs} of each input cycle (what a pulsed read with sample-and-hold
   * dissipates). Attributed to the cell array.
   */
  CONDUCTION_OVER_READ_PULSE
}
