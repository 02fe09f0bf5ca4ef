package org.xbarlab.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** The calibration tables are well-formed, traceable and computed from the model. */
class CalibrationTest {

  @Test
  void referenceDataIsLabelledAndSourced() {
    Table refs = Calibration.referenceData();
    assertTrue(refs.rowCount() >= 4);
    assertTrue(refs.name().contains("published, not measured"));
    for (Row r : refs) {
      assertTrue(r.getString("source_url").startsWith("https://github.com/neurosim/"), r.toString());
      assertTrue(Set.of("yes", "approximate", "no").contains(r.getString("comparable")));
      assertTrue(Set.of("area_mm2", "power_mW", "latency_ns", "energy_pJ")
          .contains(r.getString("figure")));
      assertTrue(r.getDouble("published_value") > 0);
    }
  }

  @Test
  void comparisonUsesTheModelAtThePublishedSettings() {
    Table c = Calibration.neuroSimVgg8().comparison();
    assertEquals(Calibration.referenceData().rowCount(), c.rowCount());
    CostReport r1 = CostModel.nm32().evaluate(NetworkWorkload.vgg8Cifar10(),
        Calibration.referenceDesignR1());
    for (Row row : c) {
      boolean comparable = !"no".equals(row.getString("comparable"));
      assertEquals(comparable, !Double.isNaN(row.getDouble("ours")), row.toString());
      assertFalse(row.getBoolean("used_for_fit"));
      if (comparable) {
        double expected = (row.getDouble("ours") - row.getDouble("published"))
            / row.getDouble("published");
        assertEquals(expected, row.getDouble("relative_error"), 1e-12);
      }
      if ("R1".equals(row.getString("reference_id"))) {
        double ours = "area_mm2".equals(row.getString("figure"))
            ? r1.areaSquareMillimetres() : r1.averagePowerMilliwatts();
        assertEquals(ours, row.getDouble("ours"), ours * 1e-12);
      }
    }
  }

  @Test
  void fittedFactorsReproduceR1AndLeaveR0AsHoldout() {
    Calibration fitted = Calibration.fittedToR1();
    for (Row row : fitted.comparison()) {
      String id = row.getString("reference_id");
      assertEquals("R1".equals(id), row.getBoolean("used_for_fit"));
      if ("R1".equals(id)) {
        assertEquals(0.0, row.getDouble("relative_error"), 1e-9);
      }
    }
    assertTrue(fitted.model().technology().areaScaleFactor() > 0);
    assertEquals(1.0, fitted.model().technology().latencyScaleFactor());
  }

  @Test
  void everyDesignTrendHasTheExpectedDirection() {
    Table t = Calibration.neuroSimVgg8().trends();
    assertTrue(t.rowCount() >= 10);
    for (Row row : t) {
      assertTrue(row.getBoolean("agrees"), row.toString());
    }
  }
}
