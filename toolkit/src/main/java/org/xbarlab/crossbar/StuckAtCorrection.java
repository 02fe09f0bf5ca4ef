package org.xbarlab.crossbar;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The digital correction of a profiled fault map for one layer (PytorX {@code SAF.py}): per weight,
 * in shift-and-added digits, what its stuck cells lose; {@link #addTo} adds
 * {@code codes x correction} to the accumulated sums after the ADC. Few stuck weights are added one
 * by one (the work a digital corrector does); many by one GEMM.
 */
final class StuckAtCorrection {
  private final float[] digits; // [fanIn x fanOut], physical order
  private final int[] nonZero; // indices k with digits[k] != 0
  private final int fanIn;
  private final int fanOut;

  StuckAtCorrection(float[] digits, int fanIn, int fanOut) {
    this.digits = digits;
    this.fanIn = fanIn;
    this.fanOut = fanOut;
    int n = 0;
    for (float d : digits) {
      if (d != 0) {
        n++;
      }
    }
    nonZero = new int[n];
    n = 0;
    for (int k = 0; k < digits.length; k++) {
      if (digits[k] != 0) {
        nonZero[n++] = k;
      }
    }
  }

  /** {@code acc [fanOut x columns] += digits^T x drive [fanIn x columns]}. */
  void addTo(float[] drive, int columns, float[] acc) {
    if (nonZero.length * 8L < digits.length) {
      for (int k : nonZero) {
        float c = digits[k];
        int in = (k / fanOut) * columns;
        int out = (k % fanOut) * columns;
        for (int m = 0; m < columns; m++) {
          acc[out + m] += c * drive[in + m];
        }
      }
      return;
    }
    INDArray c = NativeFloats.toNd(digits, 0, fanIn, fanOut);
    INDArray d = NativeFloats.toNd(drive, 0, fanIn, columns);
    INDArray p = Nd4j.createUninitialized(DataType.FLOAT, new long[] {fanOut, columns}, 'c');
    Nd4j.gemm(c, d, p, true, false, 1.0, 0.0);
    float[] add = new float[fanOut * columns];
    NativeFloats.copyTo(p, add);
    for (int k = 0; k < add.length; k++) {
      acc[k] += add[k];
    }
  }
}
