package org.xbarlab.train;

import java.nio.file.Path;
import java.util.Optional;
import org.xbarlab.ConfigException;
import org.xbarlab.crossbar.CrossbarConfig;

/**
 * How to fine-tune a pre-trained network: the training noise model, epochs, minibatch size, seed
 * and where to checkpoint. Immutable; change by {@code with...} copies.
 *
 * <pre>{@code
 * TrainingSetup s = TrainingSetup.resna(CrossbarConfig.resna()).withEpochs(3).withSeed(7)
 *     .withCheckpointDirectory(Path.of("runs/resna"));
 * }</pre>
 *
 * @param noise the noise injected while training ({@link NoiseModel#none()} for noise-unaware)
 * @param epochs epochs to reach in total (a resumed run continues up to this), 1..10000
 * @param batchSize images per minibatch, 1..65536
 * @param seed seed of shuffles and training noise
 * @param checkpointDirectory where a checkpoint is written after every epoch and resumed from
 */
public record TrainingSetup(NoiseModel noise, int epochs, int batchSize, long seed,
    Optional<Path> checkpointDirectory) {
  /** Validates every field; throws {@link ConfigException} naming the field. */
  public TrainingSetup {
    if (noise == null) {
      throw new ConfigException("noise", null, "a NoiseModel, e.g. NoiseModel.none()");
    }
    if (epochs < 1 || epochs > 10_000) {
      throw new ConfigException("epochs", epochs, "an integer in 1..10000");
    }
    if (batchSize < 1 || batchSize > 65_536) {
      throw new ConfigException("batchSize", batchSize, "an integer in 1..65536");
    }
    if (checkpointDirectory == null) {
      throw new ConfigException("checkpointDirectory", null, "Optional.empty() or a directory");
    }
  }

  /** Returns a setup with {@code noise}, 1 epoch, minibatch 64, seed 0 and no checkpoints. */
  public static TrainingSetup of(NoiseModel noise) {
    return new TrainingSetup(noise, 1, 64, 0L, Optional.empty());
  }

  /** Returns noise-unaware fine-tuning (clean weights). */
  public static TrainingSetup noiseUnaware() {
    return of(NoiseModel.none());
  }

  /** Returns the RGN baseline with relative sigma in [0, 10]. */
  public static TrainingSetup rgn(double sigmaRelative) {
    return of(NoiseModel.rgn(sigmaRelative));
  }

  /** Returns the PROG baseline with {@code cellBits} in 1..16. */
  public static TrainingSetup prog(int cellBits) {
    return of(NoiseModel.prog(cellBits));
  }

  /** Returns ReSNA under the crossbar design point {@code config}. */
  public static TrainingSetup resna(CrossbarConfig config) {
    return of(NoiseModel.resna(config));
  }

  /**
   * Returns fine-tuning with the crossbar's effective weights under {@code config} in the loop at
   * full strength on every layer (ReSNA's sampler with a uniform layer scale): the network learns
   * the deterministic distortions of the design point, for example a non-linear pulse response.
   */
  public static TrainingSetup deviceAware(CrossbarConfig config) {
    return of(new NoiseModel(WeightNoiseSampler.crossbar(config), LayerNoiseScale.uniform()));
  }

  /** Returns the training method. */
  public TrainingMethod method() {
    return noise.method();
  }

  /** Returns a copy with another noise model. */
  public TrainingSetup withNoise(NoiseModel value) {
    return new TrainingSetup(value, epochs, batchSize, seed, checkpointDirectory);
  }

  /** Returns a copy training to {@code value} epochs in total. */
  public TrainingSetup withEpochs(int value) {
    return new TrainingSetup(noise, value, batchSize, seed, checkpointDirectory);
  }

  /** Returns a copy with another minibatch size. */
  public TrainingSetup withBatchSize(int value) {
    return new TrainingSetup(noise, epochs, value, seed, checkpointDirectory);
  }

  /** Returns a copy with another seed. */
  public TrainingSetup withSeed(long value) {
    return new TrainingSetup(noise, epochs, batchSize, value, checkpointDirectory);
  }

  /** Returns a copy that checkpoints to, and resumes from, {@code directory}. */
  public TrainingSetup withCheckpointDirectory(Path directory) {
    if (directory == null) {
      throw new ConfigException("checkpointDirectory", null, "a directory path");
    }
    return new TrainingSetup(noise, epochs, batchSize, seed, Optional.of(directory));
  }

  /** Returns a copy without checkpoints. */
  public TrainingSetup withoutCheckpoints() {
    return new TrainingSetup(noise, epochs, batchSize, seed, Optional.empty());
  }
}
