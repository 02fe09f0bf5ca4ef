package org.xbarlab.train;

import java.util.Locale;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;

/**
 * Baseline PROG (papers.md 1.5): programming noise only, as PytorX models it (papers.md 1.4, the
 * {@code (dG/3)^2} term). The layer's weight range {@code [-max|W|, +max|W|]} is divided into
 * {@code 2^cellBits} levels of step {@code dW = 2 max|W| / 2^cellBits}; each weight is rounded to
 * the grid (clamped to the range), then {@code N(0, (dW/3)^2)} is added. So the noise standard
 * deviation is {@code (w range / 2^cellBits) / 3} around the quantised weight. No thermal, shot or
 * telegraph noise, no dependence on frequency or temperature: that is what makes it a baseline.
 *
 * <pre>{@code
 * WeightNoiseSampler prog = ProgrammingWeightNoise.of(8);
 * }</pre>
 */
public final class ProgrammingWeightNoise implements WeightNoiseSampler {
  private final int cellBits;

  private ProgrammingWeightNoise(int cellBits) {
    this.cellBits = cellBits;
  }

  /**
   * Returns the sampler.
   *
   * @param cellBits bits per cell, 1..16 ({@code 2^cellBits} levels over the weight range)
   * @throws ConfigException naming {@code cellBits} if out of range
   */
  public static ProgrammingWeightNoise of(int cellBits) {
    if (cellBits < 1 || cellBits > 16) {
      throw new ConfigException("cellBits", cellBits, "an integer in 1..16");
    }
    return new ProgrammingWeightNoise(cellBits);
  }

  /** Returns the bits per cell. */
  public int cellBits() {
    return cellBits;
  }

  /** Returns the level step {@code dW = 2 max|W| / 2^cellBits} in weight units. */
  public double levelStep(INDArray cleanWeights) {
    return 2 * cleanWeights.amaxNumber().doubleValue() / Math.pow(2, cellBits);
  }

  /** Returns the noise standard deviation {@code dW / 3} in weight units. */
  public double sigmaFor(INDArray cleanWeights) {
    return levelStep(cleanWeights) / 3;
  }

  /** Returns the clean weights rounded to the level grid (no noise), same shape. */
  public INDArray quantize(INDArray cleanWeights) {
    double step = levelStep(cleanWeights);
    if (step == 0) {
      return cleanWeights.dup();
    }
    double max = cleanWeights.amaxNumber().doubleValue();
    INDArray q = Transforms.round(cleanWeights.div(step), false).muli(step);
    return Transforms.min(Transforms.max(q, -max, false), max, false);
  }

  @Override
  public INDArray sample(LayerRole role, INDArray cleanWeights, RandomSource rng) {
    INDArray q = quantize(cleanWeights);
    return q.addi(GaussianWeightNoise.gaussian(cleanWeights, sigmaFor(cleanWeights), rng));
  }

  @Override
  public TrainingMethod method() {
    return TrainingMethod.PROG;
  }

  @Override
  public String describe() {
    return String.format(Locale.ROOT, "PROG cellBits=%d", cellBits);
  }

  @Override
  public String toString() {
    return describe();
  }
}
