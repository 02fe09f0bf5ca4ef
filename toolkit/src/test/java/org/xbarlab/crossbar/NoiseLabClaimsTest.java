package org.xbarlab.crossbar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.xbarlab.Columns;
import org.xbarlab.ConfigException;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class NoiseLabClaimsTest {
  private static Table sweep(double... mhz) {
    int n = mhz.length;
    double[] mean = new double[n];
    for (int i = 0; i < n; i++) {
      mean[i] = mhz[i] < 100 ? 0.795 : 0.62; // 0.5 and 18 points below clean
    }
    double[] std = new double[n];
    double[] clean = new double[n];
    int[] trials = new int[n];
    java.util.Arrays.fill(std, 0.01);
    java.util.Arrays.fill(clean, 0.80);
    java.util.Arrays.fill(trials, 4);
    return Table.create("sweep", DoubleColumn.create(Columns.FREQUENCY_MHZ, mhz),
        IntColumn.create(Columns.TRIALS, trials),
        DoubleColumn.create(Columns.ACCURACY_TOP1_MEAN, mean),
        DoubleColumn.create(Columns.ACCURACY_TOP1_STD, std),
        DoubleColumn.create(Columns.CLEAN_ACCURACY_TOP1, clean));
  }

  @Test
  void pytorxNoiseLevelsMatchThePaperAndLossesGetVerdicts() {
    Table t = NoiseLabClaims.paperVsMeasured(CrossbarConfig.pytorx(), sweep(10, 1000), "test");
    // sigma/dG from PytorX's constants: the two numbers papers.md quotes (0.34 and 0.62)
    assertEquals("matches", t.stringColumn(Columns.VERDICT).get(0), t.print());
    assertEquals("matches", t.stringColumn(Columns.VERDICT).get(1), t.print());
    assertEquals("0.50 pp ± 0.50", t.stringColumn(Columns.MEASURED).get(2));
    assertEquals("matches", t.stringColumn(Columns.VERDICT).get(2));
    assertEquals("same direction", t.stringColumn(Columns.VERDICT).get(3));
  }

  @Test
  void aSweepWithoutTheClaimedFrequencyIsRejected() {
    assertThrows(ConfigException.class,
        () -> NoiseLabClaims.paperVsMeasured(CrossbarConfig.pytorx(), sweep(10, 500), "test"));
  }
}
