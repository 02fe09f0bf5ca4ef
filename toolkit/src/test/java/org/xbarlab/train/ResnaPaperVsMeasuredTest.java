package org.xbarlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.xbarlab.Columns;
import org.xbarlab.ConfigException;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ResnaPaperVsMeasuredTest {
  /** The columns of TrainingComparison.evaluate, two methods at two points, with voting. */
  private static Table accuracy() {
    Table t = Table.create("accuracy", StringColumn.create(Columns.METHOD),
        StringColumn.create(Columns.OPERATING_POINT), BooleanColumn.create(Columns.MAJORITY_VOTE),
        IntColumn.create(Columns.TRIALS), DoubleColumn.create(Columns.ACCURACY_TOP1_MEAN),
        DoubleColumn.create(Columns.ACCURACY_TOP1_SEM));
    Object[][] rows = {{"noise-unaware", "mid", false, 0.70, 0.003},
        {"noise-unaware", "mid", true, 0.72, 0.004}, {"ReSNA", "mid", false, 0.716, 0.004},
        {"ReSNA", "mid", true, 0.70, 0.003}, {"noise-unaware", "hot", false, 0.40, 0.01},
        {"ReSNA", "hot", false, 0.50, 0.01}};
    for (Object[] r : rows) {
      t.stringColumn(0).append((String) r[0]);
      t.stringColumn(1).append((String) r[1]);
      t.booleanColumn(2).append((Boolean) r[2]);
      t.intColumn(3).append(8);
      t.doubleColumn(4).append((Double) r[3]);
      t.doubleColumn(5).append((Double) r[4]);
    }
    return t;
  }

  @Test
  void gainsAreReSnaMinusNoiseUnawareInPointsWithVerdicts() {
    Table pvm = TrainingComparison.paperVsMeasured(accuracy(), "mid", "hot");
    assertEquals(3, pvm.rowCount());
    assertEquals("+1.60 pp ± 0.50", pvm.stringColumn(Columns.MEASURED).get(0));
    assertEquals("matches", pvm.stringColumn(Columns.VERDICT).get(0));
    assertEquals("differs", pvm.stringColumn(Columns.VERDICT).get(1)); // -2 points with voting
    assertEquals("same direction", pvm.stringColumn(Columns.VERDICT).get(2)); // +10 vs +5.47, SE 1.4
    assertTrue(pvm.stringColumn(Columns.PAPER).get(2).equals("+5.47 pp"));
  }

  @Test
  void aMissingRowNamesWhatIsMissing() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> TrainingComparison.paperVsMeasured(accuracy(), "mid", "cold"));
    assertTrue(e.getMessage().contains("cold"), e.getMessage());
  }
}
