package org.xbarlab.crossbar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.xbarlab.RandomSource;

class DacTest {

  @Test
  void equalsNd4jDivideRoundClipIncludingTiesAndRangeEnds() {
    RandomSource rng = RandomSource.seeded(11);
    int n = 20_000;
    float[] x = new float[n];
    double step = 0.013;
    for (int i = 0; i < n; i++) {
      switch (i % 4) {
        case 0 -> x[i] = (float) (rng.uniform() * 4 - 2); // beyond both ends of the range
        case 1 -> x[i] = (float) ((Math.floor(rng.uniform() * 200) - 100 + 0.5) * step); // ties
        case 2 -> x[i] = (float) ((rng.uniform() * 2 - 1) * 127 * step);
        default -> x[i] = (float) (0.49999997 * step * (rng.uniform() < 0.5 ? -1 : 1));
      }
    }
    INDArray nd = Nd4j.createFromArray(x).castTo(DataType.FLOAT).div(step);
    Transforms.round(nd, false);
    Transforms.max(nd, -127, false);
    Transforms.min(nd, 127, false);
    float[] expected = nd.toFloatVector();
    float[] got = x.clone();
    Dac.quantise(got, step, -127, 127);
    assertArrayEquals(expected, got);
    float[] unsigned = {-0.3f, 0f, 0.0064f, 0.0066f, 5f};
    Dac.quantise(unsigned, step, 0, 255);
    assertArrayEquals(new float[] {0, 0, 0, 1, 255}, unsigned);
    assertEquals(-1f, quantiseOne(-0.5f * (float) step, step), "ties round away from zero");
  }

  private static float quantiseOne(float v, double step) {
    float[] a = {v};
    Dac.quantise(a, step, -10, 10);
    return a[0];
  }
}
