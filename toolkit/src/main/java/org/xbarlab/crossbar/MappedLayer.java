package org.xbarlab.crossbar;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.util.ConvolutionUtils;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.xbarlab.XbarLabException;
import org.xbarlab.nn.LayerKind;

/**
 * One weighted layer on crossbar tiles: its quantised matrix, the DAC range of its input and the
 * ADC range of every (row tile, slice) partial sum, and the tiled forward computation. The ADC range
 * of a (row tile, slice) is shared by all column tiles of that row tile (calibrated on the largest
 * partial sum of any of its columns).
 */
final class MappedLayer {
  /** Floats per group of images for the unfolded drive and for the partial sums (16 MB each). */
  private static final long GROUP_FLOATS = 1L << 22;

  final int index;
  final String name;
  final LayerKind kind;
  final QuantizedMatrix matrix; // physical order
  final LayerPermutation placement;
  final INDArray bias; // [1 x fanOut] or null
  private final float[] biasValues; // bias as floats, or null
  final IActivation activation;
  final CrossbarConfig cfg;
  final long[] weightShape;
  // convolution geometry
  final int[] kernel;
  final int[] stride;
  final int[] padding;
  final int[] dilation;
  final ConvolutionMode mode;
  // calibration (set once in CrossbarMapping.map)
  boolean calibrated;
  double dacStep;
  boolean dacSigned;
  double[][] adcStep; // [rowTile][slice]
  boolean[][] adcSigned;
  long outputPositions = 1;

  MappedLayer(int index, String name, LayerKind kind, QuantizedMatrix matrix,
      LayerPermutation placement, INDArray bias, IActivation activation, CrossbarConfig cfg,
      long[] weightShape, ConvolutionLayer conv) {
    this.index = index;
    this.name = name;
    this.kind = kind;
    this.matrix = matrix;
    this.placement = placement;
    this.bias = bias;
    this.biasValues = bias == null ? null : bias.dup('c').data().asFloat();
    this.activation = activation;
    this.cfg = cfg;
    this.weightShape = weightShape;
    if (conv != null) {
      if (conv.getCnn2dDataFormat() != null && conv.getCnn2dDataFormat() != CNN2DFormat.NCHW) {
        throw new XbarLabException("layer " + index + " (" + name + "): only NCHW convolutions are"
            + " supported, got " + conv.getCnn2dDataFormat());
      }
      kernel = conv.getKernelSize();
      stride = conv.getStride();
      padding = conv.getPadding();
      dilation = conv.getDilation();
      mode = conv.getConvolutionMode();
    } else {
      kernel = null;
      stride = null;
      padding = null;
      dilation = null;
      mode = null;
    }
  }

  /** Returns the im2col geometry of input {@code x} (after the DAC) for this layer. */
  ColumnUnfolding unfolding(INDArray x) {
    if (kind == LayerKind.DENSE) {
      if (x.rank() != 2 || x.size(1) != matrix.fanIn) {
        throw new XbarLabException("layer " + index + " (" + name + ") expects [batch x "
            + matrix.fanIn + "] input, got shape " + java.util.Arrays.toString(x.shape()));
      }
      return ColumnUnfolding.dense(matrix.fanIn);
    }
    if (x.rank() != 4 || x.size(1) * kernel[0] * kernel[1] != matrix.fanIn) {
      throw new XbarLabException("layer " + index + " (" + name + ") expects [batch x "
          + matrix.fanIn / (kernel[0] * kernel[1]) + " x H x W] input, got shape "
          + java.util.Arrays.toString(x.shape()));
    }
    int[] out;
    int[] pad;
    int[] inHw = {(int) x.size(2), (int) x.size(3)};
    if (mode == ConvolutionMode.Same) {
      out = ConvolutionUtils.getOutputSize(x, kernel, stride, null, mode, dilation);
      pad = ConvolutionUtils.getSameModeTopLeftPadding(out, inHw, kernel, stride, dilation);
    } else {
      pad = padding;
      out = ConvolutionUtils.getOutputSize(x, kernel, stride, padding, mode, dilation);
    }
    return ColumnUnfolding.convolution((int) x.size(1), inHw[0], inHw[1], kernel, stride, pad,
        dilation, out[0], out[1]);
  }

  /**
   * Runs the layer on crossbar tiles. With {@code calibrate} true, first sets the DAC range from
   * {@code x} and each ADC range from the partial sums seen (per the config's policy).
   *
   * <p>Work is split in groups of images: each group is unfolded to the tiles' word-line drive
   * (K-major, so a row tile is a contiguous block), every row tile is one ND4J GEMM for all its
   * slices, and the ADC (round, clip, shift-and-add of slices and row tiles) is one fused pass.
   *
   * @param x layer input (after any preprocessor)
   * @param cells per-slice effective cell values in level units, each row-major
   *     {@code [fanIn x fanOut]}
   */
  INDArray forward(INDArray x, float[][] cells, boolean calibrate) {
    return forward(x, cells, null, calibrate);
  }

