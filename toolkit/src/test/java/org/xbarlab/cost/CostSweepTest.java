package org.xbarlab.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import org.xbarlab.Columns;

/** Sweep tables are tidy, figure-ready and agree with single evaluations. */
class CostSweepTest {

  @Test
  void adcSweepHasOneRowPerValueAndTheDocumentedSchema() {
    NetworkWorkload net = NetworkWorkload.resnet20Cifar10();
    Table t = CostSweep.over(net, CostDesign.defaults(), DesignField.ADC_BITS, 3, 4, 5, 6, 7, 8);
    assertEquals(List.of("network", "field", "value", "tiles", "area_mm2",
        "dynamic_energy_pJ", "leakage_energy_pJ", "energy_pJ", "latency_ns", "power_mW",
        "leakage_power_mW", "edap_pJ_ns_mm2"), t.columnNames());
    assertEquals(6, t.rowCount());
    assertEquals("adcBits", t.stringColumn(Columns.FIELD).get(0));
    for (int i = 1; i < t.rowCount(); i++) {
      assertTrue(t.doubleColumn(Columns.AREA_MM2).get(i)
          > t.doubleColumn(Columns.AREA_MM2).get(i - 1));
    }
    CostReport five = CostModel.nm32().evaluate(net, CostDesign.defaults().withAdcBits(5));
    assertEquals(five.edap(), t.doubleColumn(Columns.EDAP).get(2), five.edap() * 1e-12);
  }

  @Test
  void everyFieldRoundTripsThroughApply() {
    CostDesign d = CostDesign.defaults();
    for (DesignField f : DesignField.values()) {
      double v = f.valueOf(d);
      assertEquals(d, f.apply(d, v), f.name());
    }
    assertEquals(64, DesignField.CROSSBAR_SIZE.apply(d, 64).crossbarCols());
  }

  @Test
  void crossbarSweepNeverIncreasesCrossbarCount() {
    Table t = CostSweep.over(NetworkWorkload.vgg8Cifar10(), CostDesign.defaults(),
        DesignField.CROSSBAR_SIZE, 32, 64, 128, 256, 512);
    for (int i = 1; i < t.rowCount(); i++) {
      assertTrue(t.doubleColumn(Columns.TILES).get(i)
          <= t.doubleColumn(Columns.TILES).get(i - 1));
    }
  }
}
