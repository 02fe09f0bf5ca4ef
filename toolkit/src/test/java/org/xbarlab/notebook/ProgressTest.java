package org.xbarlab.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.xbarlab.ConfigException;

class ProgressTest {
  @Test
  void statusLineReportsCountPercentElapsedAndEstimate() {
    AtomicLong now = new AtomicLong(0);
    Progress p = Progress.console("training", 4, now::get);
    now.set(10_000_000_000L);
    p.advance("loss 0.5");
    assertEquals("training: 1/4 (25%) elapsed 00:00:10, left 00:00:30 | loss 0.5", p.statusLine());
    p.advance(10, "done");
    assertEquals(4, p.done(), "steps past the total are not counted");
  }

  @Test
  void nonPositiveTotalIsRejected() {
    ConfigException e = assertThrows(ConfigException.class, () -> Progress.console("x", 0, System::nanoTime));
    assertEquals("total", e.field());
  }

  @Test
  void profileParsesKnownNamesAndRejectsOthers() {
    assertEquals(Profile.QUICK, Profile.parse(null));
    assertEquals(Profile.FULL, Profile.parse(" Full "));
    assertEquals(30, Profile.FULL.pick(2, 30));
    ConfigException e = assertThrows(ConfigException.class, () -> Profile.parse("fast"));
    assertEquals(Profile.ENV, e.field());
  }
}
