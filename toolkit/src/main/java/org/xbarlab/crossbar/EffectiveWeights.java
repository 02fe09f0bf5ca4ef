package org.xbarlab.crossbar;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;

/**
 * The weights a crossbar effectively realises, in the shape of the DL4J parameter, for noise-aware
 * training (ReSNA): quantisation to {@code weightBits}, bit slicing, conductance mapping, stuck-at
 * faults, device-to-device variation, per-read noise (read noise, RTN, cycle-to-cycle) and line
 * resistance (FIRST_ORDER / EXACT, per tile position), then shift-and-add back to weights. DAC and
 * ADC act on activations and are not included.
 *
 * <pre>{@code
 * INDArray wNoisy = EffectiveWeights.sample(layer.getParam("W"), CrossbarConfig.resna(), rng);
 * // or keep one chip (frozen faults/variation) and draw reads:
 * EffectiveWeights chip = EffectiveWeights.program(w, cfg, chipRng);
 * INDArray read1 = chip.read(rng.split(1));
 * }</pre>
 */
public final class EffectiveWeights {
  private final ProgrammedMatrix cells;
  private final long[] shape;
  private final boolean convolution;
  private final CrossbarConfig config;

  private EffectiveWeights(ProgrammedMatrix cells, long[] shape, boolean convolution,
      CrossbarConfig config) {
    this.cells = cells;
    this.shape = shape;
    this.convolution = convolution;
    this.config = config;
  }

  /**
   * Programs one chip for {@code weights}: dense {@code W [nIn x nOut]} or convolution
   * {@code W [out x in x kH x kW]}; faults and device variation are drawn from {@code chipRng}.
   */
  public static EffectiveWeights program(INDArray weights, CrossbarConfig config,
      RandomSource chipRng) {
    boolean conv;
    if (weights.rank() == 2) {
      conv = false;
    } else if (weights.rank() == 4) {
      conv = true;
    } else {
      throw new ConfigException("weights.rank", weights.rank(),
          "2 (dense [nIn x nOut]) or 4 (convolution [out x in x kH x kW])");
    }
    QuantizedMatrix q = QuantizedMatrix.ofParameter(weights, conv, config);
    return new EffectiveWeights(new ProgrammedMatrix(q, config, chipRng, true), weights.shape(),
        conv, config);
  }

  /**
   * Returns the weights realised by one noisy read of a freshly programmed chip; same shape as
   * {@code weights}. Equivalent to {@code program(weights, cfg, rng.split("chip")).read(rng.split("read"))}.
   */
  public static INDArray sample(INDArray weights, CrossbarConfig config, RandomSource rng) {
    return program(weights, config, rng.split("chip")).read(rng.split("read"));
  }

  /** Returns the weights of one read of this chip (fresh per-read noise from {@code readRng}). */
  public INDArray read(RandomSource readRng) {
    float[][] d = cells.read(readRng);
    QuantizedMatrix q = cells.q;
    int n = q.fanIn * q.fanOut;
    float[] w = new float[n];
    int cellBits = config.mapping().cellBits();
    for (int s = 0; s < d.length; s++) {
      double shift = Math.pow(2, (double) s * cellBits) * q.weightStep;
      float[] ds = d[s];
      for (int k = 0; k < n; k++) {
        w[k] += (float) (ds[k] * shift);
      }
    }
    if (q.offsetCode != 0) {
      float off = (float) (q.offsetCode * q.weightStep);
      for (int k = 0; k < n; k++) {
        w[k] -= off;
      }
    }
    INDArray m = Nd4j.createFromArray(w).reshape('c', q.fanIn, q.fanOut);
    if (convolution) {
      return m.transpose().dup('c').reshape('c', shape);
    }
    return m;
  }

  /** Returns the weight quantisation step {@code dW = max|W| / (2^(weightBits-1)-1)}. */
  public double weightStep() {
    return cells.q.weightStep;
  }
}
