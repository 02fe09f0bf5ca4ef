package org.xbarlab.cost;

import org.xbarlab.ConfigException;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import org.xbarlab.Columns;

/**
 * Figure-ready sweeps of one design field: one row per value with the cost totals, for plotting
 * cost against the field in the notebook layer.
 *
 * <pre>{@code
 * Table t = CostSweep.over(CostModel.nm32(), NetworkWorkload.vgg8Cifar10(), CostDesign.defaults(),
 *     DesignField.ADC_BITS, 3, 4, 5, 6, 7, 8);
 * }</pre>
 */
public final class CostSweep {
  private CostSweep() {}

  /**
   * Returns the totals of {@code network} for each value of {@code field}, other fields from
   * {@code base}. Schema: {@code network}, {@code field} (string), {@code value}, {@code
   * crossbars}, {@code area_mm2}, {@code dynamic_energy_pJ}, {@code leakage_energy_pJ}, {@code
   * energy_pJ}, {@code latency_ns}, {@code power_mW}, {@code leakage_power_mW}, {@code
   * edap_pJ_ns_mm2} (double).
   *
   * @param model the cost model
   * @param network the workload
   * @param base the design supplying every other field
   * @param field the field to vary
   * @param values at least one value, each valid for the field
   */
  public static Table over(CostModel model, NetworkWorkload network, CostDesign base,
      DesignField field, double... values) {
    if (model == null || network == null || base == null || field == null) {
      throw new ConfigException("model/network/base/field", "null", "all non-null");
    }
    if (values == null || values.length == 0) {
      throw new ConfigException("values", "none", "at least one value of " + field.fieldName());
    }
    StringColumn net = StringColumn.create(Columns.NETWORK);
    StringColumn name = StringColumn.create(Columns.FIELD);
    DoubleColumn value = DoubleColumn.create(Columns.VALUE);
    Table t = Table.create(network.name() + " sweep of " + field.fieldName(), net, name, value);
    t.addColumns(CostReport.totalsColumns());
    for (double v : values) {
      CostReport r = model.evaluate(network, field.apply(base, v));
      net.append(network.name());
      name.append(field.fieldName());
      value.append(v);
      r.appendTotals(t);
    }
    return t;
  }

  /** Returns {@link #over} with {@link CostModel#nm32()}. */
  public static Table over(NetworkWorkload network, CostDesign base, DesignField field,
      double... values) {
    return over(CostModel.nm32(), network, base, field, values);
  }
}
