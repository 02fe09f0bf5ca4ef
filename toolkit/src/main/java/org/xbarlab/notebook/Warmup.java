package org.xbarlab.notebook;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Loads ND4J's native backend once at install time, so JavaCPP unpacks its libraries into its
 * cache before a notebook's first cell needs them. Run by {@code scripts/xbarlab setup}.
 */
public final class Warmup {
  private Warmup() {}

  /** Creates a small array, multiplies it and prints the backend that served it. */
  public static void main(String[] args) {
    INDArray a = Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 64, 64);
    double s = a.mmul(a).sumNumber().doubleValue();
    System.out.println("[xbarlab] ND4J backend " + Nd4j.getBackend().getClass().getSimpleName()
        + " ready (check value " + (Double.isFinite(s) ? "ok" : "NaN") + ")");
  }
}
