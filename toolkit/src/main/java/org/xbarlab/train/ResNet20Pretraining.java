package org.xbarlab.train;

import java.nio.file.Path;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.xbarlab.ProgressListener;
import org.xbarlab.data.ImageDataset;
import org.xbarlab.nn.ResNet20;
import org.xbarlab.nn.Network;

/**
 * Noise-unaware pre-training of ResNet-20 (the ICCAD 2021 paper's network) from scratch, with a
 * checkpoint every epoch in one folder per recipe (training data, epochs, seed). The ReSNA notebook
 * and the ReRAM design problem call this with the same recipe and so share one pre-trained network;
 * an interrupted pre-training resumes where it stopped.
 *
 * <pre>{@code
 * ImageDataset train = Cifar10.train().subsetPerClass(5000, 42);
 * Network net = ResNet20Pretraining.train(train, Cifar10.test(), 30, 42, runs, progress);
 * }</pre>
 */
public final class ResNet20Pretraining {
  private ResNet20Pretraining() {}

  /**
   * Returns ResNet-20 trained noise-unaware for {@code epochs} on {@code train}, resuming from (or
   * reusing) the checkpoint under {@code checkpointRoot}.
   *
   * @param train images of at least 8x8 pixels (32x32x3 for CIFAR-10)
   * @param test images for the per-epoch clean accuracy
   * @param epochs 1..10000
   * @param seed seed of the initial weights and the shuffling
   */
  public static Network train(ImageDataset train, ImageDataset test, int epochs, long seed,
      Path checkpointRoot, ProgressListener progress) {
    ComputationGraph start = ResNet20.build(train.height(), train.width(), train.channels(),
        train.classNames().size(), seed);
    return Pretraining.noiseUnaware("resnet20", Network.of(start), train, test, epochs, seed,
        checkpointRoot, progress);
  }
}
