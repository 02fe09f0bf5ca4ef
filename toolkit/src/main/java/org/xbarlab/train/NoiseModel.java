package org.xbarlab.train;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;
import org.xbarlab.crossbar.CrossbarConfig;

/**
 * A sampler plus its layer-wise scale: the complete weight-noise model of one study, used alike by
 * training ({@link NoiseAwareTraining}) and evaluation ({@link NoisyEvaluation}).
 *
 * <pre>{@code
 * NoiseModel hw = NoiseModel.resna(CrossbarConfig.resna());     // crossbar noise, conv scale 0.5
 * NoiseModel rgn = NoiseModel.rgn(0.1);                          // Gaussian, uniform scale
 * INDArray w = hw.noisyWeights(LayerRole.DENSE, cleanW, RandomSource.seeded(3));
 * }</pre>
 *
 * @param sampler draws a noisy realisation of a layer's weights
 * @param layerScale scales the deviation per layer role
 */
public record NoiseModel(WeightNoiseSampler sampler, LayerNoiseScale layerScale) {
  /** Validates that both parts are present. */
  public NoiseModel {
    if (sampler == null) {
      throw new ConfigException("sampler", null, "a WeightNoiseSampler, e.g. WeightNoiseSampler.none()");
    }
    if (layerScale == null) {
      throw new ConfigException("layerScale", null, "a LayerNoiseScale, e.g. LayerNoiseScale.uniform()");
    }
  }

  /** Returns the noise-free model. */
  public static NoiseModel none() {
    return new NoiseModel(WeightNoiseSampler.none(), LayerNoiseScale.uniform());
  }

  /** Returns RGN with relative sigma in [0, 10], uniform over layers. */
  public static NoiseModel rgn(double sigmaRelative) {
    return new NoiseModel(WeightNoiseSampler.gaussian(sigmaRelative), LayerNoiseScale.uniform());
  }

  /** Returns PROG with {@code cellBits} in 1..16, uniform over layers. */
  public static NoiseModel prog(int cellBits) {
    return new NoiseModel(WeightNoiseSampler.programming(cellBits), LayerNoiseScale.uniform());
  }

  /** Returns ReSNA's model: crossbar noise under {@code config}, {@link LayerNoiseScale#resnaDefault()}. */
  public static NoiseModel resna(CrossbarConfig config) {
    return new NoiseModel(WeightNoiseSampler.crossbar(config), LayerNoiseScale.resnaDefault());
  }

  /** Returns a copy with another layer-wise scale. */
  public NoiseModel withLayerScale(LayerNoiseScale scale) {
    return new NoiseModel(sampler, scale);
  }

  /** Returns the training method the sampler stands for. */
  public TrainingMethod method() {
    return sampler.method();
  }

  /**
   * Returns one noisy realisation {@code W + scale(role) * (sample - W)} of {@code cleanWeights}
   * (a new array of the same shape; the input is not modified).
   */
  public INDArray noisyWeights(LayerRole role, INDArray cleanWeights, RandomSource rng) {
    return scaled(role, cleanWeights, sampler.sample(role, cleanWeights, rng));
  }

  /** Like {@link #noisyWeights(LayerRole, INDArray, RandomSource)} for network layer {@code layerIndex}. */
  public INDArray noisyWeights(LayerRole role, int layerIndex, INDArray cleanWeights,
      RandomSource rng) {
    return scaled(role, cleanWeights, sampler.sample(role, layerIndex, cleanWeights, rng));
  }

  private INDArray scaled(LayerRole role, INDArray cleanWeights, INDArray sample) {
    double s = layerScale.scale(role);
    if (s == 1.0) {
      return sample;
    }
    return sample.subi(cleanWeights).muli(s).addi(cleanWeights);
  }

  /** Returns a stable text form: sampler and layer scale. */
  public String describe() {
    return sampler.describe() + "; layerScale " + layerScale.describe();
  }
}
