package org.xbarlab.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Tablesaw's filtering and grouping need fastutil 8.5; DL4J drags in 6.5.7. The parent POM pins
 * 8.5.13. This breaks with an AbstractMethodError if the old version comes back.
 */
class TablesawClasspathTest {
  @Test
  void filteringAndGroupingWorkBesideDl4j() {
    Nd4j.create(2, 2); // ND4J loaded in the same JVM
    Table t = Table.create("t", StringColumn.create("g", "a", "b", "a"), DoubleColumn.create("v", 1, 2, 3));
    assertEquals(2, t.where(t.stringColumn("g").isEqualTo("a")).rowCount());
    assertEquals(2, t.summarize("v", tech.tablesaw.aggregate.AggregateFunctions.sum).by("g").rowCount());
    assertEquals(6, t.copy().append(t).rowCount());
  }
}
