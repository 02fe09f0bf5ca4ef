package org.xbarlab.crossbar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;
import org.xbarlab.cost.CostModel;
import org.xbarlab.cost.CostReport;
import org.xbarlab.nn.Network;

/** NAX's heterogeneous chips: each layer on its own tile size, in the engine and the cost model. */
class HeterogeneousTilesTest {
  private final Network net = Network.of(TestNets.smallConvNet(5));
  private final INDArray images = TestNets.images(16, 6);
  private final CrossbarConfig base = CrossbarConfig.ideal(8).withCrossbarSize(32)
      .withReadNoise(true);

  @Test
  void sameSizeForEveryLayerIsTheHomogeneousChip() {
    CrossbarMapping plain = CrossbarMapping.map(net, base, images);
    CrossbarConfig same = base;
    for (int layer : plain.crossbarLayers()) {
      same = same.withLayerCrossbarSize(plain.layerNames().get(layer), 32);
    }
    CrossbarMapping hetero = CrossbarMapping.map(net, same, images);
    INDArray a = plain.program(RandomSource.seeded(1)).output(images, RandomSource.seeded(2));
    INDArray b = hetero.program(RandomSource.seeded(1)).output(images, RandomSource.seeded(2));
    assertEquals(0.0, a.sub(b).amaxNumber().doubleValue(), 0.0);
    CostReport pc = CostModel.nm32().evaluate(plain);
    CostReport hc = CostModel.nm32().evaluate(hetero);
    assertEquals(pc.energyPicojoules(), hc.energyPicojoules(), 0.0);
    assertEquals(pc.latencyNanoseconds(), hc.latencyNanoseconds(), 0.0);
    assertEquals(pc.areaSquareMillimetres(), hc.areaSquareMillimetres(), 0.0);
  }

  @Test
  void aLayerOnItsOwnTilesIsTiledAndCostedOnThem() {
    CrossbarMapping plain = CrossbarMapping.map(net, base, images);
    int dense = plain.crossbarLayers().get(2); // fan-in 6*6*6 = 216
    String name = plain.layerNames().get(dense);
    CrossbarMapping hetero = CrossbarMapping.map(net, base.withLayerCrossbarSize(name, 16), images);
    assertEquals(7, plain.layout(dense).orElseThrow().rowTiles()); // ceil(216 / 32)
    assertEquals(14, hetero.layout(dense).orElseThrow().rowTiles()); // ceil(216 / 16)
    int first = plain.crossbarLayers().get(0);
    assertEquals(plain.layout(first).orElseThrow().tiles(), hetero.layout(first).orElseThrow().tiles());
    CostReport c = CostModel.nm32().evaluate(hetero);
    int k = hetero.crossbarLayers().indexOf(dense);
    assertEquals(hetero.layout(dense).orElseThrow().tiles(), c.tiling(k).crossbars());
    assertNotEquals(CostModel.nm32().evaluate(plain).energyPicojoules(), c.energyPicojoules());
    // the ideal chip still computes the network: another tiling, the same sums
    INDArray a = plain.programIdeal().output(images, RandomSource.seeded(2));
    INDArray b = hetero.programIdeal().output(images, RandomSource.seeded(2));
    assertEquals(0.0, a.sub(b).amaxNumber().doubleValue(), 0.05);
  }

  @Test
  void aSizeForAnUnknownLayerIsRefusedByName() {
    ConfigException e = assertThrows(ConfigException.class, () -> CrossbarMapping.map(net,
        base.withLayerCrossbarSize("conv9", 16), images));
    assertEquals("layerArrays", e.field());
  }
}
