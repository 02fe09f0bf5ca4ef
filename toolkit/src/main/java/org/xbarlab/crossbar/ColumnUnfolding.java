package org.xbarlab.crossbar;

import java.util.stream.IntStream;

/**
 * Lays a layer input out as the word-line drive of the tiles: a "K-major" matrix
 * {@code [fanIn x images*positions]} whose row {@code r} is the value on fan-in row {@code r} for
 * every MVM of a group of images. Row tile {@code t} of a layer is then the contiguous block of rows
 * {@code [t*rows, (t+1)*rows)}, so every tile is one GEMM without gathering. For a convolution this
 * is im2col (fan-in index {@code (c*kH + i)*kW + j}, as DL4J's weight layout), for a dense layer a
 * transpose.
 */
final class ColumnUnfolding {
  private final int channels;
  private final int height;
  private final int width;
  private final int[] kernel;
  private final int[] stride;
  private final int[] padTopLeft;
  private final int[] dilation;
  private final int outHeight;
  private final int outWidth;

  private ColumnUnfolding(int channels, int height, int width, int[] kernel, int[] stride,
      int[] padTopLeft, int[] dilation, int outHeight, int outWidth) {
    this.channels = channels;
    this.height = height;
    this.width = width;
    this.kernel = kernel;
    this.stride = stride;
    this.padTopLeft = padTopLeft;
    this.dilation = dilation;
    this.outHeight = outHeight;
    this.outWidth = outWidth;
  }

  /** A dense layer with {@code fanIn} inputs: one MVM per image. */
  static ColumnUnfolding dense(int fanIn) {
    return new ColumnUnfolding(fanIn, 1, 1, new int[] {1, 1}, new int[] {1, 1}, new int[2],
        new int[] {1, 1}, 1, 1);
  }

  /** A 2-D convolution over {@code [channels x height x width]} inputs (NCHW). */
  static ColumnUnfolding convolution(int channels, int height, int width, int[] kernel,
      int[] stride, int[] padTopLeft, int[] dilation, int outHeight, int outWidth) {
    return new ColumnUnfolding(channels, height, width, kernel, stride, padTopLeft, dilation,
        outHeight, outWidth);
  }

  /** Returns the MVMs per image (output positions). */
  int positions() {
    return outHeight * outWidth;
  }

  /** Returns the output height (1 for a dense layer). */
  int outputHeight() {
    return outHeight;
  }

  /** Returns the output width (1 for a dense layer). */
  int outputWidth() {
    return outWidth;
  }

  /** Returns the fan-in (rows of the K-major matrix). */
  int fanIn() {
    return channels * kernel[0] * kernel[1];
  }

  /** Returns the input values per image. */
  int inputSize() {
    return channels * height * width;
  }

  /**
   * Returns the K-major matrix {@code [fanIn x (to-from)*positions]} of images {@code [from, to)}
   * of {@code input} (row-major {@code [images x channels x height x width]}); zero padding.
   */
  float[] unfold(float[] input, int from, int to) {
    int columns = (to - from) * positions();
    float[] out = new float[fanIn() * columns];
    if (height == 1 && width == 1 && positions() == 1 && kernel[0] == 1 && kernel[1] == 1) {
      transpose(input, from, to, out);
      return out;
    }
    int kh = kernel[0];
    int kw = kernel[1];
    // one fan-in row per task: writes of different tasks never overlap
    IntStream.range(0, fanIn()).parallel().forEach(r -> {
      int c = r / (kh * kw);
      int i = (r / kw) % kh;
      int j = r % kw;
      int rowBase = r * columns;
      for (int b = from; b < to; b++) {
        int inBase = (b * channels + c) * height * width;
        int colBase = rowBase + (b - from) * positions();
        for (int y = 0; y < outHeight; y++) {
          int iy = y * stride[0] + i * dilation[0] - padTopLeft[0];
          int dst = colBase + y * outWidth;
          if (iy < 0 || iy >= height) {
            continue; // stays zero
          }
          copyRow(input, inBase + iy * width, j * dilation[1] - padTopLeft[1], out, dst);
        }
      }
    });
    return out;
  }

  /** Copies output row positions {@code x = 0..outWidth-1} reading input column {@code x*sw + x0}. */
  private void copyRow(float[] in, int rowStart, int x0, float[] out, int dst) {
    int sw = stride[1];
    if (sw == 1) {
      int lo = Math.max(0, -x0);
      int hi = Math.min(outWidth, width - x0);
      if (hi > lo) {
        System.arraycopy(in, rowStart + x0 + lo, out, dst + lo, hi - lo);
      }
      return;
    }
    for (int x = 0; x < outWidth; x++) {
      int ix = x * sw + x0;
      if (ix >= 0 && ix < width) {
        out[dst + x] = in[rowStart + ix];
      }
    }
  }

  /** Dense layer: {@code out[r][b - from] = input[b][r]}. */
  private void transpose(float[] input, int from, int to, float[] out) {
    int n = to - from;
    int fanIn = channels;
    for (int b = from; b < to; b++) {
      int src = b * fanIn;
      for (int r = 0; r < fanIn; r++) {
        out[r * n + (b - from)] = input[src + r];
      }
    }
  }
}
