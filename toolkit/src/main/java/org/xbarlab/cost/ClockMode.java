package org.xbarlab.cost;

/** Where the clock period comes from. */
public enum ClockMode {
  /** The design's {@code frequencyHertz}: period {@code 1 / f}. */
  DESIGN_CLOCK,
  /**
   * DNN+NeuroSim's synchronous mode ({@code Param.cpp synchronous = true}: "clkFreq will be decided
   * by sensing delay"): period {@code max(1 / f, senseCycleFactor * (rowDriveLatencyNs +
   * senseTimeNs))}, so a design clock faster than the sensing cycle is not reachable.
   */
  SENSE_LIMITED
}
