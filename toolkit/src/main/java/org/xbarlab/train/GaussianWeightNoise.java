package org.xbarlab.train;

import java.util.Locale;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;

/**
 * Baseline RGN (papers.md 1.5): {@code W + N(0, (sigmaRelative * max|W|)^2)} element-wise, the
 * maximum taken over the layer, a fresh draw per read. The relative scale mirrors a conductance
 * window, which fixes noise relative to the largest weight. Biases are never passed here.
 *
 * <pre>{@code
 * WeightNoiseSampler rgn = GaussianWeightNoise.of(0.1);
 * }</pre>
 */
public final class GaussianWeightNoise implements WeightNoiseSampler {
  private final double sigmaRelative;

  private GaussianWeightNoise(double sigmaRelative) {
    this.sigmaRelative = sigmaRelative;
  }

  /**
   * Returns the sampler.
   *
   * @param sigmaRelative standard deviation as a fraction of the layer's max |W|, in [0, 10]
   * @throws ConfigException naming {@code sigmaRelative} if out of range
   */
  public static GaussianWeightNoise of(double sigmaRelative) {
    if (!(sigmaRelative >= 0 && sigmaRelative <= 10)) {
      throw new ConfigException("sigmaRelative", sigmaRelative, "a fraction of max |W| in [0, 10]");
    }
    return new GaussianWeightNoise(sigmaRelative);
  }

  /** Returns the relative standard deviation. */
  public double sigmaRelative() {
    return sigmaRelative;
  }

  /** Returns the absolute standard deviation this sampler uses for {@code cleanWeights}. */
  public double sigmaFor(INDArray cleanWeights) {
    return sigmaRelative * cleanWeights.amaxNumber().doubleValue();
  }

  @Override
  public INDArray sample(LayerRole role, INDArray cleanWeights, RandomSource rng) {
    return cleanWeights.add(gaussian(cleanWeights, sigmaFor(cleanWeights), rng));
  }

  /** Returns {@code sigma * N(0,1)} noise shaped like {@code like} (c order, same data type). */
  static INDArray gaussian(INDArray like, double sigma, RandomSource rng) {
    float[] noise = new float[Math.toIntExact(like.length())];
    rng.fillGaussian(noise);
    return Nd4j.create(noise, like.shape(), 'c').castTo(like.dataType()).muli(sigma);
  }

  @Override
  public TrainingMethod method() {
    return TrainingMethod.RGN;
  }

  @Override
  public String describe() {
    return String.format(Locale.ROOT, "RGN sigma_rel=%s", sigmaRelative);
  }

  @Override
  public String toString() {
    return describe();
  }
}
