package org.xbarlab.crossbar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;
import org.xbarlab.nn.Network;

/** A remapped chip computes the same network; positions and shapes follow the placement. */
class RemappedChipTest {
  private final Network net = Network.of(TestNets.smallConvNet(5));
  private final INDArray images = TestNets.images(64, 6);

  /** A random placement of every crossbar layer (rows too when {@code rows}). */
  private Remapping randomRemapping(CrossbarConfig cfg, boolean rows, long seed) {
    CrossbarMapping plain = CrossbarMapping.map(net, cfg, images);
    Map<String, LayerPermutation> m = new LinkedHashMap<>();
    for (int l : plain.crossbarLayers()) {
      TileLayout t = plain.layout(l).orElseThrow();
      LayerPermutation p = LayerPermutation.random(t.fanIn(), t.fanOut(), RandomSource.seeded(seed + l));
      m.put(plain.layerNames().get(l), rows ? p
          : LayerPermutation.of(IntStream.range(0, t.fanIn()).toArray(), p.outputOrder()));
    }
    return Remapping.of(m);
  }

  @Test
  void permutedKernelsGiveTheSameOutputsWithEveryNonIdealityOff() {
    CrossbarConfig cfg = CrossbarConfig.ideal(8).withCrossbarSize(16);
    INDArray plain = CrossbarMapping.map(net, cfg, images).programIdeal()
        .output(images, RandomSource.seeded(1));
    INDArray remapped = CrossbarMapping.map(net, cfg, images, randomRemapping(cfg, false, 3))
        .programIdeal().output(images, RandomSource.seeded(1));
    assertEquals(0.0, remapped.sub(plain).amaxNumber().doubleValue(), 1e-5);
  }

  @Test
  void permutedRowsAndKernelsComputeTheNetwork() {
    // rows change which inputs share a row tile (and so the ADC ranges): compare with DL4J itself;
    // at 16 bits what is left is quantisation, as large as the unpermuted chip's
    CrossbarConfig cfg = CrossbarConfig.ideal(16).withCrossbarSize(16);
    INDArray expected = net.output(images);
    INDArray plain = CrossbarMapping.map(net, cfg, images).programIdeal()
        .output(images, RandomSource.seeded(1));
    INDArray remapped = CrossbarMapping.map(net, cfg, images, randomRemapping(cfg, true, 4))
        .programIdeal().output(images, RandomSource.seeded(1));
    double plainError = plain.sub(expected.castTo(plain.dataType())).amaxNumber().doubleValue();
    double remappedError = remapped.sub(expected.castTo(remapped.dataType())).amaxNumber()
        .doubleValue();
    assertTrue(remappedError < 3e-5, "remapped chip vs network: " + remappedError);
    assertTrue(remappedError < 2 * plainError + 1e-6,
        "remapped " + remappedError + " vs unpermuted " + plainError);
  }

  @Test
  void lineResistanceSeesThePermutation() {
    CrossbarConfig cfg = CrossbarConfig.ideal(8).withCrossbarSize(16)
        .withLines(org.xbarlab.noise.LineResistance.of(org.xbarlab.noise.LineResistanceMode.EXACT,
            5, 4, 4));
    INDArray plain = CrossbarMapping.map(net, cfg, images).programIdeal()
        .output(images, RandomSource.seeded(1));
    INDArray remapped = CrossbarMapping.map(net, cfg, images, randomRemapping(cfg, false, 3))
        .programIdeal().output(images, RandomSource.seeded(1));
    assertTrue(remapped.sub(plain).amaxNumber().doubleValue() > 1e-4,
        "a permutation changed nothing under line resistance");
  }

  @Test
  void effectiveWeightsComeBackInLogicalOrder() {
    CrossbarConfig cfg = CrossbarConfig.ideal(8).withCrossbarSize(16);
    CrossbarMapping plain = CrossbarMapping.map(net, cfg, images);
    CrossbarMapping remapped = CrossbarMapping.map(net, cfg, images, randomRemapping(cfg, true, 7));
    for (int l : plain.crossbarLayers()) {
      INDArray a = plain.programIdeal().effectiveWeights(l, RandomSource.seeded(0));
      INDArray b = remapped.programIdeal().effectiveWeights(l, RandomSource.seeded(0));
      assertArrayEquals(a.shape(), b.shape());
      assertEquals(0.0, a.sub(b).amaxNumber().doubleValue(), 1e-7, "layer " + l);
    }
  }

  @Test
  void positionsFollowThePlacement() {
    CrossbarConfig cfg = CrossbarConfig.ideal(8).withCrossbarSize(16);
    int dense = 4;
    TileLayout t = CrossbarMapping.map(net, cfg, images).layout(dense).orElseThrow();
    int[] rows = IntStream.range(0, t.fanIn()).map(i -> t.fanIn() - 1 - i).toArray();
    int[] outs = IntStream.range(0, t.fanOut()).map(i -> (i + 1) % t.fanOut()).toArray();
    String name = net.nodeName(dense);
    CrossbarMapping m = CrossbarMapping.map(net, cfg, images,
        Remapping.identity().with(name, LayerPermutation.of(rows, outs)));
    // logical (0, 1): physical row fanIn-1, slot 0
    List<CellPosition> cells = m.positionOf(dense, 0, 1);
    CellPosition expected = t.position(dense, t.fanIn() - 1, 0, 0, 0);
    assertEquals(expected, cells.get(0));
    assertNotEquals(CrossbarMapping.map(net, cfg, images).positionOf(dense, 0, 1).get(0),
        cells.get(0));
  }

  @Test
  void aRemappingOfAnotherNetworkIsRefusedByName() {
    CrossbarConfig cfg = CrossbarConfig.ideal(8).withCrossbarSize(16);
    String dense = net.nodeName(4);
    ConfigException shape = assertThrows(ConfigException.class, () -> CrossbarMapping.map(net, cfg,
        images, Remapping.identity().with(dense, LayerPermutation.identity(3, 7))));
    assertEquals("remapping." + dense, shape.field());
    assertTrue(shape.getMessage().contains("another network"), shape.getMessage());
    ConfigException unknown = assertThrows(ConfigException.class, () -> CrossbarMapping.map(net,
        cfg, images, Remapping.identity().with("no-such-layer", LayerPermutation.identity(3, 7))));
    assertEquals("remapping", unknown.field());
    assertThrows(ConfigException.class, () -> CrossbarMapping.map(net, cfg, images, null));
  }
}
