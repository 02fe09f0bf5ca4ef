package org.xbarlab.cost;

/**
 * The 1T1R cells: area {@code crossbars * rows * cols * cellAreaF2 * F^2}; per read every bitline
 * of every crossbar charges to {@code V_read} ({@code C_BL = rows * pitch * c_wire}); under {@link
 * ArrayEnergyConvention#CONDUCTION_OVER_READ_PULSE} every active cell also conducts {@code
 * V_read^2 * G_mean} for the read pulse ({@link TechnologyParameters#meanCellConductanceSiemens()}). The read pulse is on the critical path only with a
 * sample-and-hold (SAR); a multi-level sense amplifier senses during its conversion cycles.
 */
final class CellArrayCost {
  private CellArrayCost() {}

  static ComponentEstimate estimate(LayerContext c) {
    TechnologyParameters t = c.tech;
    double f = c.featureMicrometres;
    double area = c.crossbars * c.crossbarRows * c.crossbarCols * t.cellAreaF2() * f * f;
    double vRead = t.readVoltageVolts();
    double bitlineFemtofarads = c.crossbarRows * c.cellPitchMicrometres * t.wireCapacitanceFemtofaradsPerMicrometre();
    double bitlinePicojoules = c.reads * c.crossbars * c.crossbarCols * bitlineFemtofarads * vRead * vRead * 1e-3;
    double conduction = c.options.arrayEnergyConvention()
        == ArrayEnergyConvention.CONDUCTION_OVER_READ_PULSE
            ? c.conductionPicojoules(vRead, t.readPulseWidthNs()) : 0;
    double energy = bitlinePicojoules + conduction;
    double latency = c.options.adcKind() == AdcKind.SAR ? c.reads * t.readPulseWidthNs() : 0;
    return new ComponentEstimate(area, energy, latency);
  }
}
