package org.xbarlab.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

/** Top-1 accuracy of a network on labelled data (labels one-hot, {@code [n x classes]}). */
public final class Accuracy {
  private Accuracy() {}

  /** Returns the fraction of examples whose arg-max output equals the arg-max label, in [0, 1]. */
  public static double top1(Network net, DataSetIterator data) {
    data.reset();
    long correct = 0;
    long total = 0;
    while (data.hasNext()) {
      DataSet batch = data.next();
      correct += correctCount(net.output(batch.getFeatures()), batch.getLabels());
      total += batch.numExamples();
    }
    data.reset();
    if (total == 0) {
      throw new IllegalArgumentException("the evaluation data holds no examples");
    }
    return (double) correct / total;
  }

  /** Returns the fraction of examples in {@code batch} the network classifies correctly. */
  public static double top1(Network net, DataSet batch) {
    return (double) correctCount(net.output(batch.getFeatures()), batch.getLabels()) / batch.numExamples();
  }

  /** Returns how many rows of {@code outputs} have their arg-max where {@code labels} has it. */
  public static long correctCount(INDArray outputs, INDArray labels) {
    INDArray predicted = outputs.argMax(1);
    INDArray actual = labels.argMax(1);
    return predicted.eq(actual).castTo(org.nd4j.linalg.api.buffer.DataType.INT).sumNumber().longValue();
  }
}
