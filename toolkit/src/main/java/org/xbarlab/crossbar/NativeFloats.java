package org.xbarlab.crossbar;

import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Bulk copies between Java {@code float[]} and the off-heap buffer of a dense, c-ordered float
 * {@link INDArray}, without the per-call allocation of {@code data().asFloat()}. The engine keeps its
 * element-wise work (im2col, ADC) in plain Java loops and hands only GEMMs to ND4J.
 */
final class NativeFloats {
  private NativeFloats() {}

  /** Returns a new c-ordered float array of {@code shape} holding {@code values[from .. from+len)}. */
  static INDArray toNd(float[] values, int from, long... shape) {
    INDArray a = Nd4j.createUninitialized(DataType.FLOAT, shape, 'c');
    pointer(a).put(values, from, (int) a.length());
    return a;
  }

  /** Copies all of {@code a} (dense, c-ordered, float) into {@code dst[0 .. a.length())}. */
  static void copyTo(INDArray a, float[] dst) {
    pointer(a).get(dst, 0, (int) a.length());
  }

  private static FloatPointer pointer(INDArray a) {
    if (a.dataType() != DataType.FLOAT || a.ordering() != 'c' || a.isView()) {
      throw new IllegalArgumentException("expected a dense c-ordered float array, got "
          + a.dataType() + " order " + a.ordering() + (a.isView() ? " (view)" : ""));
    }
    return new FloatPointer(a.data().addressPointer());
  }
}
