package org.xbarlab.nn;

import org.xbarlab.Columns;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.xbarlab.ConfigException;
import org.xbarlab.ProgressListener;
import tech.tablesaw.api.Table;

class WeightNoiseSweepTest {
  private static MultiLayerNetwork net;
  private static DataSet test;

  @BeforeAll
  static void train() {
    DataSet train = SyntheticData.blobs(900, 8, 4, 11);
    test = SyntheticData.blobs(400, 8, 4, 12);
    net = Models.mlp(8, 4, 3, 32);
    Training.fit(Network.of(net), SyntheticData.iterator(train, 50), SyntheticData.iterator(test, 100), 3, ProgressListener.none());
  }

  @Test
  void zeroNoiseReproducesCleanAccuracyAndLargeNoiseDestroysIt() {
    double clean = Accuracy.top1(Network.of(net), test);
    WeightNoiseSweep.Result r = WeightNoiseSweep.run(Network.of(net), SyntheticData.iterator(test, 100),
        new double[] {0, 0.05, 2.0}, 4, 99, ProgressListener.none());
    Table s = r.summary();
    assertEquals(3, s.rowCount());
    assertEquals(clean, s.doubleColumn(Columns.ACCURACY_TOP1_MEAN).get(0), 1e-12);
    assertEquals(0, s.doubleColumn(Columns.ACCURACY_TOP1_STD).get(0), 1e-12);
    double small = s.doubleColumn(Columns.ACCURACY_TOP1_MEAN).get(1);
    double huge = s.doubleColumn(Columns.ACCURACY_TOP1_MEAN).get(2);
    assertTrue(clean - small < 0.05, "5% relative noise should cost little: " + clean + " -> " + small);
    // Noise 2x the largest weight scrambles the classifier towards chance (0.25 for 4 classes).
    assertTrue(huge < clean - 0.3, "noise 2.0 should collapse accuracy: " + clean + " -> " + huge);
    assertEquals(12, r.trials().rowCount());
  }

  @Test
  void sameSeedGivesSameTableAndNetworkIsRestored() {
    INDArray before = net.params().dup();
    double[] sigmas = {0.3};
    Table a = WeightNoiseSweep.run(Network.of(net), SyntheticData.iterator(test, 100), sigmas, 3, 5, ProgressListener.none()).trials();
    Table b = WeightNoiseSweep.run(Network.of(net), SyntheticData.iterator(test, 100), sigmas, 3, 5, ProgressListener.none()).trials();
    Table c = WeightNoiseSweep.run(Network.of(net), SyntheticData.iterator(test, 100), sigmas, 3, 6, ProgressListener.none()).trials();
    assertEquals(a.doubleColumn("accuracy_top1").asList(), b.doubleColumn("accuracy_top1").asList());
    assertTrue(!a.doubleColumn("accuracy_top1").asList().equals(c.doubleColumn("accuracy_top1").asList()),
        "another seed draws other perturbations");
    assertEquals(before, net.params());
  }

  @Test
  void invalidLevelsAndTrialsAreRejected() {
    assertEquals("relativeSigmas", assertThrows(ConfigException.class, () -> WeightNoiseSweep.run(Network.of(net),
        SyntheticData.iterator(test, 100), new double[] {-0.1}, 2, 1, ProgressListener.none())).field());
    assertEquals("trials", assertThrows(ConfigException.class, () -> WeightNoiseSweep.run(Network.of(net),
        SyntheticData.iterator(test, 100), new double[] {0.1}, 0, 1, ProgressListener.none())).field());
  }
}
