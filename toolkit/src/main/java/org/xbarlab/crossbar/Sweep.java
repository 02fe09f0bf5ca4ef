package org.xbarlab.crossbar;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.xbarlab.Columns;
import org.xbarlab.ConfigException;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Sweeps one field of a {@link CrossbarConfig} and stacks the evaluation tables into one tidy
 * table.
 *
 * <pre>{@code
 * Table t = Sweep.over(CrossbarConfig.resna(), Columns.FREQUENCY_MHZ, List.of(10.0, 100.0, 1000.0),
 *     (cfg, mhz) -> cfg.withFrequencyHertz(mhz * 1e6),
 *     cfg -> MonteCarlo.evaluate(net, cfg, testSet, 5, 42).summary());
 * }</pre>
 */
public final class Sweep {
  private Sweep() {}

  /**
   * Returns the rows of {@code evaluate(with(base, v))} for every {@code v} in {@code values}, each
   * prefixed with {@code field} (the field name) and {@code field_value} (the value as text;
   * numeric values are also kept in a double column named after the field when every value is a
   * {@link Number}). Name the field by its {@link Columns} spelling, in the unit of the values,
   * for example {@link Columns#FREQUENCY_MHZ} with values in MHz.
   *
   * @param base design point to vary
   * @param field column name of the varied field, for example {@link Columns#FREQUENCY_MHZ}
   * @param values values to try, not empty
   * @param with returns the design point with the field set, for example
   *     {@code (cfg, mhz) -> cfg.withFrequencyHertz(mhz * 1e6)}
   * @param evaluate returns a table for one design point (all calls must give the same columns)
   */
  public static <T> Table over(CrossbarConfig base, String field, List<T> values,
      BiFunction<CrossbarConfig, T, CrossbarConfig> with,
      Function<CrossbarConfig, Table> evaluate) {
    if (values.isEmpty()) {
      throw new ConfigException("values", "[]", "at least one value for " + field);
    }
    boolean numeric = values.stream().allMatch(v -> v instanceof Number);
    StringColumn p = StringColumn.create(Columns.FIELD);
    StringColumn pv = StringColumn.create(Columns.FIELD_VALUE);
    tech.tablesaw.api.DoubleColumn num = tech.tablesaw.api.DoubleColumn.create(field);
    List<Column<?>> stacked = null;
    String name = "";
    // Built cell by cell: Table.copy()/append use Tablesaw selections, which fail at runtime with
    // RoaringBitmap 1.x on the classpath (AbstractMethodError in BitmapBackedSelection).
    for (T v : values) {
      Table t = evaluate.apply(with.apply(base, v));
      name = t.name();
      if (stacked == null) {
        stacked = new ArrayList<>();
        for (Column<?> c : t.columns()) {
          stacked.add(c.emptyCopy());
        }
      }
      for (int r = 0; r < t.rowCount(); r++) {
        p.append(field);
        pv.append(String.valueOf(v));
        if (numeric) {
          num.append(((Number) v).doubleValue());
        }
        for (int c = 0; c < stacked.size(); c++) {
          stacked.get(c).appendObj(t.column(c).get(r));
        }
      }
    }
    Table out = Table.create(name, p, pv);
    if (numeric) {
      out.addColumns(num);
    }
    out.addColumns(stacked.toArray(new Column<?>[0]));
    return out.setName("sweep over " + field);
  }
}
