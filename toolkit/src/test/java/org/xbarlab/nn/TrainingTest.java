package org.xbarlab.nn;

import org.xbarlab.Columns;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;
import org.xbarlab.ConfigException;
import org.xbarlab.ProgressListener;
import tech.tablesaw.api.Table;

// Trains networks or runs optimisers: a fast loop skips it with -DexcludedGroups=notebook,slow.
@Tag("slow")
class TrainingTest {
  @Test
  void trainingSeparableBlobsReachesHighAccuracyAndRecordsHistory() {
    DataSet train = SyntheticData.blobs(600, 6, 3, 1);
    DataSet test = SyntheticData.blobs(300, 6, 3, 2);
    MultiLayerNetwork net = Models.mlp(6, 3, 5, 16);
    double before = Accuracy.top1(Network.of(net), test);
    int[] steps = new int[1];
    ProgressListener counting = new ProgressListener() {
      @Override public void begin(String task, long total) { assertEquals(4 * 30, total); }
      @Override public void step(String message) { steps[0]++; }
      @Override public void end() {}
    };
    Table history = Training.fit(Network.of(net), SyntheticData.iterator(train, 20), SyntheticData.iterator(test, 100), 4, counting);
    assertEquals(4, history.rowCount());
    assertEquals(120, steps[0], "one progress step per minibatch");
    double after = history.doubleColumn(Columns.ACCURACY_TOP1).get(3);
    // Bayes accuracy of these blobs is ~0.98; four short epochs must get most of the way.
    assertTrue(after > 0.9, "accuracy after training " + after);
    assertTrue(after > before + 0.2, "training improved accuracy from " + before + " to " + after);
    assertTrue(history.doubleColumn(Columns.TRAIN_LOSS).get(3) < history.doubleColumn(Columns.TRAIN_LOSS).get(0));
    assertTrue(history.doubleColumn(Columns.TRAIN_IMAGES_PER_S).get(0) > 0);
  }

  @Test
  void sameSeedGivesSameInitialWeights() {
    assertEquals(Models.lenet5(28, 28, 1, 10, 9).params(), Models.lenet5(28, 28, 1, 10, 9).params());
    assertTrue(!Models.smallCnn(28, 28, 1, 10, 9).params().equals(Models.smallCnn(28, 28, 1, 10, 10).params()));
  }

  @Test
  void invalidArgumentsNameTheField() {
    assertEquals("epochs", assertThrows(ConfigException.class, () -> Training.fit(Network.of(Models.mlp(2, 2, 1, 4)),
        null, null, 0, ProgressListener.none())).field());
    assertEquals("classes", assertThrows(ConfigException.class, () -> Models.smallCnn(28, 28, 1, 1, 1)).field());
    assertEquals("hidden", assertThrows(ConfigException.class, () -> Models.mlp(4, 2, 1, 0)).field());
  }
}
