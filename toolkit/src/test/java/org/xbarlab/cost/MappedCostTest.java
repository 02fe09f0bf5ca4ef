package org.xbarlab.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.xbarlab.RandomSource;
import org.xbarlab.crossbar.CrossbarConfig;
import org.xbarlab.crossbar.CrossbarMapping;
import org.xbarlab.crossbar.MappingScheme;
import org.xbarlab.nn.Models;
import org.xbarlab.nn.Network;

/** What the simulator maps is what the cost model costs: same layers, shapes and crossbar counts. */
class MappedCostTest {
  @ParameterizedTest
  @CsvSource({"64, 7, DIFFERENTIAL_PAIR", "32, 3, DIFFERENTIAL_PAIR", "128, 2, OFFSET_REFERENCE_COLUMN",
      "16, 8, OFFSET_REFERENCE_COLUMN"})
  void costModelCountsTheSimulatorsCrossbars(int size, int cellBits, MappingScheme scheme) {
    MultiLayerNetwork net = Models.lenet5(28, 28, 1, 10, 1);
    CrossbarConfig cfg = CrossbarConfig.pytorx().withCrossbarSize(size).withCellBits(cellBits).withMappingScheme(scheme);
    CrossbarMapping mapping = CrossbarMapping.map(Network.of(net), cfg, uniformImages(8, 28, 28, 3));
    NetworkWorkload workload = NetworkWorkload.from(mapping);
    CostReport report = CostModel.nm32().evaluate(mapping);
    var simulated = mapping.report();
    long simulatedTiles = 0;
    for (int r = 0; r < simulated.rowCount(); r++) {
      simulatedTiles += simulated.numberColumn("tiles").getDouble(r) > 0 ? (long) simulated.numberColumn("tiles").getDouble(r) : 0;
    }
    assertEquals(5, workload.size(), "LeNet-5 has 2 conv + 3 dense crossbar layers");
    assertEquals(simulatedTiles, report.crossbars());
    // conv1 of LeNet-5 ('same' padding): 25 inputs, 6 filters, 28x28 output positions
    assertEquals(25, workload.layers().get(0).rows());
    assertEquals(6, workload.layers().get(0).cols());
    assertEquals(28 * 28, workload.layers().get(0).mvmsPerInference());
  }

  /** Returns {@code [n x 1 x height x width]} calibration images, uniform in [0, 1), from a seed. */
  private static INDArray uniformImages(int n, int height, int width, long seed) {
    RandomSource rng = RandomSource.seeded(seed);
    float[] pixels = new float[n * height * width];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (float) rng.uniform();
    }
    return Nd4j.create(pixels, new long[] {n, 1, height, width});
  }
}
