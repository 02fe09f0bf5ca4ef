package org.xbarlab.cost;

/**
 * Sample-and-hold (SAR only, one per column, energy per conversion) and the shift-add after each
 * ADC, per {@link ShiftAddCircuit}: an ISAAC unit per ADC with a fixed energy per conversion, or
 * NeuroSim's gate-level two-stage shift-add (see {@link ShiftAddCircuit#GATE_LEVEL}) with {@code
 * slices = slicesPerWeight * columnsPerSlice}: area per ADC {@code (a_w + a_i) * adderCellsPerBit *
 * cell + (r_w + r_i) * registerBit} with adder widths {@code a_w = adcBits}, {@code a_i = adcBits +
 * slices} and register widths {@code r_w = adcBits + slices}, {@code r_i = adcBits + slices +
 * inputBits}; energy per conversion {@code a_w * E_add + r_w * E_reg + (a_i * E_add + r_i *
 * E_reg) / slices}. One clock to drain the last result.
 */
final class ShiftAddCost {
  private ShiftAddCost() {}

  static ComponentEstimate estimate(LayerContext c) {
    TechnologyParameters t = c.tech;
    boolean sampleHold = c.options.adcKind() == AdcKind.SAR;
    double perAdcArea;
    double perConversionPicojoules;
    if (c.options.shiftAdd() == ShiftAddCircuit.ISAAC_UNIT) {
      perAdcArea = t.shiftAddAreaSquareMicrometres();
      perConversionPicojoules = t.shiftAddEnergyPicojoules();
    } else {
      double bits = c.design.adcBits();
      double slices = c.columnsPerOutput;
      double adderWeight = bits;
      double adderInput = bits + slices;
      double registerWeight = bits + slices;
      double registerInput = bits + slices + c.design.inputBits();
      perAdcArea = (adderWeight + adderInput) * t.circuits().adderCellsPerBit()
          * c.standardCellSquareMicrometres
          + (registerWeight + registerInput) * t.registerBitAreaSquareMicrometres();
      double add = t.adderEnergyPerBitFemtojoules();
      double reg = t.circuits().registerClockEnergyFemtojoules();
      perConversionPicojoules = (adderWeight * add + registerWeight * reg
          + (adderInput * add + registerInput * reg) / slices) * 1e-3;
    }
    double area = c.crossbars * (c.adcsPerCrossbar * perAdcArea
        + (sampleHold ? c.crossbarCols * t.sampleHoldAreaSquareMicrometres() : 0));
    double energy = c.conversions * (perConversionPicojoules
        + (sampleHold ? t.sampleHoldEnergyFemtojoules() * 1e-3 : 0));
    double latency = c.periodNs;
    return new ComponentEstimate(area, energy, latency);
  }
}
