package org.xbarlab.cost;

/**
 * The column read-out: {@code adcsPerCrossbar} circuits of {@link
 * TechnologyParameters#adcAreaSquareMicrometres(AdcKind, int)} per crossbar; {@code conversions =
 * reads * rowTiles * physicalColumns}, each costing {@link
 * TechnologyParameters#adcEnergyPicojoules(AdcKind, int)}; under {@link
 * ArrayEnergyConvention#CONDUCTION_DURING_SENSING} plus the sensed conduction {@code V_bl^2 * G_mean}
 * of every active cell for {@code senseTimeNs}. Latency per read: {@code columnsPerAdc}
 * conversions of {@code ceil(adcBits * adcCyclesPerBit)} cycles (SAR) or one cycle (multi-level
 * sense amplifier).
 */
final class AdcCost {
  private AdcCost() {}

  static ComponentEstimate estimate(LayerContext c) {
    TechnologyParameters t = c.tech;
    AdcKind kind = c.options.adcKind();
    int bits = c.design.adcBits();
    double area = c.crossbars * c.adcsPerCrossbar * t.adcAreaSquareMicrometres(kind, bits);
    double sensed = c.options.arrayEnergyConvention()
        == ArrayEnergyConvention.CONDUCTION_DURING_SENSING
            ? c.conductionPicojoules(t.circuits().senseBitlineVoltageVolts(), t.circuits().senseTimeNs())
            : 0;
    double energy = c.conversions * t.adcEnergyPicojoules(kind, bits) + sensed;
    double cyclesPerConversion = kind == AdcKind.SAR ? Math.ceil(bits * t.adcCyclesPerBit()) : 1;
    double latency = c.reads * c.design.columnsPerAdc() * cyclesPerConversion * c.periodNs;
    return new ComponentEstimate(area, energy, latency);
  }
}
