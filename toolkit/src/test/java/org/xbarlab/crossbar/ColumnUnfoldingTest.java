package org.xbarlab.crossbar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.convolution.Convolution;
import org.nd4j.linalg.factory.Nd4j;

class ColumnUnfoldingTest {
  /** The K-major unfolding equals ND4J's im2col, rearranged, for strides, padding and dilation. */
  @ParameterizedTest
  @CsvSource({"3,3,1,1,0,0,1,1", "3,2,2,1,1,0,1,2", "2,3,1,2,0,1,2,1", "3,3,2,2,1,1,1,1",
      "1,1,2,2,0,0,1,1"})
  void matchesNd4jIm2col(int kh, int kw, int sh, int sw, int ph, int pw, int dh, int dw) {
    int n = 3;
    int c = 2;
    int h = 7;
    int w = 6;
    Nd4j.getRandom().setSeed(5);
    INDArray in = Nd4j.rand(DataType.FLOAT, n, c, h, w);
    int oh = (h + 2 * ph - dh * (kh - 1) - 1) / sh + 1;
    int ow = (w + 2 * pw - dw * (kw - 1) - 1) / sw + 1;
    INDArray col = Nd4j.create(DataType.FLOAT, n, c, kh, kw, oh, ow);
    Convolution.im2col(in, kh, kw, sh, sw, ph, pw, dh, dw, false, col);
    ColumnUnfolding u = ColumnUnfolding.convolution(c, h, w, new int[] {kh, kw},
        new int[] {sh, sw}, new int[] {ph, pw}, new int[] {dh, dw}, oh, ow);
    assertEquals(c * kh * kw, u.fanIn());
    assertEquals(oh * ow, u.positions());
    float[] input = in.dup('c').data().asFloat();
    // images 1..2 only, to check the group offset as well
    float[] got = u.unfold(input, 1, 3);
    int columns = 2 * oh * ow;
    float[] expected = new float[u.fanIn() * columns];
    for (int b = 1; b < 3; b++) {
      for (int ci = 0; ci < c; ci++) {
        for (int i = 0; i < kh; i++) {
          for (int j = 0; j < kw; j++) {
            int r = (ci * kh + i) * kw + j;
            for (int y = 0; y < oh; y++) {
              for (int x = 0; x < ow; x++) {
                expected[r * columns + (b - 1) * oh * ow + y * ow + x] =
                    col.getFloat(b, ci, i, j, y, x);
              }
            }
          }
        }
      }
    }
    assertArrayEquals(expected, got, 0f);
  }

  @org.junit.jupiter.api.Test
  void denseIsTranspose() {
    float[] x = {1, 2, 3, 4, 5, 6}; // [2 images x 3]
    float[] got = ColumnUnfolding.dense(3).unfold(x, 0, 2);
    assertArrayEquals(new float[] {1, 4, 2, 5, 3, 6}, got, 0f);
  }
}
