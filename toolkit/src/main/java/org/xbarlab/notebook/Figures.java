package org.xbarlab.notebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xbarlab.XbarLabException;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * One-call figures from a tidy table and column names: trace assembly never appears in notebook
 * cells. Every factory groups rows by an optional column (one trace per distinct value, in order of
 * first appearance) and titles the axes with the column names.
 *
 * <pre>{@code
 * Figure f = Figures.line(results, "sigma", "accuracy_top1", "method");
 * }</pre>
 */
public final class Figures {
  private Figures() {}

  /** Returns lines of {@code y} against {@code x}, one line per value of {@code groupBy}. */
  public static Figure line(Table table, String x, String y, String groupBy) {
    return build(table, x, y, null, groupBy, Trace.Style.LINES);
  }

  /** Returns one line of {@code y} against {@code x}. */
  public static Figure line(Table table, String x, String y) {
    return build(table, x, y, null, null, Trace.Style.LINES);
  }

  /**
   * Returns lines with symmetric error bars ({@code error} holds the half-width, for example a
   * standard deviation or a confidence-interval half-width), one line per value of {@code groupBy}.
   */
  public static Figure lineWithErrors(Table table, String x, String y, String error, String groupBy) {
    return build(table, x, y, error, groupBy, Trace.Style.LINES);
  }

  /** Returns markers of {@code y} against {@code x}, one colour per value of {@code groupBy}. */
  public static Figure scatter(Table table, String x, String y, String groupBy) {
    return build(table, x, y, null, groupBy, Trace.Style.MARKERS);
  }

  /** Returns grouped bars of {@code y} per {@code x}, one bar series per value of {@code groupBy}. */
  public static Figure bars(Table table, String x, String y, String groupBy) {
    return build(table, x, y, null, groupBy, Trace.Style.BARS);
  }

  /** Returns stacked bars of {@code y} per {@code x}, one stacked part per value of {@code stackBy}. */
  public static Figure stackedBars(Table table, String x, String y, String stackBy) {
    return build(table, x, y, null, stackBy, Trace.Style.BARS).withStackedBars();
  }

  private static Figure build(Table table, String x, String y, String error, String groupBy, Trace.Style style) {
    Column<?> xs = column(table, x);
    NumericColumn<?> ys = numeric(table, y);
    NumericColumn<?> errors = error == null ? null : numeric(table, error);
    Column<?> groups = groupBy == null ? null : column(table, groupBy);
    Map<String, List<Integer>> rowsByGroup = new LinkedHashMap<>();
    for (int r = 0; r < table.rowCount(); r++) {
      String key = groups == null ? y : groups.getString(r);
      rowsByGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
    List<Trace> traces = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> g : rowsByGroup.entrySet()) {
      List<Object> xv = new ArrayList<>();
      List<Double> yv = new ArrayList<>();
      List<Double> ev = new ArrayList<>();
      for (int r : g.getValue()) {
        xv.add(xs instanceof NumericColumn<?> n ? (Object) n.getDouble(r) : xs.getString(r));
        yv.add(ys.getDouble(r));
        if (errors != null) {
          ev.add(errors.getDouble(r));
        }
      }
      Trace t = switch (style) {
        case LINES -> Trace.line(g.getKey(), xv, yv);
        case MARKERS -> Trace.markers(g.getKey(), xv, yv);
        case BARS -> Trace.bars(g.getKey(), xv, yv);
      };
      traces.add(errors == null ? t : t.withErrorY(ev));
    }
    return Figure.of(traces).withXTitle(x).withYTitle(y).withTitle(table.name() == null ? "" : table.name());
  }

  private static Column<?> column(Table table, String name) {
    if (!table.columnNames().contains(name)) {
      throw new XbarLabException("table '" + table.name() + "' has no column '" + name
          + "'; its columns are " + table.columnNames());
    }
    return table.column(name);
  }

  private static NumericColumn<?> numeric(Table table, String name) {
    Column<?> c = column(table, name);
    if (!(c instanceof NumericColumn<?> n)) {
      throw new XbarLabException("column '" + name + "' of table '" + table.name() + "' holds "
          + c.type().name() + " values; a figure's y values and errors must be numeric");
    }
    return n;
  }
}
