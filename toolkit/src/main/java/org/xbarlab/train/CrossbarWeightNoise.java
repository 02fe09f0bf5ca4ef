package org.xbarlab.train;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;
import org.xbarlab.crossbar.CrossbarConfig;
import org.xbarlab.crossbar.EffectiveWeights;
import org.xbarlab.crossbar.MonteCarlo;
import org.xbarlab.crossbar.MonteCarloResult;
import org.xbarlab.nn.Network;

/**
 * ReSNA's sampler: the weights a crossbar under {@code config} effectively realises for one noisy
 * read, from the crossbar engine ({@link EffectiveWeights#sample}): quantisation to
 * {@code weightBits}, bit slicing over {@code cellBits}, conductance mapping, stuck-at faults,
 * device variation, read noise (thermal + shot + programming, PytorX form, papers.md 1.4), RTN,
 * cycle-to-cycle variation and line resistance, as switched on in the config. Each call programs
 * a fresh chip and reads it once, both from {@code rng}. DAC/ADC act on activations and are not
 * part of the effective weights.
 *
 * <pre>{@code
 * WeightNoiseSampler resna = CrossbarWeightNoise.of(CrossbarConfig.resna().withFrequencyHertz(1e9));
 * }</pre>
 */
public final class CrossbarWeightNoise implements WeightNoiseSampler {
  private final CrossbarConfig config;

  private CrossbarWeightNoise(CrossbarConfig config) {
    this.config = config;
  }

  /**
   * Returns the sampler for one design point.
   *
   * @param config the crossbar design point, for example {@link CrossbarConfig#resna()}
   * @throws ConfigException naming {@code config} if it is null
   */
  public static CrossbarWeightNoise of(CrossbarConfig config) {
    if (config == null) {
      throw new ConfigException("config", null, "a CrossbarConfig, for example CrossbarConfig.resna()");
    }
    return new CrossbarWeightNoise(config);
  }

  /** Returns the design point. */
  public CrossbarConfig config() {
    return config;
  }

  @Override
  public INDArray sample(LayerRole role, INDArray cleanWeights, RandomSource rng) {
    INDArray w = EffectiveWeights.sample(cleanWeights, config, rng);
    return w.dataType() == cleanWeights.dataType() ? w : w.castTo(cleanWeights.dataType());
  }

  /**
   * Returns the crossbar engine's own Monte-Carlo accuracy of {@code network} under this design
   * point (full tiled MVM with DAC/ADC, one chip per trial; residual vertices of a graph run
   * digitally): delegates to
   * {@link MonteCarlo#evaluate(Network, CrossbarConfig, DataSetIterator, int, long)}. Unlike
   * {@link NoisyEvaluation} it applies no {@link LayerNoiseScale} and no majority vote.
   *
   * @param data minibatches (each one read)
   * @param trials number of chips, &gt;= 1
   * @param seed seed of the whole run
   */
  public MonteCarloResult engineMonteCarlo(Network network, DataSetIterator data, int trials, long seed) {
    return MonteCarlo.evaluate(network, config, data, trials, seed);
  }

  /**
   * Like {@link #engineMonteCarlo(Network, DataSetIterator, int, long)} on a data set read in
   * minibatches of 256: delegates to
   * {@link MonteCarlo#evaluate(Network, CrossbarConfig, DataSet, int, long)}.
   */
  public MonteCarloResult engineMonteCarlo(Network network, DataSet data, int trials, long seed) {
    return MonteCarlo.evaluate(network, config, data, trials, seed);
  }

  @Override
  public TrainingMethod method() {
    return TrainingMethod.RESNA;
  }

  @Override
  public String describe() {
    return "RESNA crossbar " + config;
  }

  @Override
  public String toString() {
    return describe();
  }
}
