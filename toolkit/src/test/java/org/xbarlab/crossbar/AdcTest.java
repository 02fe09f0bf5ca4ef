package org.xbarlab.crossbar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class AdcTest {
  /** Round to nearest (ties to even), clip to the range, scale by the gain and add. */
  @Test
  void roundsClipsScalesAndAdds() {
    float[] partial = {0.49f, 0.5f, 1.5f, 2.5f, -0.5f, -1.5f, -2.6f, 126.6f, 127.5f, -200f,
        3e7f, -3e7f};
    float[] acc = new float[partial.length];
    java.util.Arrays.fill(acc, 1f);
    Adc.digitiseAndAdd(partial, 1, 1, partial.length, new int[] {-127}, new int[] {127},
        new float[] {2f}, acc);
    float[] levels = {0, 0, 2, 2, 0, -2, -3, 127, 127, -127, 127, -127};
    float[] expected = new float[levels.length];
    for (int k = 0; k < levels.length; k++) {
      expected[k] = 1f + 2f * levels[k];
    }
    assertArrayEquals(expected, acc, 0f);
  }

  /** Two slices of two outputs: each slice has its own range and gain; unsigned clips at 0. */
  @Test
  void slicesUseTheirOwnRangeAndGain() {
    // [slices=2 x fanOut=2 x columns=2]
    float[] partial = {-3f, 5f, 1f, 20f, /* slice 1 */ 2f, -1f, 16f, 3.4f};
    float[] acc = new float[4];
    Adc.digitiseAndAdd(partial, 2, 2, 2, new int[] {-7, 0}, new int[] {7, 15},
        new float[] {1f, 4f}, acc);
    assertArrayEquals(new float[] {-3 + 4 * 2, 5 + 0, 1 + 4 * 15, 7 + 4 * 3}, acc, 0f);
  }
}
