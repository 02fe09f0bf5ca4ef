package org.xbarlab.train;

import java.nio.file.Path;
import org.xbarlab.ConfigException;
import org.xbarlab.ProgressListener;
import org.xbarlab.data.Cifar10;
import org.xbarlab.data.ImageDataset;
import org.xbarlab.nn.Network;
import org.xbarlab.nn.VggNet;

/**
 * Noise-unaware pre-training of any network from scratch, with a checkpoint every epoch in one
 * folder per recipe (architecture, training data, epochs, seed): notebooks that name the same
 * recipe share one pre-trained network, and an interrupted pre-training resumes where it stopped.
 *
 * <pre>{@code
 * Network vgg = Pretraining.noiseUnaware("vgg16", Network.of(VggNet.vgg16(32, 32, 3, 10, 42)),
 *     Cifar10.train(), Cifar10.test(), 60, 42, runs, progress);
 * }</pre>
 */
public final class Pretraining {
  private Pretraining() {}

  /**
   * Returns VGG16 ({@code VggNet.vgg16}) pre-trained noise-unaware on all of CIFAR-10 for
   * {@code epochs} (clean accuracy per epoch on 200 test images per class), checkpointed under
   * {@code checkpointRoot}: notebook 05's full profile, the X-CHANGR paper's network.
   */
  public static Network vgg16Cifar10(int epochs, long seed, Path checkpointRoot,
      ProgressListener progress) {
    return noiseUnaware("vgg16", Network.of(VggNet.vgg16(32, 32, 3, 10, seed)), Cifar10.train(),
        Cifar10.test().subsetPerClass(200, seed), epochs, seed, checkpointRoot, progress);
  }

  /**
   * Returns NeuroSim's VGG-8 ({@code VggNet.vgg8}) pre-trained noise-unaware on all of CIFAR-10 for
   * {@code epochs}, checkpointed under {@code checkpointRoot}: notebook 06's full profile, the
   * stuck-at-fault paper's network.
   */
  public static Network vgg8Cifar10(int epochs, long seed, Path checkpointRoot,
      ProgressListener progress) {
    return noiseUnaware("vgg8", Network.of(VggNet.vgg8(32, 32, 3, 10, seed)), Cifar10.train(),
        Cifar10.test().subsetPerClass(200, seed), epochs, seed, checkpointRoot, progress);
  }

  /**
   * Returns {@code start} trained noise-unaware for {@code epochs} on {@code train}, resuming from
   * (or reusing) the checkpoint under {@code checkpointRoot}.
   *
   * @param architecture short name of the network, part of the recipe folder name
   * @param start freshly initialised network (trained in place)
   * @param train training images
   * @param test images for the per-epoch clean accuracy
   * @param epochs 1..10000
   * @param seed seed of the shuffling (and, by convention, of {@code start}'s weights)
   */
  public static Network noiseUnaware(String architecture, Network start, ImageDataset train,
      ImageDataset test, int epochs, long seed, Path checkpointRoot, ProgressListener progress) {
    if (epochs < 1 || epochs > 10000) {
      throw new ConfigException("epochs", epochs, "an integer in 1..10000");
    }
    if (architecture == null || !architecture.matches("[A-Za-z0-9._-]+")) {
      throw new ConfigException("architecture", architecture, "a short name of letters, digits, . _ -");
    }
    String recipe = String.format("%s-pretraining-%s-%dep-seed%d", architecture,
        train.name().replaceAll("[^A-Za-z0-9._-]+", "_"), epochs, seed);
    TrainingSetup setup = TrainingSetup.noiseUnaware().withEpochs(epochs).withSeed(seed)
        .withCheckpointDirectory(checkpointRoot.resolve(recipe));
    return NoiseAwareTraining.train(start, setup, train, test, progress).network();
  }
}
