package org.xbarlab.data;

import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.DataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;

/**
 * A DL4J {@link DataSetIterator} over an {@link ImageDataset}: features {@code [batch x c x h x
 * w]} (normalised floats), one-hot labels {@code [batch x classes]}. A training iterator shuffles
 * with a fresh permutation every epoch (epoch {@code e} uses {@code RandomSource.seeded(seed)
 * .split(e)}) and optionally augments each sample; an evaluation iterator keeps dataset order.
 * {@link #reset()} starts the next epoch; a reset before any batch was taken does not advance the
 * epoch, so wrapping or re-resetting a fresh iterator changes nothing. The same seed and call
 * sequence give the same batches. Not thread-safe.
 *
 * <pre>{@code
 * DataSetIterator it = dataset.iterator(128, 42L, Augmentation.cropAndFlip());
 * network.fit(it, 10);
 * }</pre>
 */
public final class ImageDataSetIterator implements DataSetIterator {
  private static final long serialVersionUID = 1L;

  private final transient ImageDataset dataset;
  private final int batchSize;
  private final boolean shuffle;
  private final long seed;
  private final Augmentation augmentation;
  private int epoch;
  private int[] order;
  private int cursor;
  private transient RandomSource augmentationRandom;
  private DataSetPreProcessor preProcessor;

  private ImageDataSetIterator(
      ImageDataset dataset, int batchSize, boolean shuffle, long seed, Augmentation augmentation) {
    if (batchSize < 1) {
      throw new ConfigException("batchSize", batchSize, "an integer >= 1");
    }
    this.dataset = dataset;
    this.batchSize = batchSize;
    this.shuffle = shuffle;
    this.seed = seed;
    this.augmentation = augmentation;
    startEpoch(0);
  }

  /**
   * Returns a training iterator with seeded per-epoch shuffles and {@code augmentation}.
   *
   * @param dataset the images
   * @param batchSize images per batch, &gt;= 1
   * @param seed seed of the shuffles and augmentation draws
   * @param augmentation per-sample augmentation ({@link Augmentation#none()} for none)
   */
  public static ImageDataSetIterator shuffled(
      ImageDataset dataset, int batchSize, long seed, Augmentation augmentation) {
    return new ImageDataSetIterator(dataset, batchSize, true, seed, augmentation);
  }

  /**
   * Returns an evaluation iterator in dataset order without augmentation.
   *
   * @param dataset the images
   * @param batchSize images per batch, &gt;= 1
   */
  public static ImageDataSetIterator ordered(ImageDataset dataset, int batchSize) {
    return new ImageDataSetIterator(dataset, batchSize, false, 0L, Augmentation.none());
  }

  private void startEpoch(int newEpoch) {
    epoch = newEpoch;
    cursor = 0;
    order = new int[dataset.size()];
    Arrays.setAll(order, i -> i);
    RandomSource epochRandom = RandomSource.seeded(seed).split(newEpoch);
    if (shuffle) {
      epochRandom.split("shuffle").shuffle(order);
    }
    augmentationRandom = epochRandom.split("augmentation");
  }

  /** Returns the current epoch, starting at 0. */
  public int epoch() {
    return epoch;
  }

  /** Returns the dataset order of the current epoch (a copy, shape {@code [n]}). */
  public int[] epochOrder() {
    return order.clone();
  }

  /** Returns the next batch of at most {@code num} images. */
  @Override
  public DataSet next(int num) {
    if (!hasNext()) {
      throw new NoSuchElementException("epoch " + epoch + " is exhausted; call reset() for the next epoch");
    }
    if (num < 1) {
      throw new ConfigException("num", num, "an integer >= 1");
    }
    int from = cursor;
    int to = Math.min(order.length, from + num);
    cursor = to;
    DataSet batch =
        new DataSet(
            dataset.features(order, from, to, augmentation, augmentationRandom),
            dataset.oneHotLabels(order, from, to));
    batch.setLabelNames(dataset.classNames());
    if (preProcessor != null) {
      preProcessor.preProcess(batch);
    }
    return batch;
  }

  /** Returns the next batch of {@link #batch()} images (fewer at the end of an epoch). */
  @Override
  public DataSet next() {
    return next(batchSize);
  }

  /** Returns whether the current epoch has images left. */
  @Override
  public boolean hasNext() {
    return cursor < order.length;
  }

  /** Returns {@code channels * height * width}. */
  @Override
  public int inputColumns() {
    return dataset.imageSize();
  }

  /** Returns the number of classes. */
  @Override
  public int totalOutcomes() {
    return dataset.numClasses();
  }

  /** Returns {@code true}: {@link #reset()} starts the next epoch. */
  @Override
  public boolean resetSupported() {
    return true;
  }

  /** Returns {@code true}: batches may be prefetched on another thread. */
  @Override
  public boolean asyncSupported() {
    return true;
  }

  /** Starts the next epoch (new shuffle) unless no batch of the current epoch was taken yet. */
  @Override
  public void reset() {
    if (cursor > 0) {
      startEpoch(epoch + 1);
    }
  }

  /** Returns the batch size. */
  @Override
  public int batch() {
    return batchSize;
  }

  /** Sets a DL4J pre-processor applied to every batch after normalisation (DL4J contract). */
  @Override
  public void setPreProcessor(DataSetPreProcessor preProcessor) {
    this.preProcessor = preProcessor;
  }

  /** Returns the DL4J pre-processor, or {@code null} if none was set (DL4J contract). */
  @Override
  public DataSetPreProcessor getPreProcessor() {
    return preProcessor;
  }

  /** Returns the class names, indexed by label. */
  @Override
  public List<String> getLabels() {
    return dataset.classNames();
  }
}