  /**
   * Like {@link #forward(INDArray, float[][], boolean)}, then adds the digital stuck-at correction
   * to the accumulated sums when {@code correction} is not null.
   */
  INDArray forward(INDArray x, float[][] cells, StuckAtCorrection correction, boolean calibrate) {
    TileLayout layout = matrix.layout;
    INDArray xf = x.castTo(DataType.FLOAT);
    if (xf.ordering() != 'c' || xf.isView()) {
      xf = xf.dup('c');
    }
    if (calibrate) {
      double max = xf.amaxNumber().doubleValue();
      dacSigned = xf.minNumber().doubleValue() < 0;
      dacStep = max > 0 ? max / dacLevels() : 1.0;
    }
    ColumnUnfolding unfolding = unfolding(xf);
    int n = (int) xf.size(0);
    float[] codes = new float[(int) xf.length()];
    NativeFloats.copyTo(xf, codes);
    Dac.quantise(codes, dacStep, dacSigned ? -dacLevels() : 0, dacLevels());
    int positions = unfolding.positions();
    if (calibrate) {
      outputPositions = positions;
      calibrateAdc(codes, n, unfolding, cells);
    }
    double[][] toLevels = new double[layout.rowTiles()][layout.slices()];
    for (int t = 0; t < toLevels.length; t++) {
      for (int s = 0; s < layout.slices(); s++) {
        toLevels[t][s] = 1.0 / adcStep[t][s];
      }
    }
    TileWeights weights = TileWeights.of(layout, cells, toLevels);
    int fanOut = matrix.fanOut;
    float[] out = new float[n * fanOut * positions];
    int group = imagesPerGroup(unfolding);
    for (int b0 = 0; b0 < n; b0 += group) {
      int b1 = Math.min(n, b0 + group);
      int columns = (b1 - b0) * positions;
      float[] drive = placement.rowsToPhysical(unfolding.unfold(codes, b0, b1), columns);
      float[] acc = new float[fanOut * columns];
      accumulate(drive, columns, weights, acc);
      if (correction != null) {
        correction.addTo(drive, columns, acc);
      }
      writeOutputs(drive, columns, acc, b0, b1, positions, out);
    }
    INDArray z = kind == LayerKind.CONVOLUTION
        ? NativeFloats.toNd(out, 0, n, fanOut, unfolding.outputHeight(), unfolding.outputWidth())
        : NativeFloats.toNd(out, 0, n, fanOut);
    return activation.getActivation(z, false);
  }

