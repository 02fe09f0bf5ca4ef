package org.xbarlab.remap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.xbarlab.ConfigException;
import org.xbarlab.crossbar.CrossbarConfig;
import org.xbarlab.noise.LineResistance;
import org.xbarlab.noise.LineResistanceMode;
import tech.tablesaw.api.Table;

class PositionErrorProfileTest {
  static CrossbarConfig exact(int size, double ohms) {
    return CrossbarConfig.pytorx().toIdeal().withCrossbarSize(size)
        .withLines(LineResistance.of(LineResistanceMode.EXACT, ohms, 4, 4));
  }

  @Test
  void errorGrowsAwayFromTheDriverAndTheSenseAmplifier() {
    PositionErrorProfile p = PositionErrorProfile.of(exact(32, 2.0));
    assertEquals(16, p.slots()); // differential pair, one slice: two bit lines per kernel
    assertTrue(p.slotError(0) > 0.01, "slot 0 " + p.slotError(0));
    // the expected tile: every step away from the driver loses more
    int up = 0;
    double near = 0;
    double far = 0;
    for (int q = 1; q < p.slots(); q++) {
      up += p.slotError(q) > p.slotError(q - 1) ? 1 : 0;
    }
    for (int q = 0; q < p.slots() / 2; q++) {
      near += p.slotError(q);
      far += p.slotError(p.slots() - 1 - q);
    }
    assertEquals(p.slots() - 1, up, "steps that go up");
    assertTrue(far > 1.2 * near, "far " + far + " near " + near);
    // rows are sensed at the last word line: row 0 is the farthest
    assertTrue(p.rowError(0) > p.rowError(p.rows() - 1));
    assertEquals(0, p.slotsByError()[0]);
    assertEquals(p.rows() - 1, p.rowsByError()[0]);
    assertTrue(p.worstSlotError() < 1);
  }

  @Test
  void moreWireResistanceMoreLossAndTheFirstOrderModelAgreesInDirection() {
    PositionErrorProfile low = PositionErrorProfile.of(exact(32, 0.5));
    PositionErrorProfile high = PositionErrorProfile.of(exact(32, 5.0));
    assertTrue(high.slotError(0) > low.slotError(0));
    CrossbarConfig first = exact(32, 2.0).withLineResistanceMode(LineResistanceMode.FIRST_ORDER);
    PositionErrorProfile f = PositionErrorProfile.of(first);
    assertTrue(f.slotError(f.slots() - 1) > f.slotError(0));
  }

  @Test
  void idealWiringHasNoErrorAndProfilesAreCached() {
    PositionErrorProfile off = PositionErrorProfile.of(CrossbarConfig.ideal(8).withCrossbarSize(32));
    for (int q = 0; q < off.slots(); q++) {
      assertEquals(0.0, off.slotError(q));
    }
    assertSame(PositionErrorProfile.of(exact(32, 2.0)), PositionErrorProfile.of(exact(32, 2.0)));
    Table t = PositionErrorProfile.of(exact(32, 2.0)).table();
    assertEquals(32 + 32 + 16, t.rowCount());
    assertEquals("samples", assertThrows(ConfigException.class,
        () -> PositionErrorProfile.of(exact(32, 2.0), 0, 1)).field());
  }

  @Test
  void randomTilesAverageToTheExpectedTile() {
    PositionErrorProfile mean = PositionErrorProfile.of(exact(32, 2.0));
    PositionErrorProfile random = PositionErrorProfile.of(exact(32, 2.0), 16, 1);
    for (int q = 0; q < mean.slots(); q++) {
      assertEquals(mean.slotError(q), random.slotError(q), 0.15 * mean.slotError(q), "slot " + q);
    }
  }

  @Test
  void negativeWireResistanceIsRefusedByName() {
    ConfigException e = assertThrows(ConfigException.class, () -> exact(32, -1.0));
    assertEquals("wireResistanceOhms", e.field());
  }
}
