package org.xbarlab.nn;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.xbarlab.ConfigException;
import org.xbarlab.ProgressListener;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Plain (noise-unaware) training of a DL4J network with progress and a per-epoch history.
 *
 * <pre>{@code
 * Table history = Training.fit(net, train, test, 2, NotebookProgress.bar());
 * }</pre>
 */
public final class Training {
  /** Column names of the history table. */
  public static final String EPOCH = "epoch";
  /** Mean training loss over the epoch's minibatches. */
  public static final String LOSS = "train_loss";
  /** Top-1 accuracy on the evaluation data after the epoch. */
  public static final String ACCURACY = "accuracy_top1";
  /** Wall-clock seconds of the epoch's training (evaluation excluded). */
  public static final String SECONDS = "train_time_s";
  /** Training throughput of the epoch. */
  public static final String IMAGES_PER_SECOND = "train_images_per_s";

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
  public static Table fit(MultiLayerNetwork net, DataSetIterator train, DataSetIterator test, int epochs,
      ProgressListener progress) {
    if (epochs < 1 || epochs > 10_000) {
      throw new ConfigException("epochs", epochs, "an integer in 1..10000");
    }
    IntColumn epochCol = IntColumn.create(EPOCH);
    DoubleColumn lossCol = DoubleColumn.create(LOSS);
    DoubleColumn accCol = DoubleColumn.create(ACCURACY);
    DoubleColumn secCol = DoubleColumn.create(SECONDS);
    DoubleColumn ipsCol = DoubleColumn.create(IMAGES_PER_SECOND);
    long batchesPerEpoch = countBatches(train);
    MinibatchListener counter = new MinibatchListener(progress, () -> {});
    net.addListeners(counter);
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
      net.getListeners().remove(counter);
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
