package org.xbarlab.nax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xbarlab.Columns;
import org.xbarlab.RandomSource;
import org.xbarlab.cost.CostDesign;
import org.xbarlab.cost.CostModel;
import org.xbarlab.cost.CostReport;
import org.xbarlab.cost.NetworkWorkload;
import org.xbarlab.crossbar.CrossbarConfig;
import org.xbarlab.crossbar.CrossbarMapping;
import org.xbarlab.data.ImageDataset;
import org.xbarlab.nn.Network;
import tech.tablesaw.api.Table;

/** The heterogeneous chip's cost: homogeneous designs as before, per-layer parts adding up. */
class NaxCostTest {
  static ImageDataset images(int n, long seed) {
    RandomSource r = RandomSource.seeded(seed);
    byte[] px = new byte[n * 1024];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = i % 10;
      for (int p = 0; p < 1024; p++) {
        px[i * 1024 + p] = (byte) (r.uniform() * 255);
      }
    }
    return ImageDataset.of("noise32", px, labels, 1, 32, 32,
        List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
  }

  static ImageDataset small(int side) {
    return ImageDataset.of("small", new byte[4 * side * side], new int[] {0, 1, 0, 1}, 1, side,
        side, List.of("a", "b"));
  }

  private final NaxProblem nax = NaxProblem.of(
      NaxSpace.paper().withGranularity(NaxSpace.Granularity.PER_STAGE).withCrossbarSizes(
          List.of(16, 64, 256)), new NaxProblem.Settings(new int[] {4, 8, 8}, 1, 16, 1,
          NaxProblem.Settings.defaultChip()), images(40, 1), images(20, 2), 3);

  @Test
  void aHomogeneousDesignCostsWhatTheCostModelSaysForThatTileSize() {
    NaxDesign d = NaxDesign.homogeneous(64);
    Network net = d.network(32, 32, 1, 10, new int[] {4, 8, 8}, 3);
    CrossbarConfig cfg = NaxProblem.Settings.defaultChip().withCrossbarSize(64);
    CrossbarMapping m = CrossbarMapping.map(net, cfg, images(8, 5).features());
    CostReport expected = CostModel.neuroSimLike().evaluate(NetworkWorkload.from(m),
        CostDesign.from(cfg));
    CostReport got = nax.cost(d);
    assertEquals(expected.energyPicojoules(), got.energyPicojoules(), 0.0);
    assertEquals(expected.latencyNanoseconds(), got.latencyNanoseconds(), 0.0);
    assertEquals(expected.areaSquareMillimetres(), got.areaSquareMillimetres(), 0.0);
    assertEquals(expected.edap(), got.edap(), 0.0);
  }

  @Test
  void aKernelLargerThanTheLastFeatureMapIsRefusedUpFront() {
    org.xbarlab.ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(
        org.xbarlab.ConfigException.class, () -> NaxProblem.of(NaxSpace.paper(),
            NaxProblem.Settings.quick(), small(16), small(16), 1));
    assertEquals("kernelSizes", e.field());
  }

  @Test
  void perLayerPartsAddUpToTheChipAndSitOnTheirOwnTiles() {
    NaxDesign mixed = nax.space().decode(new double[] {3, 5, 3, 16, 64, 256});
    CostReport chip = nax.cost(mixed);
    Table layers = nax.layers(mixed);
    assertEquals(chip.energyPicojoules(), layers.doubleColumn(Columns.ENERGY_PJ).sum(),
        1e-9 * chip.energyPicojoules());
    assertEquals(chip.latencyNanoseconds(), layers.doubleColumn(Columns.LATENCY_NS).sum(),
        1e-9 * chip.latencyNanoseconds());
    assertEquals(chip.areaSquareMillimetres(), layers.doubleColumn(Columns.AREA_MM2).sum(),
        1e-9 * chip.areaSquareMillimetres());
    for (int r = 0; r < layers.rowCount(); r++) {
      String layer = layers.stringColumn(Columns.LAYER).get(r);
      int expected = layer.startsWith("s3") || layer.equals("output") ? 256
          : layer.startsWith("s2") ? 64 : 16;
      assertEquals(expected, layers.intColumn(Columns.CROSSBAR_SIZE).get(r), layer);
      assertEquals(layer.startsWith("s2") && layer.endsWith("conv1")
          || layer.startsWith("s2b") && layer.contains("conv") ? 5
          : layer.endsWith("proj") || layer.equals("output") ? 1 : 3,
          layers.intColumn(Columns.KERNEL_SIZE).get(r), layer);
    }
    // EDAP is the product of the chip's totals, not a sum of per-layer EDAPs
    assertEquals(chip.energyPicojoules() * chip.latencyNanoseconds() * chip.areaSquareMillimetres(),
        chip.edap(), 1e-9 * chip.edap());
  }
}