  /** Images per group: keeps the unfolded drive and the partial sums within GROUP_FLOATS. */
  private int imagesPerGroup(ColumnUnfolding u) {
    long perImage = (long) u.positions()
        * Math.max(matrix.fanIn, (long) matrix.layout.slices() * matrix.fanOut);
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, GROUP_FLOATS / perImage));
  }

  /**
   * Adds the digitised partial sums of every (input bit plane, row tile, slice) of one group of
   * columns to {@code acc [fanOut x columns]}, in level units times the DAC step of the codes.
   */
  private void accumulate(float[] drive, int columns, TileWeights weights, float[] acc) {
    TileLayout layout = matrix.layout;
    int slices = layout.slices();
    int fanOut = matrix.fanOut;
    boolean serial = cfg.periphery().bitSerialInput();
    double[] planeWeights = serial ? planeWeights() : new double[] {1.0};
    float[] partial = new float[slices * fanOut * columns];
    int cellBits = cfg.mapping().cellBits();
    for (int b = 0; b < planeWeights.length; b++) {
      INDArray plane = NativeFloats.toNd(serial ? bitPlane(drive, b) : drive, 0, matrix.fanIn,
          columns);
      for (int t = 0; t < layout.rowTiles(); t++) {
        tilePartialSums(plane, weights, t, partial);
        int[] lo = new int[slices];
        int[] hi = new int[slices];
        float[] gain = new float[slices];
        for (int s = 0; s < slices; s++) {
          boolean signed = adcSigned[t][s];
          hi[s] = adcLevels(signed);
          lo[s] = signed ? -hi[s] : 0;
          gain[s] = (float) (Math.pow(2, (double) s * cellBits) * planeWeights[b] * adcStep[t][s]);
        }
        Adc.digitiseAndAdd(partial, slices, fanOut, columns, lo, hi, gain, acc);
      }
    }
  }

  /** {@code partial [slices*fanOut x columns] = tile(t) x plane[rows of tile t]}. */
  private void tilePartialSums(INDArray plane, TileWeights weights, int t, float[] partial) {
    TileLayout layout = matrix.layout;
    int r0 = t * layout.tileRows();
    INDArray drive = layout.rowTiles() == 1 ? plane
        : plane.get(NDArrayIndex.interval(r0, r0 + layout.rowsInTile(t)), NDArrayIndex.all());
    INDArray w = weights.tile(t);
    INDArray p = Nd4j.createUninitialized(DataType.FLOAT, new long[] {w.size(0), plane.size(1)},
        'c');
    Nd4j.gemm(w, drive, p, false, false, 1.0, 0.0);
    NativeFloats.copyTo(p, partial);
  }

  /**
   * Writes {@code y = (acc - offset*sum(codes)) * dW * dx + bias} of one group of images into the
   * layer output {@code out [images x fanOut x positions]}: {@code acc} holds physical slots, the
   * output logical kernels (the digital un-permutation after the ADC).
   */
  private void writeOutputs(float[] drive, int columns, float[] acc, int b0, int b1,
      int positions, float[] out) {
    int fanOut = matrix.fanOut;
    float[] offset = new float[columns];
    if (matrix.offsetCode != 0) {
      for (int r = 0; r < matrix.fanIn; r++) {
        int base = r * columns;
        for (int m = 0; m < columns; m++) {
          offset[m] += drive[base + m];
        }
      }
      for (int m = 0; m < columns; m++) {
        offset[m] *= matrix.offsetCode;
      }
    }
    float scale = (float) (matrix.weightStep * dacStep);
    for (int b = b0; b < b1; b++) {
      int column0 = (b - b0) * positions;
      for (int q = 0; q < fanOut; q++) {
        int o = placement.outputAt(q);
        float beta = biasValues == null ? 0f : biasValues[o];
        int src = q * columns + column0;
        int dst = (b * fanOut + o) * positions;
        for (int p = 0; p < positions; p++) {
          out[dst + p] = (acc[src + p] - offset[column0 + p]) * scale + beta;
        }
      }
    }
  }

  /**
   * Sets every (row tile, slice) ADC range: policy CALIBRATED from the largest partial sum the
   * noise-free tiles produce on the calibration inputs, policy MAX from the largest sum the tile
   * could produce.
   */
  private void calibrateAdc(float[] codes, int n, ColumnUnfolding unfolding, float[][] cells) {
    TileLayout layout = matrix.layout;
    int tiles = layout.rowTiles();
    int slices = layout.slices();
    adcStep = new double[tiles][slices];
    adcSigned = new boolean[tiles][slices];
    double[][] max = new double[tiles][slices];
    boolean serial = cfg.periphery().bitSerialInput();
    if (cfg.periphery().adcRange() == AdcRangePolicy.CALIBRATED) {
      TileWeights raw = TileWeights.of(layout, cells, null);
      int fanOut = matrix.fanOut;
      int group = imagesPerGroup(unfolding);
      for (int b0 = 0; b0 < n; b0 += group) {
        int b1 = Math.min(n, b0 + group);
        int columns = (b1 - b0) * unfolding.positions();
        float[] drive = placement.rowsToPhysical(unfolding.unfold(codes, b0, b1), columns);
        float[] partial = new float[slices * fanOut * columns];
        int planes = serial ? cfg.periphery().dacBits() : 1;
        for (int b = 0; b < planes; b++) {
          INDArray plane = NativeFloats.toNd(serial ? bitPlane(drive, b) : drive, 0,
              matrix.fanIn, columns);
          for (int t = 0; t < tiles; t++) {
            tilePartialSums(plane, raw, t, partial);
            int perSlice = fanOut * columns;
            for (int s = 0; s < slices; s++) {
              for (int k = s * perSlice; k < (s + 1) * perSlice; k++) {
                float v = partial[k];
                max[t][s] = Math.max(max[t][s], Math.abs(v));
                adcSigned[t][s] |= v < 0;
              }
            }
          }
        }
      }
    } else {
      double inputMax = serial ? 1 : dacLevels();
      for (int t = 0; t < tiles; t++) {
        for (int s = 0; s < slices; s++) {
          max[t][s] = layout.rowsInTile(t) * inputMax * matrix.maxDigit(s);
          adcSigned[t][s] = layout.polarities() == 2 || (dacSigned && !serial);
        }
      }
    }
    for (int t = 0; t < tiles; t++) {
      for (int s = 0; s < slices; s++) {
        adcStep[t][s] = max[t][s] > 0 ? max[t][s] / adcLevels(adcSigned[t][s]) : 1.0;
      }
    }
  }

  private int dacLevels() {
    int bits = cfg.periphery().dacBits();
    return dacSigned ? Math.max(1, (1 << (bits - 1)) - 1) : (1 << bits) - 1;
  }

  private int adcLevels(boolean signed) {
    int bits = cfg.periphery().adcBits();
    return signed ? Math.max(1, (1 << (bits - 1)) - 1) : (1 << bits) - 1;
  }

  /** Returns bit {@code b} (0/1) of integer DAC codes (two's complement when the DAC is signed). */
  private float[] bitPlane(float[] codes, int b) {
    int bits = cfg.periphery().dacBits();
    float[] plane = new float[codes.length];
    for (int k = 0; k < codes.length; k++) {
      int code = (int) codes[k];
      int u = code < 0 ? code + (1 << bits) : code;
      plane[k] = (u >>> b) & 1;
    }
    return plane;
  }

  private double[] planeWeights() {
    int bits = cfg.periphery().dacBits();
    double[] w = new double[bits];
    for (int b = 0; b < bits; b++) {
      w[b] = Math.pow(2, b);
    }
    if (dacSigned) {
      w[bits - 1] = -w[bits - 1];
    }
    return w;
  }
}
