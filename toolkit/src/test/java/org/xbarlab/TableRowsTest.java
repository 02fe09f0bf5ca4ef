package org.xbarlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

class TableRowsTest {
  @Test
  void rowsLandInTypedColumnsWithMissingValues() {
    TableRows rows = TableRows.of("t", "i", TableRows.Type.INT, "l", TableRows.Type.LONG,
        "d", TableRows.Type.DOUBLE, "s", TableRows.Type.STRING, "b", TableRows.Type.BOOLEAN);
    rows.add(1, 2L, 0.5, "x", true).add(3, 4L, null, "y", false);
    Table t = rows.table();
    assertEquals("t", t.name());
    assertEquals(2, t.rowCount());
    assertEquals(ColumnType.INTEGER, t.column("i").type());
    assertEquals(ColumnType.LONG, t.column("l").type());
    assertEquals(ColumnType.DOUBLE, t.column("d").type());
    assertEquals(ColumnType.STRING, t.column("s").type());
    assertEquals(ColumnType.BOOLEAN, t.column("b").type());
    assertEquals(3, t.intColumn("i").get(1));
    assertTrue(t.doubleColumn("d").isMissing(1));
    assertEquals("y", t.stringColumn("s").get(1));
    // an empty table keeps its schema
    assertEquals(5, TableRows.of("e", "i", TableRows.Type.INT, "l", TableRows.Type.LONG,
        "d", TableRows.Type.DOUBLE, "s", TableRows.Type.STRING, "b", TableRows.Type.BOOLEAN)
        .table().columnCount());
  }

  @Test
  void aRowOfTheWrongLengthIsRefused() {
    TableRows rows = TableRows.of("t", "i", TableRows.Type.INT);
    assertThrows(IllegalArgumentException.class, () -> rows.add(1, 2));
    assertThrows(IllegalArgumentException.class, () -> TableRows.of("t", "i"));
  }
}
