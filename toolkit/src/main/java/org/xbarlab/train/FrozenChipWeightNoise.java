package org.xbarlab.train;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;
import org.xbarlab.crossbar.CrossbarConfig;
import org.xbarlab.crossbar.EffectiveWeights;
import org.xbarlab.crossbar.MonteCarlo;

/**
 * The weights one programmed chip realises, for fault-aware fine-tuning: layer {@code i} is
 * programmed from {@code chip.split(i)}, so its stuck-at fault map (and any device variation) is
 * the same in every minibatch while the weights it stores keep training; per-read noise, if the
 * config has any, is drawn from the minibatch's {@code rng}.
 *
 * <p>{@link #ofTrial} gives the chip of Monte-Carlo trial {@code t} of
 * {@link MonteCarlo#evaluate} with the same seed (the network layer index of a sequential network
 * is the crossbar layer index), so a network fine-tuned on one chip can be evaluated on exactly
 * that chip.
 *
 * <pre>{@code
 * var sampler = FrozenChipWeightNoise.ofTrial(cfg.withStuckAtFaults(0.05, 5), 42, 0);
 * var setup = TrainingSetup.of(new NoiseModel(sampler, LayerNoiseScale.uniform())).withEpochs(1);
 * }</pre>
 */
public final class FrozenChipWeightNoise implements WeightNoiseSampler {
  private final CrossbarConfig config;
  private final RandomSource chip;
  private final String chipName;

  private FrozenChipWeightNoise(CrossbarConfig config, RandomSource chip, String chipName) {
    this.config = config;
    this.chip = chip;
    this.chipName = chipName;
  }

  /**
   * Returns the sampler of the chip Monte-Carlo trial {@code trial} programs under
   * {@code config} with run seed {@code seed}: {@code RandomSource.seeded(seed).split(trial)
   * .split("chip")}.
   *
   * @param trial trial index, {@code >= 0}
   */
  public static FrozenChipWeightNoise ofTrial(CrossbarConfig config, long seed, int trial) {
    if (config == null) {
      throw new ConfigException("config", null, "a CrossbarConfig with stuck-at faults");
    }
    if (trial < 0) {
      throw new ConfigException("trial", trial, "a trial index >= 0");
    }
    return new FrozenChipWeightNoise(config, MonteCarlo.chipSource(seed, trial),
        "seed " + seed + " trial " + trial);
  }

  /** Returns the weights of an unnamed layer: the chip's layer 0 stream. */
  @Override
  public INDArray sample(LayerRole role, INDArray cleanWeights, RandomSource rng) {
    return sample(role, 0, cleanWeights, rng);
  }

  @Override
  public INDArray sample(LayerRole role, int layerIndex, INDArray cleanWeights, RandomSource rng) {
    INDArray w = EffectiveWeights.program(cleanWeights, config, chip.split(layerIndex)).read(rng);
    return w.dataType() == cleanWeights.dataType() ? w : w.castTo(cleanWeights.dataType());
  }

  /** Returns the design point the chip was programmed under. */
  public CrossbarConfig config() {
    return config;
  }

  @Override
  public TrainingMethod method() {
    return TrainingMethod.FAULT_AWARE;
  }

  @Override
  public String describe() {
    return "FAULT_AWARE chip (" + chipName + ") " + config;
  }

  @Override
  public String toString() {
    return describe();
  }
}
