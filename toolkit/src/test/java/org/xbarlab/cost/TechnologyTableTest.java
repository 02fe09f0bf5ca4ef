package org.xbarlab.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.xbarlab.ConfigException;
import tech.tablesaw.api.Table;

/** The one technology table feeds the defaults, the description and the node scaling. */
class TechnologyTableTest {
  private static final TechnologyParameters NM32 = TechnologyParameters.nm32();

  @Test
  void defaultsAreTheTableValues() {
    assertEquals(32, NM32.technologyNodeNm());
    assertEquals(0.9, NM32.supplyVoltageVolts(), 0.0);
    assertEquals(240e3, NM32.cellOnResistanceOhms(), 0.0);
    assertEquals(0.1001, NM32.offCurrentNanoampsPerMicrometre(), 0.0);
    for (TechnologyTable.Row r : TechnologyTable.ROWS) {
      assertEquals(r.value32nm(), TechnologyTable.valueOf(NM32, r), 0.0, r.name());
      assertFalse(r.unit().isBlank(), r.name());
      assertFalse(r.source().isBlank(), r.name());
    }
  }

  @Test
  void describeListsEveryRowWithItsSourceThenTheCircuits() {
    Table d = NM32.describe();
    int rows = TechnologyTable.ROWS.size();
    assertTrue(d.rowCount() > rows, "circuit rows follow: " + d.rowCount());
    for (int i = 0; i < rows; i++) {
      TechnologyTable.Row r = TechnologyTable.ROWS.get(i);
      assertEquals(r.name(), d.stringColumn("parameter").get(i));
      assertEquals(r.source(), d.stringColumn("source").get(i));
      assertEquals(r.unit(), d.stringColumn("unit").get(i));
    }
    assertEquals(NM32.withReadPulseWidthNs(5.0).describe().doubleColumn("value").get(3), 5.0, 0.0);
  }

  @Test
  void scalingFollowsEachRowsRule() {
    TechnologyParameters t = NM32.scaledTo(22);
    double s = 22.0 / 32;
    assertEquals(22, t.technologyNodeNm());
    assertEquals(NM32.supplyVoltageVolts(), t.supplyVoltageVolts(), 0.0);
    assertEquals(NM32.adcEnergyPerCycleFemtojoules() * s, t.adcEnergyPerCycleFemtojoules(), 0.0);
    assertEquals(NM32.adcAreaPerBitSquareMicrometres() * (s * s),
        t.adcAreaPerBitSquareMicrometres(), 0.0);
    assertEquals(NM32.leakageWidthPerAreaMicrometresPerSquareMicrometre() / s,
        t.leakageWidthPerAreaMicrometresPerSquareMicrometre(), 0.0);
    assertEquals(NM32.bufferBitAreaF2(), t.bufferBitAreaF2(), 0.0);
    assertEquals(NM32.circuits().scaled(s), t.circuits());
    assertSame(NM32, NM32.scaledTo(32));
  }

  @Test
  void generatedCopiesStillValidate() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> NM32.withCellOnOffRatio(0.5));
    assertTrue(e.getMessage().contains("cellOnOffRatio"), e.getMessage());
    assertEquals(0.85, TechnologyParameters.nm22().supplyVoltageVolts(), 0.0);
  }
}
