package org.xbarlab.data;

import org.xbarlab.ConfigException;

/**
 * The official training and test sets of a dataset.
 *
 * <pre>{@code
 * TrainTestSplit data = FashionMnist.load();
 * int trainImages = data.train().size();   // 60000
 * }</pre>
 *
 * @param train the training set
 * @param test the test set (same image shape and classes)
 */
public record TrainTestSplit(ImageDataset train, ImageDataset test) {

  /**
   * Checks that both sets have the same image shape and classes.
   *
   * @param train the training set
   * @param test the test set
   */
  public TrainTestSplit {
    if (train.channels() != test.channels()
        || train.height() != test.height()
        || train.width() != test.width()
        || !train.classNames().equals(test.classNames())) {
      throw new ConfigException("test", test, "the same image shape and classes as " + train);
    }
  }

  /**
   * Returns a copy with {@code normalization} applied to both sets.
   *
   * @param normalization the normalisation for both sets
   */
  public TrainTestSplit withNormalization(Normalization normalization) {
    return new TrainTestSplit(train.withNormalization(normalization), test.withNormalization(normalization));
  }

  /**
   * Returns a copy with both sets standardised per channel using the training set's mean and
   * standard deviation (the test set never influences the statistics).
   */
  public TrainTestSplit standardized() {
    return withNormalization(train.fitStandardization());
  }
}
