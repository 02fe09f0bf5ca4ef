package org.xbarlab.cost;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import org.xbarlab.ConfigException;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The modelling choices of a {@link CostModel} that are not numbers: which read-out circuit, how the
 * cells' conduction energy is counted, where the clock comes from, and which periphery blocks are
 * costed. Numbers live in {@link TechnologyParameters}. Immutable; change by copy with the generated {@code with...} methods ({@link
 * CostOptionsBuilder.With}).
 *
 * <p>Two presets: {@link #xbarlab()} (our default: SAR ADC with sample-and-hold, conduction over
 * the read pulse, the design clock, ISAAC shift-add units) and {@link #neuroSimLike()} (DNN+NeuroSim
 * V1.3's assumptions: multi-level current sense amplifier, conduction counted in the sense window,
 * sensing-limited clock, gate-level shift-add). Both cost the same periphery blocks (level shifters, switch matrices and decoders,
 * activation and pooling units); turning one off is for ablations.
 *
 * <pre>{@code
 * CostOptions o = CostOptions.neuroSimLike().withAdcKind(AdcKind.SAR);
 * }</pre>
 *
 * @param adcKind column read-out circuit
 * @param arrayEnergyConvention how cell conduction energy is counted
 * @param clockMode where the clock period comes from
 * @param levelShifters cost the write-voltage level shifters of each crossbar (two per row, one per
 *     column in a 1T1R array; NeuroSim adds them when the write voltage exceeds 1.5 V)
 * @param switchMatrices cost the wordline/source-line switch matrices, the column multiplexer and
 *     its decoder of each crossbar
 * @param shiftAdd how the shift-add after each ADC is costed
 * @param activationAndPooling cost ReLU units on every output and max-pooling units after layers
 *     with {@link LayerWorkload#poolingWindow()} above 1
 */
@RecordBuilder
public record CostOptions(
    AdcKind adcKind,
    ArrayEnergyConvention arrayEnergyConvention,
    ClockMode clockMode,
    ShiftAddCircuit shiftAdd,
    boolean levelShifters,
    boolean switchMatrices,
    boolean activationAndPooling) implements CostOptionsBuilder.With {

  /**
   * Validates that no choice is null.
   *
   * @param adcKind see the record description
   * @param arrayEnergyConvention see the record description
   * @param clockMode see the record description
   * @param shiftAdd see the record description
   * @param levelShifters see the record description
   * @param switchMatrices see the record description
   * @param activationAndPooling see the record description
   */
  public CostOptions {
    if (adcKind == null) {
      throw new ConfigException("adcKind", null, "SAR or MULTI_LEVEL_SENSE_AMP");
    }
    if (arrayEnergyConvention == null) {
      throw new ConfigException("arrayEnergyConvention", null,
          "WIRE_CV2_ONLY, CONDUCTION_DURING_SENSING or CONDUCTION_OVER_READ_PULSE");
    }
    if (clockMode == null) {
      throw new ConfigException("clockMode", null, "DESIGN_CLOCK or SENSE_LIMITED");
    }
    if (shiftAdd == null) {
      throw new ConfigException("shiftAdd", null, "ISAAC_UNIT or GATE_LEVEL");
    }
  }

  /**
   * Returns XbarLab's default: SAR ADC, conduction over the read pulse, design clock, ISAAC
   * shift-add units, every periphery block costed.
   */
  public static CostOptions xbarlab() {
    return new CostOptions(AdcKind.SAR, ArrayEnergyConvention.CONDUCTION_OVER_READ_PULSE,
        ClockMode.DESIGN_CLOCK, ShiftAddCircuit.ISAAC_UNIT, true, true, true);
  }

  /**
   * Returns DNN+NeuroSim V1.3's assumptions ({@code Param.cpp}: {@code SARADC = false}, {@code
   * currentMode = true}, {@code synchronous = true}, {@code writeVoltage = 2} so level shifters on):
   * multi-level current sense amplifier, conduction counted in the sense window, sensing-limited
   * clock, gate-level shift-add ({@code ShiftAdd.cpp}), every periphery block costed.
   */
  public static CostOptions neuroSimLike() {
    return new CostOptions(AdcKind.MULTI_LEVEL_SENSE_AMP,
        ArrayEnergyConvention.CONDUCTION_DURING_SENSING, ClockMode.SENSE_LIMITED,
        ShiftAddCircuit.GATE_LEVEL, true, true, true);
  }

  /**
   * Returns one row per option. Schema: {@code option}, {@code value}, {@code xbarlab}, {@code
   * neurosim_like} (string: this value and the two presets'), {@code meaning} (string).
   */
  public Table describe() {
    StringColumn option = StringColumn.create("option");
    StringColumn value = StringColumn.create("value");
    StringColumn ours = StringColumn.create("xbarlab");
    StringColumn neuroSim = StringColumn.create("neurosim_like");
    StringColumn meaning = StringColumn.create("meaning");
    List<String[]> rows = rowsOf(this);
    List<String[]> a = rowsOf(xbarlab());
    List<String[]> b = rowsOf(neuroSimLike());
    for (int i = 0; i < rows.size(); i++) {
      option.append(rows.get(i)[0]);
      value.append(rows.get(i)[1]);
      ours.append(a.get(i)[1]);
      neuroSim.append(b.get(i)[1]);
      meaning.append(rows.get(i)[2]);
    }
    return Table.create("cost options", option, value, ours, neuroSim, meaning);
  }

  private static List<String[]> rowsOf(CostOptions o) {
    return List.of(
        new String[] {"adcKind", o.adcKind.name(), "column read-out circuit"},
        new String[] {"arrayEnergyConvention", o.arrayEnergyConvention.name(),
            "how cell conduction energy V^2 G t is counted"},
        new String[] {"clockMode", o.clockMode.name(), "where the clock period comes from"},
        new String[] {"shiftAdd", o.shiftAdd.name(), "how the shift-add after each ADC is costed"},
        new String[] {"levelShifters", String.valueOf(o.levelShifters),
            "write-voltage level shifters per row (WL, BL) and column (SL)"},
        new String[] {"switchMatrices", String.valueOf(o.switchMatrices),
            "WL/SL switch matrices, column multiplexer and its decoder"},
        new String[] {"activationAndPooling", String.valueOf(o.activationAndPooling),
            "ReLU units and max-pooling units"});
  }
}
