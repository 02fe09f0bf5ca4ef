package org.xbarlab.cost;

/** How the shift-add after each ADC is costed. */
public enum ShiftAddCircuit {
  /**
   * ISAAC's synthesised shift-and-add unit (ISCA 2016, Table I, 32 nm): one fixed area and energy
   * per ADC output ({@code shiftAddAreaSquareMicrometres}, {@code shiftAddEnergyPicojoules}).
   */
  ISAAC_UNIT,
  /**
   * NeuroSim's composition ({@code ShiftAdd.cpp}): per ADC a weight-slice stage (an {@code
   * adcBits}-bit adder and {@code adcBits + slices} register bits, clocked every conversion) and
   * an input-bit stage (an {@code adcBits + slices}-bit adder and {@code adcBits + slices +
   * inputBits} register bits, clocked once per weight, i.e. every {@code slices} conversions),
   * from the gate-level adder and register numbers of {@link TechnologyParameters}.
   */
  GATE_LEVEL
}
