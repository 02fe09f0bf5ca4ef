package org.xbarlab.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xbarlab.Columns;
import org.xbarlab.ConfigException;
import tech.tablesaw.api.Table;

/** Heterogeneous crossbar sizes (NAX): one size per layer, costed layer by layer. */
class PerLayerCrossbarTest {
  private static final CostModel MODEL = CostModel.nm32();
  private static final NetworkWorkload NET = NetworkWorkload.resnet20Cifar10();

  @Test
  void overridingEveryLayerWithTheCommonSizeIsBitIdentical() {
    CostDesign homogeneous = CostDesign.defaults().withCrossbarSize(64);
    CostDesign overridden = homogeneous;
    for (LayerWorkload l : NET.layers()) {
      overridden = overridden.withLayerCrossbarSize(l.name(), 64);
    }
    CostReport a = MODEL.evaluate(NET, homogeneous);
    CostReport b = MODEL.evaluate(NET, overridden);
    assertEquals(a.areaSquareMillimetres(), b.areaSquareMillimetres(), 0.0);
    assertEquals(a.energyPicojoules(), b.energyPicojoules(), 0.0);
    assertEquals(a.latencyNanoseconds(), b.latencyNanoseconds(), 0.0);
    assertEquals(a.crossbars(), b.crossbars());
  }

  @Test
  void oneLayersOwnSizeChangesOnlyThatLayerAndPartsSumToTotals() {
    CostDesign base = CostDesign.defaults();
    String first = NET.layers().get(0).name();
    CostReport homogeneous = MODEL.evaluate(NET, base);
    CostReport mixed = MODEL.evaluate(NET, base.withLayerCrossbarSize(first, 32));
    Table before = homogeneous.layers();
    Table after = mixed.layers();
    assertEquals(32, after.intColumn(Columns.TILE_ROWS).get(0));
    assertEquals(128, after.intColumn(Columns.TILE_COLUMNS).get(1));
    assertNotEquals(before.doubleColumn(Columns.TILES).get(0),
        after.doubleColumn(Columns.TILES).get(0));
    for (int i = 1; i < NET.layers().size(); i++) {
      // Leakage runs for the whole inference, so other layers' energy moves with the latency;
      // their area and tiles do not.
      assertEquals(before.doubleColumn(Columns.AREA_MM2).get(i),
          after.doubleColumn(Columns.AREA_MM2).get(i), 0.0, "layer " + i);
      assertEquals(before.doubleColumn(Columns.TILES).get(i),
          after.doubleColumn(Columns.TILES).get(i), 0.0, "layer " + i);
    }
    double area = after.doubleColumn(Columns.AREA_MM2).sum();
    double energy = after.doubleColumn(Columns.ENERGY_PJ).sum();
    double latency = after.doubleColumn(Columns.LATENCY_NS).sum();
    double tiles = after.doubleColumn(Columns.TILES).sum();
    assertEquals(mixed.areaSquareMillimetres(), area, 1e-12 * area);
    assertEquals(mixed.energyPicojoules(), energy, 1e-12 * energy);
    assertEquals(mixed.latencyNanoseconds(), latency, 1e-12 * latency);
    assertEquals(mixed.crossbars(), tiles, 0.0);
  }

  @Test
  void smallerTilesForTheFirstLayerNeedMoreOfThem() {
    LayerWorkload first = NET.layers().get(0);
    CostDesign d = CostDesign.defaults().withLayerCrossbarSize(first.name(), 16).withColumnsPerAdc(8);
    CrossbarTiling own = CrossbarTiling.of(first, d.forLayer(first.name()));
    CrossbarTiling common = CrossbarTiling.of(first, d);
    assertTrue(own.crossbars() > common.crossbars(), own + " vs " + common);
  }

  @Test
  void badOverridesNameTheFieldAndRange() {
    CostDesign d = CostDesign.defaults();
    ConfigException size = assertThrows(ConfigException.class,
        () -> d.withLayerCrossbarSize("conv1", 4));
    assertTrue(size.getMessage().contains("layerArrays[conv1].rows"), size.getMessage());
    assertTrue(size.getMessage().contains("8..1024"), size.getMessage());
    ConfigException adc = assertThrows(ConfigException.class,
        () -> d.withColumnsPerAdc(16).withLayerCrossbarSize("conv1", 8));
    assertTrue(adc.getMessage().contains("columnsPerAdc"), adc.getMessage());
    ConfigException unknown = assertThrows(ConfigException.class,
        () -> MODEL.evaluate(NET, d.withLayerCrossbarSize("no_such_layer", 64)));
    assertTrue(unknown.getMessage().contains("no_such_layer"), unknown.getMessage());
    assertTrue(unknown.getMessage().contains(NET.layers().get(0).name()), unknown.getMessage());
  }

  @Test
  void describeAndToStringShowTheOverrides() {
    CostDesign d = CostDesign.defaults().withLayerCrossbarSize("conv1", 64);
    assertTrue(d.toString().contains("layerArrays=conv1=64x64"), d.toString());
    List<String> fields = d.describe().stringColumn("field").asList();
    assertTrue(fields.contains("layerArrays"), fields.toString());
    assertEquals("CostDesign[defaults]", CostDesign.defaults().toString());
  }
}
