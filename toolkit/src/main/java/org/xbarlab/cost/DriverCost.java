package org.xbarlab.cost;

/**
 * Input DACs and wordline drivers: area {@code rows * (2^dacBits - 1) * A_dac} per crossbar; per
 * row activation the wordline ({@code cols * (pitch * c_wire + C_access-gate)}) charges to {@code
 * Vdd} once per wordline pulse ({@code columnsPerAdc} pulses per read for a multi-level sense
 * amplifier, which re-selects the rows for every multiplexed column group, as NeuroSim's {@code
 * SubArray.cpp}) plus the DAC levels. One clock per read on the critical path.
 */
final class DriverCost {
  private DriverCost() {}

  static ComponentEstimate estimate(LayerContext c) {
    TechnologyParameters t = c.tech;
    double area = c.crossbars * c.crossbarRows * c.dacLevels * t.dacAreaPerLevelSquareMicrometres();
    double wordlineFemtofarads = c.crossbarCols
        * (c.cellPitchMicrometres * t.wireCapacitanceFemtofaradsPerMicrometre()
            + t.accessGateCapacitanceFemtofarads());
    double vdd = t.supplyVoltageVolts();
    double perDriveFemtojoules = wordlineFemtofarads * vdd * vdd * c.pulsesPerRead
        + c.dacLevels * t.dacEnergyPerLevelFemtojoules();
    double energy = c.rowDrives * perDriveFemtojoules * 1e-3;
    double latency = c.reads * c.periodNs;
    return new ComponentEstimate(area, energy, latency);
  }
}
