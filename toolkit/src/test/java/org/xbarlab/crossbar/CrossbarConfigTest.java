package org.xbarlab.crossbar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.xbarlab.ConfigException;
import org.xbarlab.noise.LineResistanceMode;
import tech.tablesaw.api.Table;

class CrossbarConfigTest {
  private static ConfigException rejects(Supplier<Object> s) {
    return assertThrows(ConfigException.class, s::get);
  }

  @Test
  void presetsHaveDocumentedValues() {
    CrossbarConfig p = CrossbarConfig.pytorx();
    assertEquals(64, p.array().rows());
    assertEquals(3.33e-4, p.device().gMaxSiemens());
    assertEquals(3.33e-7, p.device().gMinSiemens());
    assertEquals(10e6, p.read().frequencyHertz());
    assertEquals(300, p.read().temperatureKelvin());
    assertEquals(1, p.mapping().slices());
    assertEquals(2.6e-6, p.levelStepSiemens(), 0.01e-6);
    CrossbarConfig r = CrossbarConfig.resna();
    assertEquals(128, r.array().columns());
    assertEquals(8, r.mapping().cellBits());
    assertEquals(500e6, r.read().frequencyHertz());
    assertEquals(350, r.read().temperatureKelvin());
    CrossbarConfig i = CrossbarConfig.ideal(16);
    assertTrue(i.noise().isNone());
    assertEquals(LineResistanceMode.OFF, i.lines().mode());
    assertEquals(16, i.periphery().adcBits());
  }

  @Test
  void withCopiesChangeOneField() {
    CrossbarConfig a = CrossbarConfig.pytorx();
    CrossbarConfig b = a.withFrequencyHertz(1e9).withTemperatureKelvin(400).withAdcBits(6)
        .withCrossbarSize(32, 16).withWireResistanceOhms(2.0).withCellBits(2);
    assertEquals(1e9, b.read().frequencyHertz());
    assertEquals(400, b.read().temperatureKelvin());
    assertEquals(6, b.periphery().adcBits());
    assertEquals(32, b.array().rows());
    assertEquals(16, b.array().columns());
    assertEquals(2.0, b.lines().wireResistanceOhms());
    assertEquals(4, b.mapping().slices());
    assertEquals(10e6, a.read().frequencyHertz(), "original unchanged");
  }

  @Test
  void invalidValuesNameFieldValueAndRange() {
    CrossbarConfig p = CrossbarConfig.pytorx();
    ConfigException e = rejects(() -> p.withAdcBits(0));
    assertEquals("adcBits", e.field());
    assertEquals("0", e.value());
    assertTrue(e.getMessage().contains("1..16"), e.getMessage());
    assertEquals("cellBits", rejects(() -> p.withCellBits(17)).field());
    assertEquals("weightBits", rejects(() -> p.withWeightBits(1)).field());
    assertEquals("rows", rejects(() -> p.withCrossbarSize(0)).field());
    assertEquals("temperatureKelvin", rejects(() -> p.withTemperatureKelvin(0)).field());
    assertEquals("frequencyHertz", rejects(() -> p.withFrequencyHertz(-1)).field());
    assertEquals("gMaxSiemens", rejects(() -> p.withConductanceRange(1e-4, 1e-4)).field());
    assertEquals("stuckAtRate", rejects(() -> p.withStuckAtFaults(1.2, 1)).field());
    assertEquals("wireResistanceOhms", rejects(() -> p.withWireResistanceOhms(-1)).field());
    assertEquals("deviceVariationSigma", rejects(() -> p.withDeviceVariationSigma(-0.1)).field());
    ConfigException rtn = rejects(() -> p.withConductanceRange(3.33e-8, 3.33e-4));
    assertEquals("gMinSiemens", rtn.field());
    assertTrue(rtn.getMessage().contains("telegraph"), rtn.getMessage());
    // without RTN the PytorX run.sh window is fine
    assertEquals(3.33e-8,
        p.withRandomTelegraphNoise(false).withConductanceRange(3.33e-8, 3.33e-4).device()
            .gMinSiemens());
    assertEquals("columns", rejects(() -> p.withCellBits(1).withCrossbarSize(8)).field());
  }

  @Test
  void describeListsFieldsWithUnits() {
    Table t = CrossbarConfig.resna().describe();
    assertEquals(3, t.columnCount());
    int row = t.stringColumn("field").indexOf("frequencyHertz");
    assertEquals("5.0E8", t.stringColumn("value").get(row));
    assertEquals("Hz", t.stringColumn("unit").get(row));
    assertFalse(t.stringColumn("field").isMissing().size() > 0);
  }
}
