package org.xbarlab.train;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.xbarlab.RandomSource;

/** The clean weights, copied: the noise-unaware baseline. Obtain through {@link WeightNoiseSampler#none()}. */
final class NoWeightNoise implements WeightNoiseSampler {
  static final NoWeightNoise INSTANCE = new NoWeightNoise();

  private NoWeightNoise() {}

  @Override
  public INDArray sample(LayerRole role, INDArray cleanWeights, RandomSource rng) {
    return cleanWeights.dup();
  }

  @Override
  public TrainingMethod method() {
    return TrainingMethod.NOISE_UNAWARE;
  }

  @Override
  public String describe() {
    return "NOISE_UNAWARE";
  }

  @Override
  public String toString() {
    return describe();
  }
}
