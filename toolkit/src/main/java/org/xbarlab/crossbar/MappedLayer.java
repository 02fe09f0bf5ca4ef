package org.xbarlab.crossbar;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.util.ConvolutionUtils;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.convolution.Convolution;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.xbarlab.XbarLabException;

/**
 * One weighted layer on crossbar tiles: its quantised matrix, the DAC range of its input and the
 * ADC range of every (row tile, slice) partial sum, and the tiled forward computation. The ADC range
 * of a (row tile, slice) is shared by all column tiles of that row tile (calibrated on the largest
 * partial sum of any of its columns).
 */
final class MappedLayer {
  final int index;
  final String name;
  final LayerKind kind;
  final QuantizedMatrix matrix;
  final INDArray bias; // [1 x fanOut] or null
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

  MappedLayer(int index, String name, LayerKind kind, QuantizedMatrix matrix, INDArray bias,
      IActivation activation, CrossbarConfig cfg, long[] weightShape, ConvolutionLayer conv) {
    this.index = index;
    this.name = name;
    this.kind = kind;
    this.matrix = matrix;
    this.bias = bias;
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

  /** Returns {@code [N*P x fanIn]} rows of the MVMs, and writes output height/width to hw. */
  INDArray unfold(INDArray x, int[] hw) {
    if (kind == LayerKind.DENSE) {
      if (x.rank() != 2) {
        throw new XbarLabException("layer " + index + " (" + name + ") expects [batch x " 
            + matrix.fanIn + "] input, got shape " + java.util.Arrays.toString(x.shape()));
      }
      return x.castTo(DataType.FLOAT);
    }
    INDArray in = x.castTo(DataType.FLOAT);
    int n = (int) in.size(0);
    int c = (int) in.size(1);
    int[] out;
    int[] pad;
    if (mode == ConvolutionMode.Same) {
      out = ConvolutionUtils.getOutputSize(in, kernel, stride, null, mode, dilation);
      pad = ConvolutionUtils.getSameModeTopLeftPadding(out,
          new int[] {(int) in.size(2), (int) in.size(3)}, kernel, stride, dilation);
    } else {
      pad = padding;
      out = ConvolutionUtils.getOutputSize(in, kernel, stride, padding, mode, dilation);
    }
    int oh = out[0];
    int ow = out[1];
    hw[0] = oh;
    hw[1] = ow;
    INDArray col = Nd4j.createUninitialized(DataType.FLOAT, n, oh, ow, c, kernel[0], kernel[1]);
    INDArray col2 = col.permute(0, 3, 4, 5, 1, 2);
    Convolution.im2col(in, kernel[0], kernel[1], stride[0], stride[1], pad[0], pad[1],
        dilation[0], dilation[1], mode == ConvolutionMode.Same, col2);
    return col.reshape('c', (long) n * oh * ow, (long) c * kernel[0] * kernel[1]);
  }

  /**
   * Runs the layer on crossbar tiles. With {@code calibrate} true, first sets the DAC range from
   * {@code x} and each ADC range from the partial sums seen (per the config's policy).
   *
   * @param x layer input (after any preprocessor)
   * @param cells per-slice effective cell values in level units, each row-major
   *     {@code [fanIn x fanOut]}
   */
  INDArray forward(INDArray x, float[][] cells, boolean calibrate) {
    Periphery per = cfg.periphery();
    TileLayout layout = matrix.layout;
    int slices = layout.slices();
    INDArray xf = x.castTo(DataType.FLOAT);
    if (calibrate) {
      double max = xf.amaxNumber().doubleValue();
      dacSigned = xf.minNumber().doubleValue() < 0;
      int levels = dacLevels();
      dacStep = max > 0 ? max / levels : 1.0;
      adcStep = new double[layout.rowTiles()][slices];
      adcSigned = new boolean[layout.rowTiles()][slices];
    }
    // The DAC is element-wise, so it commutes with im2col: quantise the (smaller) input first.
    INDArray xq = xf.div(dacStep);
    roundAndClip(xq, dacSigned ? -dacLevels() : 0, dacLevels());
    int[] hw = new int[2];
    INDArray codes = unfold(xq, hw);
    if (calibrate) {
      outputPositions = kind == LayerKind.CONVOLUTION ? (long) hw[0] * hw[1] : 1;
    }
    INDArray acc = null;
    int cellBits = cfg.mapping().cellBits();
    for (int rt = 0; rt < layout.rowTiles(); rt++) {
      int r0 = rt * layout.tileRows();
      int r1 = r0 + layout.rowsInTile(rt);
      INDArray xr = layout.rowTiles() == 1 ? codes
          : codes.get(NDArrayIndex.all(), NDArrayIndex.interval(r0, r1)).dup('c');
      INDArray[] planes;
      double[] planeWeights;
      if (per.bitSerialInput()) {
        planes = bitPlanes(xr);
        planeWeights = planeWeights();
      } else {
        planes = new INDArray[] {xr};
        planeWeights = new double[] {1.0};
      }
      for (int s = 0; s < slices; s++) {
        // contiguous block of this row tile; outside calibration it is pre-divided by the ADC
        // step (fanIn x fanOut values instead of batch*positions x fanOut partial sums)
        double preScale = calibrate ? 1.0 : 1.0 / adcStep[rt][s];
        INDArray d = block(cells[s], r0, r1, preScale);
        INDArray[] partial = new INDArray[planes.length];
        for (int b = 0; b < planes.length; b++) {
          partial[b] = planes[b].mmul(d);
        }
        if (calibrate) {
          calibrateAdc(rt, s, partial, layout.rowsInTile(rt));
          for (INDArray p : partial) {
            p.divi(adcStep[rt][s]);
          }
        }
        double shift = Math.pow(2, (double) s * cellBits);
        boolean signed = adcSigned[rt][s];
        int adcLevels = adcLevels(signed);
        double step = adcStep[rt][s];
        for (int b = 0; b < planes.length; b++) {
          INDArray p = partial[b];
          Transforms.round(p, false);
          if (!signed || p.amaxNumber().doubleValue() > adcLevels) {
            Transforms.max(p, signed ? -adcLevels : 0, false);
            Transforms.min(p, adcLevels, false);
          }
          double k = shift * planeWeights[b] * step;
          if (acc == null) {
            acc = k == 1.0 ? p : p.muli(k);
          } else {
            acc.addi(p.muli(k));
          }
        }
      }
    }
    if (matrix.offsetCode != 0) {
      INDArray rowSums = codes.sum(true, 1).muli(matrix.offsetCode);
      acc.subiColumnVector(rowSums);
    }
    acc.muli(matrix.weightStep * dacStep);
    if (bias != null) {
      acc.addiRowVector(bias);
    }
    INDArray z = acc;
    if (kind == LayerKind.CONVOLUTION) {
      long n = x.size(0);
      z = acc.reshape('c', n, hw[0], hw[1], matrix.fanOut).permute(0, 3, 1, 2).dup('c');
    }
    return activation.getActivation(z, false);
  }

  /** Returns rows {@code [r0, r1)} of a row-major {@code [fanIn x fanOut]} array, times scale. */
  private INDArray block(float[] cells, int r0, int r1, double scale) {
    int fanOut = matrix.fanOut;
    float[] b = java.util.Arrays.copyOfRange(cells, r0 * fanOut, r1 * fanOut);
    if (scale != 1.0) {
      float f = (float) scale;
      for (int k = 0; k < b.length; k++) {
        b[k] *= f;
      }
    }
    return Nd4j.createFromArray(b).reshape('c', r1 - r0, fanOut);
  }

  /** In place: {@code x := clip(round(x), lo, hi)}. */
  static void roundAndClip(INDArray x, int lo, int hi) {
    Transforms.round(x, false);
    Transforms.max(x, lo, false);
    Transforms.min(x, hi, false);
  }

  private void calibrateAdc(int rt, int s, INDArray[] partial, int rowsInTile) {
    boolean signed = false;
    double max = 0;
    if (cfg.periphery().adcRange() == AdcRangePolicy.CALIBRATED) {
      for (INDArray p : partial) {
        max = Math.max(max, p.amaxNumber().doubleValue());
        signed |= p.minNumber().doubleValue() < 0;
      }
    } else {
      double inputMax = cfg.periphery().bitSerialInput() ? 1 : dacLevels();
      max = rowsInTile * inputMax * matrix.maxDigit(s);
      signed = matrix.layout.polarities() == 2 || (dacSigned && !cfg.periphery().bitSerialInput());
    }
    adcSigned[rt][s] = signed;
    adcStep[rt][s] = max > 0 ? max / adcLevels(signed) : 1.0;
  }

  private int dacLevels() {
    int bits = cfg.periphery().dacBits();
    return dacSigned ? Math.max(1, (1 << (bits - 1)) - 1) : (1 << bits) - 1;
  }

  private int adcLevels(boolean signed) {
    int bits = cfg.periphery().adcBits();
    return signed ? Math.max(1, (1 << (bits - 1)) - 1) : (1 << bits) - 1;
  }

  /** Splits integer codes into dacBits 0/1 planes (two's complement when the DAC is signed). */
  private INDArray[] bitPlanes(INDArray codes) {
    int bits = cfg.periphery().dacBits();
    INDArray u = codes;
    if (dacSigned) {
      u = codes.lt(0).castTo(DataType.FLOAT).muli(Math.pow(2, bits)).addi(codes);
    }
    INDArray[] planes = new INDArray[bits];
    for (int b = 0; b < bits; b++) {
      INDArray f = Transforms.floor(u.div(Math.pow(2, b)), false);
      INDArray half = Transforms.floor(f.div(2), true).muli(2);
      planes[b] = f.subi(half);
    }
    return planes;
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
