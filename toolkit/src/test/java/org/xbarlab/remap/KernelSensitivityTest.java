package org.xbarlab.remap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;
import org.xbarlab.nn.Models;
import org.xbarlab.nn.Network;
import tech.tablesaw.api.Table;

class KernelSensitivityTest {
  /** Random images with random one-hot labels: enough for gradients and losses. */
  static DataSet data(int n, int channels, int side, long seed) {
    RandomSource rng = RandomSource.seeded(seed);
    float[] x = new float[n * channels * side * side];
    for (int k = 0; k < x.length; k++) {
      x[k] = (float) rng.uniform();
    }
    INDArray labels = Nd4j.zeros(DataType.FLOAT, n, 10);
    for (int i = 0; i < n; i++) {
      labels.putScalar(i, rng.nextInt(10), 1f);
    }
    return new DataSet(Nd4j.createFromArray(x).reshape(n, channels, side, side), labels);
  }

  @Test
  void weightGradientsMatchFiniteDifferencesOfTheLoss() {
    // an MLP has no batch norm or dropout, so training and inference losses agree
    Network net = Network.of(Models.imageMlp(6, 6, 1, 10, 3, 12));
    DataSet d = data(16, 1, 6, 4);
    INDArray g = net.weightGradients(d).get(0);
    INDArray w = KernelSensitivity.weightOf(net, 0);
    double h = 3e-3;
    for (int[] at : new int[][] {{0, 0}, {7, 3}, {35, 11}}) {
      double w0 = w.getDouble(at[0], at[1]);
      w.putScalar(at[0], at[1], w0 + h);
      double up = net.loss(d);
      w.putScalar(at[0], at[1], w0 - h);
      double down = net.loss(d);
      w.putScalar(at[0], at[1], w0);
      double numeric = (up - down) / (2 * h);
      assertEquals(numeric, g.getDouble(at[0], at[1]), 2e-3 + 0.02 * Math.abs(numeric),
          "dL/dW at " + at[0] + "," + at[1]);
    }
  }

  @Test
  void taylorSumsEachFilterOfAConvolution() {
    Network net = Network.of(Models.smallCnn(28, 28, 1, 10, 5));
    DataSet d = data(32, 1, 28, 6);
    KernelSensitivity s = KernelSensitivity.taylor(net, d);
    INDArray w = KernelSensitivity.weightOf(net, 0); // [out x in x kH x kW]
    INDArray g = net.weightGradients(d).get(0);
    INDArray perFilter = Transforms.abs(w.mul(g)).sum(1, 2, 3);
    double[] k = s.kernels(0);
    assertEquals(w.size(0), k.length);
    for (int o = 0; o < k.length; o++) {
      assertEquals(perFilter.getDouble(o), k[o], 1e-6 * (1 + perFilter.getDouble(o)), "filter " + o);
    }
    double[] perWeight = s.weights(0);
    assertEquals(w.length(), perWeight.length);
    Table t = s.table();
    int kernels = 0;
    for (int layer : s.layers()) {
      kernels += s.kernels(layer).length;
    }
    assertEquals(kernels, t.rowCount());
  }

  @Test
  void empiricalSensitivityOfAZeroKernelIsZero() {
    Network net = Network.of(Models.imageMlp(6, 6, 1, 10, 3, 12));
    DataSet d = data(32, 1, 6, 4);
    KernelSensitivity.weightOf(net, 0).getColumn(5).assign(0);
    PositionErrorProfile p = PositionErrorProfile.of(PositionErrorProfileTest.exact(32, 5.0));
    double[] k = KernelSensitivity.empirical(net, d, p).kernels(0);
    assertEquals(0.0, k[5], 1e-7);
    double others = 0;
    for (int o = 0; o < k.length; o++) {
      others += o == 5 ? 0 : Math.abs(k[o]);
    }
    assertTrue(others > 1e-4, "every other kernel matters: " + others);
  }

  @Test
  void anEmptyCalibrationSetIsRefused() {
    Network net = Network.of(Models.imageMlp(6, 6, 1, 10, 3, 12));
    DataSet empty = new DataSet();
    assertEquals("calibration", assertThrows(ConfigException.class,
        () -> KernelSensitivity.taylor(net, empty)).field());
  }
}
