package org.xbarlab.crossbar;

import java.util.stream.IntStream;

/** The tiles' output ADCs as one fused pass: round, clip and shift-and-add into the accumulator. */
final class Adc {
  /** 1.5 * 2^23: adding and subtracting it rounds a float of magnitude below 2^22 to an integer. */
  private static final float ROUND_MAGIC = 12582912f;

  private Adc() {}

  /**
   * For every slice {@code s}, output {@code o} and column {@code m}:
   * {@code acc[o][m] += clip(rint(partial[s*fanOut + o][m]), lo[s], hi[s]) * gain[s]}.
   * Partial sums are in ADC level units; rounding is to nearest, ties to even. Slices are added in
   * order for each element, so the result does not depend on how outputs are split over threads.
   */
  static void digitiseAndAdd(float[] partial, int slices, int fanOut, int columns, int[] lo,
      int[] hi, float[] gain, float[] acc) {
    IntStream.range(0, fanOut).parallel().forEach(o -> {
      int dst = o * columns;
      for (int s = 0; s < slices; s++) {
        int src = (s * fanOut + o) * columns;
        int l = lo[s];
        int h = hi[s];
        float g = gain[s];
        for (int m = 0; m < columns; m++) {
          // round to nearest (ties to even) with the float magic-number trick, then clip as int:
          // branch-free, unlike a float clip, whose mispredicted branches cost 3x. Values beyond
          // 2^22 round inexactly but still clip to the right end of the range.
          int q = (int) ((partial[src + m] + ROUND_MAGIC) - ROUND_MAGIC);
          q = Math.max(l, Math.min(h, q));
          acc[dst + m] += q * g;
        }
      }
    });
  }
}
