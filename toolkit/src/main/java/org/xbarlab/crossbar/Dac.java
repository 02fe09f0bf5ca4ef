package org.xbarlab.crossbar;

/** The layer's input DAC as one Java pass over the copied activations: scale, round, clip. */
final class Dac {
  private Dac() {}

  /**
   * In place: {@code codes[i] := clip(round(codes[i] / step), lo, hi)}. The division is in float
   * and rounding is half away from zero, as ND4J's {@code div} and {@code round} do, so the codes
   * equal those of the ND4J op chain this pass replaced (four native passes and an allocation).
   */
  static void quantise(float[] codes, double step, int lo, int hi) {
    float s = (float) step;
    for (int i = 0; i < codes.length; i++) {
      float v = codes[i] / s;
      // in double: |v| + 0.5 rounds up in float for |v| just below 0.5
      double r = Math.copySign(Math.floor(Math.abs((double) v) + 0.5), v);
      codes[i] = (float) Math.max(lo, Math.min(hi, r));
    }
  }
}
