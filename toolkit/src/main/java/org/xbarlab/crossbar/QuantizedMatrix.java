package org.xbarlab.crossbar;

import org.xbarlab.ConfigException;

/**
 * A weight matrix {@code [fanIn x fanOut]} quantised to signed integers and split into cell
 * digits, rows and outputs in physical order (see {@link LayerPermutation}). Quantisation follows PytorX ({@code layer.py}): {@code dW = max|W| / (2^(weightBits-1)-1)},
 * {@code W_int = round(W / dW)}; the error of every weight is at most {@code dW / 2}.
 */
final class QuantizedMatrix {
  final int fanIn;
  final int fanOut;
  final int[] codes; // row-major [fanIn x fanOut]
  final double weightStep;
  final WeightMapping mapping;
  final TileLayout layout;
  final int offsetCode;

  /**
   * Returns the crossbar matrix of a DL4J weight parameter, quantised: a dense {@code W [nIn x nOut]}
   * as it is, a convolution {@code W [out x in x kH x kW]} as its im2col matrix
   * {@code [in*kH*kW x out]}.
   */
  static QuantizedMatrix ofParameter(org.nd4j.linalg.api.ndarray.INDArray w, boolean convolution,
      CrossbarConfig cfg) {
    return ofParameter(w, convolution, cfg, null);
  }

  /**
   * Like {@link #ofParameter(org.nd4j.linalg.api.ndarray.INDArray, boolean, CrossbarConfig)}, with
   * rows and outputs in the physical order of {@code placement} (null: logical order).
   */
  static QuantizedMatrix ofParameter(org.nd4j.linalg.api.ndarray.INDArray w, boolean convolution,
      CrossbarConfig cfg, LayerPermutation placement) {
    org.nd4j.linalg.api.ndarray.INDArray matrix = convolution
        ? w.reshape('c', w.size(0), w.length() / w.size(0)).transpose()
        : w;
    float[] values = matrix.castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT).dup('c').data()
        .asFloat();
    if (placement != null && !placement.isIdentity()) {
      values = placement.toPhysical(values);
    }
    return new QuantizedMatrix(values, (int) matrix.size(0), (int) matrix.size(1), cfg);
  }

  QuantizedMatrix(float[] weights, int fanIn, int fanOut, CrossbarConfig cfg) {
    if (weights.length != fanIn * fanOut) {
      throw new ConfigException("weights.length", weights.length, "fanIn * fanOut");
    }
    this.fanIn = fanIn;
    this.fanOut = fanOut;
    this.mapping = cfg.mapping();
    this.layout = new TileLayout(fanIn, fanOut, cfg);
    int max = mapping.maxWeightCode();
    double maxAbs = 0;
    for (float w : weights) {
      maxAbs = Math.max(maxAbs, Math.abs(w));
    }
    this.weightStep = maxAbs > 0 ? maxAbs / max : 1.0;
    this.codes = new int[weights.length];
    for (int k = 0; k < weights.length; k++) {
      long c = Math.round(weights[k] / weightStep);
      codes[k] = (int) Math.max(-max, Math.min(max, c));
    }
    this.offsetCode = mapping.scheme() == MappingScheme.OFFSET_REFERENCE_COLUMN ? max : 0;
  }

  /** Returns the cell digit (0 .. 2^cellBits-1) of weight {@code k}, slice, polarity. */
  int digit(int k, int slice, int polarity) {
    int code = codes[k];
    int value;
    if (mapping.scheme().isDifferential()) {
      if (polarity == 0) {
        value = code > 0 ? code : 0;
      } else {
        value = code < 0 ? -code : 0;
      }
    } else {
      value = code + offsetCode;
    }
    int c = mapping.cellBits();
    return (value >>> (slice * c)) & ((1 << c) - 1);
  }

  /**
   * Returns the target conductance of the cell holding slice {@code slice}, polarity
   * {@code polarity} of weight {@code k}: {@code Gmin + digit dG}, or, with zeros at Gmax,
   * {@code Gmax - digit(other polarity) dG} (the same difference per pair).
   */
  double conductance(int k, int slice, int polarity, double gMinSiemens, double gMaxSiemens,
      double levelStepSiemens) {
    if (mapping.scheme().zeroAtGmax()) {
      return gMaxSiemens - digit(k, slice, 1 - polarity) * levelStepSiemens;
    }
    return gMinSiemens + digit(k, slice, polarity) * levelStepSiemens;
  }

  /**
   * Returns the conductance the cell of {@link #conductance} reaches when programmed open-loop:
   * {@code levels[digit]}, the pulse response's level table for this mapping's zero state.
   */
  double programmedConductance(int k, int slice, int polarity, double[] levels) {
    return levels[digit(k, slice, mapping.scheme().zeroAtGmax() ? 1 - polarity : polarity)];
  }

  /** Returns the largest digit any cell of slice {@code s} can hold. */
  int maxDigit(int slice) {
    int c = mapping.cellBits();
    int top = mapping.scheme().isDifferential() ? mapping.maxWeightCode()
        : 2 * mapping.maxWeightCode();
    int remaining = top >>> (slice * c);
    return Math.min(remaining, (1 << c) - 1);
  }

  /**
   * Returns the weights {@code [fanIn x fanOut]} (this matrix's order) that per-slice effective cell
   * values in level units realise: shift-and-add of the slices times {@code dW}, minus the offset.
   */
  float[] weightsOf(float[][] cells) {
    int n = fanIn * fanOut;
    float[] w = new float[n];
    int cellBits = mapping.cellBits();
    for (int s = 0; s < cells.length; s++) {
      double shift = Math.pow(2, (double) s * cellBits) * weightStep;
      float[] ds = cells[s];
      for (int k = 0; k < n; k++) {
        w[k] += (float) (ds[k] * shift);
      }
    }
    if (offsetCode != 0) {
      float off = (float) (offsetCode * weightStep);
      for (int k = 0; k < n; k++) {
        w[k] -= off;
      }
    }
    return w;
  }

  /** Returns the dequantised weight {@code codes[k] * dW}. */
  double dequantized(int k) {
    return codes[k] * weightStep;
  }
}
