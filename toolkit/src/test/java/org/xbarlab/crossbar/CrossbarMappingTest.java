package org.xbarlab.crossbar;

import org.xbarlab.Columns;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.EmbeddingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.xbarlab.RandomSource;
import org.xbarlab.XbarLabException;
import tech.tablesaw.api.Table;
import org.xbarlab.nn.Network;

class CrossbarMappingTest {

  private static double maxAbsDiff(INDArray a, INDArray b) {
    return a.sub(b).amaxNumber().doubleValue();
  }

  /**
   * DL4J equivalence: every non-ideality off, 16-bit weights/cells/DAC/ADC. Tolerance: max
   * absolute difference of the softmax outputs <= 2e-3 (16-bit quantisation of weights, inputs and
   * partial sums in every layer; float32 arithmetic), and identical arg-max for every image.
   */
  @Test
  void idealSixteenBitReproducesDl4jConvNet() {
    MultiLayerNetwork net = TestNets.smallConvNet(1);
    INDArray x = TestNets.images(64, 2);
    INDArray expected = net.output(x, false);
    for (CrossbarConfig cfg : List.of(
        CrossbarConfig.ideal(16),
        CrossbarConfig.ideal(16).withCrossbarSize(16, 32), // several row and column tiles
        CrossbarConfig.ideal(16).withMappingScheme(MappingScheme.OFFSET_REFERENCE_COLUMN),
        CrossbarConfig.ideal(16).withCellBits(4).withCrossbarSize(32))) { // 4 slices
      CrossbarMapping m = CrossbarMapping.map(Network.of(net), cfg, x);
      INDArray got = m.programIdeal().output(x, RandomSource.seeded(3));
      assertTrue(maxAbsDiff(expected, got) < 2e-3,
          cfg.describe().print() + " diff " + maxAbsDiff(expected, got));
      assertEquals(expected.argMax(1), got.argMax(1));
    }
  }

  @Test
  void idealSixteenBitReproducesDl4jPerLayer() {
    MultiLayerNetwork net = TestNets.smallConvNet(4);
    INDArray x = TestNets.images(16, 5);
    List<INDArray> ref = net.feedForward(x, false);
    CrossbarMapping m = CrossbarMapping.map(Network.of(net), CrossbarConfig.ideal(16).withCrossbarSize(32), x);
    List<INDArray> got = m.programIdeal().activations(x, RandomSource.seeded(0));
    for (int i = 0; i < got.size(); i++) {
      INDArray r = ref.get(i + 1);
      double scale = r.amaxNumber().doubleValue();
      assertTrue(maxAbsDiff(r, got.get(i).reshape(r.shape())) < 1e-3 * Math.max(scale, 1),
          "layer " + i);
    }
  }

  @Test
  void bitSerialInputMatchesParallelDac() {
    MultiLayerNetwork net = TestNets.mlp(7);
    INDArray x = TestNets.uniform(new long[] {32, 64}, 8).subi(0.3); // signed inputs
    CrossbarConfig cfg = CrossbarConfig.ideal(12).withCrossbarSize(32).withAdcBits(16);
    INDArray parallel = CrossbarMapping.map(Network.of(net), cfg, x).programIdeal()
        .output(x, RandomSource.seeded(0));
    INDArray serial = CrossbarMapping.map(Network.of(net), cfg.withBitSerialInput(true), x).programIdeal()
        .output(x, RandomSource.seeded(0));
    assertTrue(maxAbsDiff(parallel, serial) < 2e-3, "diff " + maxAbsDiff(parallel, serial));
  }

  @Test
  void reportAndPositions() {
    MultiLayerNetwork net = TestNets.smallConvNet(1);
    INDArray x = TestNets.images(8, 2);
    CrossbarConfig cfg = CrossbarConfig.pytorx().withCrossbarSize(32).toIdeal();
    CrossbarMapping m = CrossbarMapping.map(Network.of(net), cfg, x);
    Table t = m.report();
    assertEquals(6, t.rowCount());
    // layer 0: conv 1->4, 3x3 Same on 12x12: fan-in 9, fan-out 4, 144 positions
    assertEquals("CONVOLUTION", t.stringColumn(Columns.LAYER_KIND).get(0));
    assertEquals(9, t.intColumn("fan_in_rows").get(0));
    assertEquals(4, t.intColumn("fan_out_columns").get(0));
    assertEquals(144L, t.longColumn("mvms_per_inference").get(0));
    assertEquals("DIGITAL", t.stringColumn(Columns.LAYER_KIND).get(1));
    // layer 3: conv 4->6 3x3 pad 1 on 6x6 -> fan-in 36 -> 2 row tiles of 32
    assertEquals(36, t.intColumn("fan_in_rows").get(3));
    assertEquals(2, t.intColumn("row_tiles").get(3));
    assertEquals(36L, t.longColumn("mvms_per_inference").get(3));
    // layer 4: dense 216 -> 40, differential pairs: 16 outputs per 32-column tile
    assertEquals(216, t.intColumn("fan_in_rows").get(4));
    assertEquals(7, t.intColumn("row_tiles").get(4));
    assertEquals(3, t.intColumn("column_tiles").get(4));
    assertEquals(216L * 40 * 2, t.longColumn("cells_used").get(4));
    assertEquals(216.0 * 40 * 2 / (21 * 32 * 32), t.doubleColumn("utilisation").get(4), 1e-12);
    // dense weight W[100, 37]: row tile 3, row 4; output 37 -> column tile 2, local 5 -> cols 10/11
    List<CellPosition> p = m.positionOf(4, 100, 37);
    assertEquals(2, p.size());
    assertEquals(new CellPosition(4, 3, 2, 3 * 3 + 2, 4, 10, 0, 0), p.get(0));
    assertEquals(11, p.get(1).column());
    // conv W[o=5, c=2, y=1, x=0] -> fan-in 2*9+1*3+0 = 21
    CellPosition c = m.positionOf(3, 5, 2, 1, 0).get(0);
    assertEquals(21, c.row());
    assertEquals(10, c.column());
  }

  @Test
  void unsupportedWeightedLayerIsRejected() {
    MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().list()
        .layer(new EmbeddingLayer.Builder().nIn(10).nOut(4).build())
        .layer(new OutputLayer.Builder().nIn(4).nOut(2).build())
        .build();
    MultiLayerNetwork net = new MultiLayerNetwork(conf);
    net.init();
    XbarLabException e = assertThrows(XbarLabException.class,
        () -> CrossbarMapping.map(Network.of(net), CrossbarConfig.ideal(8),
            TestNets.uniform(new long[] {2, 1}, 1)));
    assertTrue(e.getMessage().contains("EmbeddingLayer"), e.getMessage());
    assertTrue(e.getMessage().contains("DenseLayer, OutputLayer, ConvolutionLayer"));
  }
}
