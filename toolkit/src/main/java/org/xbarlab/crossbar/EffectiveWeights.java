package org.xbarlab.crossbar;

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
  private final LayerPermutation placement;

  private EffectiveWeights(ProgrammedMatrix cells, long[] shape, boolean convolution,
      LayerPermutation placement) {
    this.cells = cells;
    this.shape = shape;
    this.convolution = convolution;
    this.placement = placement;
  }

  /**
   * Programs one chip for {@code weights}: dense {@code W [nIn x nOut]} or convolution
   * {@code W [out x in x kH x kW]}; faults and device variation are drawn from {@code chipRng}.
   */
  public static EffectiveWeights program(INDArray weights, CrossbarConfig config,
      RandomSource chipRng) {
    return program(weights, config, chipRng, null, true);
  }

  /**
   * Programs {@code weights} placed by {@code placement} with line resistance only (no faults,
   * variation or noise): what the tiles of a remapped layer deterministically realise. Reads return
   * logical order.
   */
  public static EffectiveWeights programLineResistanceOnly(INDArray weights, CrossbarConfig config,
      LayerPermutation placement) {
    return program(weights, config, RandomSource.seeded(0), placement, false);
  }

  private static EffectiveWeights program(INDArray weights, CrossbarConfig config,
      RandomSource chipRng, LayerPermutation placement, boolean nonIdeal) {
    boolean conv;
    if (weights.rank() == 2) {
      conv = false;
    } else if (weights.rank() == 4) {
      conv = true;
    } else {
      throw new ConfigException("weights.rank", weights.rank(),
          "2 (dense [nIn x nOut]) or 4 (convolution [out x in x kH x kW])");
    }
    QuantizedMatrix q = QuantizedMatrix.ofParameter(weights, conv, config, placement);
    if (placement != null && (placement.fanIn() != q.fanIn || placement.fanOut() != q.fanOut)) {
      throw new ConfigException("placement", placement.fanIn() + " x " + placement.fanOut(),
          "the weights' shape " + q.fanIn + " x " + q.fanOut + " (fan-in x fan-out)");
    }
    LayerPermutation p = placement == null ? LayerPermutation.identity(q.fanIn, q.fanOut)
        : placement;
    return new EffectiveWeights(new ProgrammedMatrix(q, config, chipRng, nonIdeal),
        weights.shape(), conv, p);
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
    QuantizedMatrix q = cells.q;
    return toParameterShape(placement.toLogical(q.weightsOf(cells.read(readRng))), q.fanIn,
        q.fanOut, shape, convolution);
  }

  /** Returns a logical {@code [fanIn x fanOut]} matrix in DL4J's parameter shape. */
  static INDArray toParameterShape(float[] w, int fanIn, int fanOut, long[] shape,
      boolean convolution) {
    INDArray m = Nd4j.createFromArray(w).reshape('c', fanIn, fanOut);
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
