package org.xbarlab.nn;

import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.xbarlab.ConfigException;
import org.xbarlab.ProgressListener;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import org.xbarlab.Columns;

/**
 * Plain (noise-unaware) training of a DL4J network with progress and a per-epoch history.
 *
 * <pre>{@code
 * Table history = Training.fit(net, train, test, 2, NotebookProgress.bar());
 * }</pre>
 */
public final class Training {
  private Training() {}

  /**
   * Trains {@code net} in place for {@code epochs} epochs and evaluates it after each.
   *
   * @param net the network, initialised; trained in place
   * @param train training data; shuffling and its seed belong to the iterator
   * @param test evaluation data
   * @param epochs number of epochs, 1..10000
   * @param progress receives one step per minibatch
   * @return history with columns epoch, train_loss, accuracy_top1, train_time_s, train_images_per_s
   */
  public static Table fit(Network net, DataSetIterator train, DataSetIterator test, int epochs,
      ProgressListener progress) {
    if (epochs < 1 || epochs > 10_000) {
      throw new ConfigException("epochs", epochs, "an integer in 1..10000");
    }
    IntColumn epochCol = IntColumn.create(Columns.EPOCH);
    DoubleColumn lossCol = DoubleColumn.create(Columns.TRAIN_LOSS);
    DoubleColumn accCol = DoubleColumn.create(Columns.ACCURACY_TOP1);
    DoubleColumn secCol = DoubleColumn.create(Columns.TRAIN_TIME_S);
    DoubleColumn ipsCol = DoubleColumn.create(Columns.TRAIN_IMAGES_PER_S);
    long batchesPerEpoch = countBatches(train);
    MinibatchListener counter = new MinibatchListener(progress, () -> {});
    net.addListener(counter);
    progress.begin("training", batchesPerEpoch * epochs);
    try {
      for (int e = 1; e <= epochs; e++) {
        counter.startEpoch(e, epochs);
        train.reset();
        long start = System.nanoTime();
        net.fit(train);
        double seconds = (System.nanoTime() - start) / 1e9;
        double accuracy = Accuracy.top1(net, test);
        epochCol.append(e);
        lossCol.append(counter.meanLoss());
        accCol.append(accuracy);
        secCol.append(seconds);
        ipsCol.append(counter.examples() / seconds);
      }
    } finally {
      net.removeListener(counter);
      progress.end();
    }
    return Table.create("training history", epochCol, lossCol, accCol, secCol, ipsCol);
  }

  private static long countBatches(DataSetIterator it) {
    it.reset();
    long n = 0;
    while (it.hasNext()) {
      it.next();
      n++;
    }
    it.reset();
    return n;
  }
}
