package org.xbarlab.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The usage examples in the package's class Javadoc, kept compiling and true (STYLE R13). */
class CostExamplesTest {

  @Test
  void costModelExample() {
    CostReport r = CostModel.nm32().evaluate(NetworkWorkload.resnet20Cifar10(), CostDesign.defaults());
    Table perComponent = r.breakdown();
    assertEquals(20 * CostComponent.values().length, perComponent.rowCount());
    assertTrue(r.edap() > 0);
  }

  @Test
  void designExample() {
    CostDesign d = CostDesign.defaults().withAdcBits(6).withCrossbarSize(64);
    assertEquals(6, d.adcBits());
    assertEquals(64, d.crossbarRows());
    assertEquals("CostDesign[crossbarRows=64, crossbarCols=64, adcBits=6]", d.toString());
    // Row lookup by index, not Table.where(...): with DL4J's fastutil 6.5.7 winning over
    // Tablesaw's 8.5.13 on this classpath, Tablesaw selections throw AbstractMethodError.
    Table described = d.describe();
    int row = described.stringColumn("field").indexOf("adcBits");
    assertEquals("6", described.stringColumn("value").get(row));
    assertEquals("5", described.stringColumn("default").get(row));
  }

  @Test
  void workloadExample() {
    NetworkWorkload net = NetworkWorkload.of("tiny",
        List.of(LayerWorkload.conv("c1", 3, 3, 16, 32, 32), LayerWorkload.dense("fc", 16384, 10)));
    assertEquals(2, net.size());
    assertEquals(27L * 16 * 1024 + 16384L * 10, net.macsPerInference());
  }

  @Test
  void technologyExample() {
    TechnologyParameters t = TechnologyParameters.nm32().withReadPulseWidthNs(5.0);
    assertEquals(5.0, t.readPulseWidthNs());
    Table described = t.describe();
    // every number of the table plus the nested circuit parameters, one row each
    assertEquals(TechnologyParameters.class.getRecordComponents().length - 1
        + CircuitParameters.class.getRecordComponents().length, described.rowCount());
    assertTrue(described.stringColumn("source").allMatch(s -> !s.isBlank()));
  }

  @Test
  void circuitAndOptionsExamples() {
    CircuitParameters c = CircuitParameters.neuroSimV13().withSenseTimeNs(2.0);
    assertEquals(2.0, c.senseTimeNs());
    assertEquals(CircuitParameters.class.getRecordComponents().length, c.describe().rowCount());
    CostOptions o = CostOptions.neuroSimLike().withAdcKind(AdcKind.SAR);
    assertEquals(AdcKind.SAR, o.adcKind());
    assertEquals(ArrayEnergyConvention.CONDUCTION_DURING_SENSING, o.arrayEnergyConvention());
    Table described = o.describe();
    assertEquals(CostOptions.class.getRecordComponents().length, described.rowCount());
    int row = described.stringColumn("option").indexOf("adcKind");
    assertEquals("SAR", described.stringColumn("value").get(row));
    assertEquals("MULTI_LEVEL_SENSE_AMP", described.stringColumn("neurosim_like").get(row));
  }

  @Test
  void sweepAndCalibrationExamples() {
    Table t = CostSweep.over(CostModel.nm32(), NetworkWorkload.vgg8Cifar10(), CostDesign.defaults(),
        DesignField.ADC_BITS, 3, 4, 5, 6, 7, 8);
    assertEquals(6, t.rowCount());
    Calibration c = Calibration.neuroSimLikeVgg8();
    Table errors = c.comparison();
    Table trends = c.trends();
    assertTrue(errors.rowCount() > 0);
    assertTrue(trends.rowCount() > 0);
  }
}
