package org.xbarlab.train;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.xbarlab.RandomSource;
import org.xbarlab.crossbar.CrossbarConfig;

/**
 * Draws the weights a noisy accelerator realises for one read of one layer. The one noise model of
 * a study: training ({@link NoiseAwareTraining}), Monte-Carlo evaluation ({@link NoisyEvaluation})
 * and majority voting all call it, so "trained against" and "evaluated under" never differ.
 *
 * <p>Contract (checked by {@code WeightNoiseSamplerContractTest}): the result has the shape of
 * {@code cleanWeights}, the input is never modified, and the same {@code rng} seed gives the same
 * result.
 *
 * <pre>{@code
 * WeightNoiseSampler resna = WeightNoiseSampler.crossbar(CrossbarConfig.resna());
 * INDArray noisy = resna.sample(LayerRole.DENSE, layer.getParam("W"), RandomSource.seeded(1));
 * }</pre>
 */
public interface WeightNoiseSampler {
  /**
   * Returns one noisy realisation of {@code cleanWeights}.
   *
   * @param role what the layer does (samplers may ignore it; the layer-wise scale is applied by
   *     {@link LayerNoiseScale}, not here)
   * @param cleanWeights the layer's clean weights, dense {@code [nIn x nOut]} or convolution
   *     {@code [out x in x kH x kW]}; not modified
   * @param rng the randomness of this read
   * @return the noisy weights, a new array of the same shape and data type
   */
  INDArray sample(LayerRole role, INDArray cleanWeights, RandomSource rng);

  /**
   * Returns one noisy realisation of {@code cleanWeights} for network layer {@code layerIndex}.
   * Samplers whose noise is tied to a place on the chip (a frozen fault map) override this; the
   * default ignores the index.
   */
  default INDArray sample(LayerRole role, int layerIndex, INDArray cleanWeights, RandomSource rng) {
    return sample(role, cleanWeights, rng);
  }

  /** Returns the training method this sampler stands for. */
  TrainingMethod method();

  /**
   * Returns a stable one-line description of every setting ("RGN sigma_rel=0.1"), used in
   * checkpoint fingerprints and tables.
   */
  String describe();

  /** Returns the sampler that returns the clean weights (noise-unaware training). */
  static WeightNoiseSampler none() {
    return NoWeightNoise.INSTANCE;
  }

  /**
   * Returns RGN: additive Gaussian noise with standard deviation {@code sigmaRelative * max|W|}
   * per layer. See {@link GaussianWeightNoise}.
   *
   * @param sigmaRelative relative standard deviation, in [0, 10]
   */
  static WeightNoiseSampler gaussian(double sigmaRelative) {
    return GaussianWeightNoise.of(sigmaRelative);
  }

  /**
   * Returns PROG: weights on a {@code 2^cellBits}-level grid plus programming noise of a third of
   * a level step. See {@link ProgrammingWeightNoise}.
   *
   * @param cellBits bits per cell, 1..16
   */
  static WeightNoiseSampler programming(int cellBits) {
    return ProgrammingWeightNoise.of(cellBits);
  }

  /**
   * Returns ReSNA's sampler: the crossbar engine's effective weights under {@code config}. See
   * {@link CrossbarWeightNoise}.
   */
  static WeightNoiseSampler crossbar(CrossbarConfig config) {
    return CrossbarWeightNoise.of(config);
  }
}
