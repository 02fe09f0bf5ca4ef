package org.xbarlab;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A Tablesaw table built row by row: the schema is declared once as (name, type) pairs, then every
 * {@link #add} appends one row, so a producing method reads as its schema plus one line per row.
 *
 * <pre>{@code
 * TableRows t = TableRows.of("kernel sensitivity",
 *     Columns.LAYER, TableRows.Type.STRING, Columns.SENSITIVITY, TableRows.Type.DOUBLE);
 * t.add("conv1", 0.3);
 * Table table = t.table();
 * }</pre>
 */
public final class TableRows {
  /** Column types (the Tablesaw column each becomes). */
  public enum Type {
    /** {@link IntColumn}. */
    INT,
    /** {@link LongColumn}. */
    LONG,
    /** {@link DoubleColumn}. */
    DOUBLE,
    /** {@link StringColumn}. */
    STRING,
    /** {@link BooleanColumn}. */
    BOOLEAN
  }

  private final String name;
  private final List<Column<?>> columns = new ArrayList<>();
  private final List<Type> types = new ArrayList<>();

  private TableRows(String name) {
    this.name = name;
  }

  /**
   * Returns an empty table named {@code tableName} with the columns {@code nameTypePairs}: column
   * name ({@link String}), then its {@link Type}, repeated.
   */
  public static TableRows of(String tableName, Object... nameTypePairs) {
    if (nameTypePairs.length % 2 != 0) {
      throw new IllegalArgumentException("column names and types must come in pairs");
    }
    TableRows t = new TableRows(tableName);
    for (int i = 0; i < nameTypePairs.length; i += 2) {
      String column = (String) nameTypePairs[i];
      Type type = (Type) nameTypePairs[i + 1];
      t.types.add(type);
      t.columns.add(switch (type) {
        case INT -> IntColumn.create(column);
        case LONG -> LongColumn.create(column);
        case DOUBLE -> DoubleColumn.create(column);
        case STRING -> StringColumn.create(column);
        case BOOLEAN -> BooleanColumn.create(column);
      });
    }
    return t;
  }

  /** Appends one row, a value per column in schema order; {@code null} is a missing value. */
  public TableRows add(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException("a row needs " + columns.size() + " values, got "
          + values.length);
    }
    for (int c = 0; c < values.length; c++) {
      Object v = values[c];
      Column<?> column = columns.get(c);
      if (v == null) {
        column.appendMissing();
        continue;
      }
      switch (types.get(c)) {
        case INT -> ((IntColumn) column).append(((Number) v).intValue());
        case LONG -> ((LongColumn) column).append(((Number) v).longValue());
        case DOUBLE -> ((DoubleColumn) column).append(((Number) v).doubleValue());
        case STRING -> ((StringColumn) column).append(String.valueOf(v));
        case BOOLEAN -> ((BooleanColumn) column).append((Boolean) v);
      }
    }
    return this;
  }

  /** Returns the table (the same columns; later rows are not added to it). */
  public Table table() {
    Table t = Table.create(name);
    columns.forEach(c -> t.addColumns(c.copy()));
    return t;
  }
}
