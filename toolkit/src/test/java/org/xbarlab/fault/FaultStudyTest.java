package org.xbarlab.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.xbarlab.Columns;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;
import org.xbarlab.TableRows;
import org.xbarlab.crossbar.CrossbarConfig;
import org.xbarlab.crossbar.MappingScheme;
import org.xbarlab.nn.Models;
import org.xbarlab.nn.Network;
import tech.tablesaw.api.Table;

class FaultStudyTest {
  static DataSet data(int n, long seed) {
    RandomSource rng = RandomSource.seeded(seed);
    float[] x = new float[n * 36];
    for (int k = 0; k < x.length; k++) {
      x[k] = (float) rng.uniform();
    }
    INDArray labels = Nd4j.zeros(DataType.FLOAT, n, 10);
    for (int i = 0; i < n; i++) {
      labels.putScalar(i, rng.nextInt(10), 1f);
    }
    return new DataSet(Nd4j.createFromArray(x).reshape(n, 1, 6, 6), labels);
  }

  private final Network net = Network.of(Models.imageMlp(6, 6, 1, 10, 3, 16));

  @Test
  void sweepHasOneRowPerPointAndNoFaultsLoseNothing() {
    FaultStudy study = FaultStudy.of(net, data(32, 1), data(64, 2)).withMaps(2);
    Table t = study.sweep(CrossbarConfig.ideal(16), List.of(MappingScheme.values()),
        new double[] {0.0, 0.5}, new double[] {5.0, 0.2});
    assertEquals(3 * 2 * 2, t.rowCount());
    for (int r = 0; r < t.rowCount(); r++) {
      if (t.doubleColumn(Columns.STUCK_AT_RATE).get(r) == 0.0) {
        // without faults the pairs compute the network (16-bit converters); the offset scheme's
        // reference subtraction may flip a near-tie of this random net (1 image = 1.6 points)
        boolean pair = !t.stringColumn(Columns.MAPPING_SCHEME).get(r).startsWith("OFFSET");
        assertEquals(0.0, t.doubleColumn(Columns.ACCURACY_DROP_PP).get(r), pair ? 1e-9 : 3.2,
            "row " + r);
      }
    }
    assertEquals("5:1", t.stringColumn(Columns.SA1_TO_SA0).get(0));
    assertEquals("1:5", t.stringColumn(Columns.SA1_TO_SA0).get(2));
  }

  @Test
  void recoveryThresholdIsTheLastRateWithinTheTolerance() {
    TableRows rows = TableRows.of("s", Columns.MITIGATION, TableRows.Type.STRING,
        Columns.SA1_TO_SA0, TableRows.Type.STRING, Columns.STUCK_AT_RATE, TableRows.Type.DOUBLE,
        Columns.ACCURACY_DROP_PP, TableRows.Type.DOUBLE);
    rows.add("A", "5:1", 0.05, 3.0).add("A", "5:1", 0.001, 0.2).add("A", "5:1", 0.01, 0.9)
        .add("A", "5:1", 0.1, 0.5).add("B", "5:1", 0.001, 2.0);
    Table t = FaultStudy.recoveryThresholds(rows.table(), 1.0);
    assertEquals(0.01, t.doubleColumn(Columns.RECOVERY_THRESHOLD).get(0)); // 0.1 comes after a miss
    assertEquals(0.0, t.doubleColumn(Columns.RECOVERY_THRESHOLD).get(1));
  }

  @Test
  void badInputNamesTheField() {
    FaultStudy study = FaultStudy.of(net, data(8, 1), data(8, 2));
    assertEquals("maps", assertThrows(ConfigException.class, () -> study.withMaps(1)).field());
    assertEquals("stuckAtRate", assertThrows(ConfigException.class,
        () -> study.sweep(CrossbarConfig.ideal(8), List.of(MappingScheme.DIFFERENTIAL_PAIR),
            new double[] {1.5}, new double[] {1.0})).field());
    assertEquals("sa1ToSa0Ratio", assertThrows(ConfigException.class,
        () -> study.sweep(CrossbarConfig.ideal(8), List.of(MappingScheme.DIFFERENTIAL_PAIR),
            new double[] {0.1}, new double[] {0.0})).field());
    assertEquals("calibration", assertThrows(ConfigException.class,
        () -> FaultStudy.of(net, new DataSet(), data(8, 2))).field());
  }

  @Test
  void histogramCoversEveryWeightOnce() {
    Table h = WeightHistogram.of(net, 21);
    double fractions = h.doubleColumn(Columns.FRACTION).sum();
    assertEquals(2.0, fractions, 1e-9); // two weighted layers, each sums to 1
    long weights = 36 * 16 + 16 * 10;
    assertEquals(weights, (long) h.longColumn(Columns.COUNT).sum());
    assertEquals("bins", assertThrows(ConfigException.class, () -> WeightHistogram.of(net, 1))
        .field());
  }
}
