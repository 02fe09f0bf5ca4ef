package org.xbarlab.cost;

import java.util.ArrayList;
import java.util.List;
import org.xbarlab.Columns;

/**
 * One expected design-field trend: moving {@code field} from {@code from} to {@code to} should move
 * {@code figure} in direction {@code expected} ("up", "down" or "flat"), for the reason in {@code
 * basis}. Package-private; {@link Calibration#trends()} checks them.
 *
 * @param field the design field
 * @param from start value
 * @param to end value
 * @param figure the figure, a column name such as area_mm2
 * @param expected expected direction
 * @param basis where the expectation comes from
 */
record CalibrationTrend(DesignField field, double from, double to, String figure, String expected,
    String basis) {

  private static final String ADC_BASIS =
      "ADC cost grows about exponentially with resolution (ISAAC, ISCA 2016, ADC discussion; "
          + "Murmann ADC survey); DNN+NeuroSim's sense amplifier has 2^bits - 1 levels";
  private static final String MUX_BASIS =
      "NeuroSim Param.cpp numColMuxed: columns share one ADC and are read in turn";
  private static final String SLICE_BASIS =
      "bit slicing: ceil(weightBits/cellBits) cells per weight (DNN+NeuroSim weight mapping)";

  /**
   * Returns the trends expected for a read-out circuit: a SAR ADC resolves one bit per cycle, so
   * its latency grows with the bits; a multi-level sense amplifier compares all levels at once, so
   * its latency does not.
   *
   * @param kind the model's ADC kind
   */
  static List<CalibrationTrend> expectedFor(AdcKind kind) {
    List<CalibrationTrend> list = new ArrayList<>();
    list.add(new CalibrationTrend(DesignField.ADC_BITS, 4, 6, Columns.AREA_MM2, "up", ADC_BASIS));
    list.add(new CalibrationTrend(DesignField.ADC_BITS, 4, 6, Columns.ENERGY_PJ, "up", ADC_BASIS));
    list.add(kind == AdcKind.SAR
        ? new CalibrationTrend(DesignField.ADC_BITS, 4, 6, Columns.LATENCY_NS, "up",
            "SAR ADC resolves one bit per cycle")
        : new CalibrationTrend(DesignField.ADC_BITS, 4, 6, Columns.LATENCY_NS, "flat",
            "NeuroSim MultilevelSenseAmp: all 2^bits - 1 levels sense in parallel in one cycle"));
    list.add(new CalibrationTrend(DesignField.COLUMNS_PER_ADC, 8, 16, Columns.AREA_MM2, "down",
        MUX_BASIS));
    list.add(new CalibrationTrend(DesignField.COLUMNS_PER_ADC, 8, 16, Columns.LATENCY_NS, "up",
        MUX_BASIS));
    list.add(new CalibrationTrend(DesignField.CROSSBAR_SIZE, 64, 256, Columns.TILES, "down",
        "ceil(rows/X) x ceil(columns/X) never grows with X"));
    list.add(new CalibrationTrend(DesignField.CELL_BITS, 1, 4, Columns.TILES, "down",
        SLICE_BASIS));
    list.add(new CalibrationTrend(DesignField.CELL_BITS, 1, 4, Columns.AREA_MM2, "down",
        SLICE_BASIS));
    list.add(new CalibrationTrend(DesignField.CELL_BITS, 1, 4, Columns.ENERGY_PJ, "down",
        "fewer slices -> fewer conversions (ISAAC/NeuroSim: ADC energy dominates)"));
    list.add(new CalibrationTrend(DesignField.TEMPERATURE_KELVIN, 300, 400, Columns.ENERGY_PJ,
        "up", "off-current rises with temperature (NeuroSim Technology.cpp PTM tables, 300-400 K)"));
    list.add(new CalibrationTrend(DesignField.FREQUENCY_HERTZ, 5e8, 1e9, Columns.LATENCY_NS,
        "down", "digital periphery and conversions are clocked"));
    list.add(new CalibrationTrend(DesignField.TECHNOLOGY_NODE_NM, 32, 22, Columns.AREA_MM2,
        "down", "CMOS scaling (DNN+NeuroSim node comparisons, Peng et al. IEDM 2019)"));
    list.add(new CalibrationTrend(DesignField.TECHNOLOGY_NODE_NM, 32, 22, Columns.ENERGY_PJ,
        "down", "CMOS scaling lowers switched capacitance"));
    return list;
  }
}
