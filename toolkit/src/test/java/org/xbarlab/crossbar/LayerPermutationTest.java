package org.xbarlab.crossbar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;

class LayerPermutationTest {
  @Test
  void randomPlacementsAreBijectionsAndInvertExactly() {
    RandomSource rng = RandomSource.seeded(11);
    for (int trial = 0; trial < 200; trial++) {
      int fanIn = 1 + rng.nextInt(60);
      int fanOut = 1 + rng.nextInt(60);
      LayerPermutation p = LayerPermutation.random(fanIn, fanOut, rng.split(trial));
      int[] rows = p.rowOrder();
      int[] outs = p.outputOrder();
      Arrays.sort(rows);
      Arrays.sort(outs);
      for (int i = 0; i < fanIn; i++) {
        assertEquals(i, rows[i]);
        assertEquals(i, p.rowAt(p.rowPosition(i)));
      }
      for (int o = 0; o < fanOut; o++) {
        assertEquals(o, outs[o]);
        assertEquals(o, p.outputAt(p.outputPosition(o)));
      }
      float[] values = new float[fanIn * fanOut];
      for (int k = 0; k < values.length; k++) {
        values[k] = k;
      }
      assertArrayEquals(values, p.toLogical(p.toPhysical(values)));
      float[] physical = p.toPhysical(values);
      int i = rng.nextInt(fanIn);
      int o = rng.nextInt(fanOut);
      assertEquals(values[i * fanOut + o],
          physical[p.rowPosition(i) * fanOut + p.outputPosition(o)]);
    }
  }

  @Test
  void notAPermutationIsRefusedNamingTheEntry() {
    ConfigException repeat = assertThrows(ConfigException.class,
        () -> LayerPermutation.of(new int[] {0, 1, 1}, new int[] {0}));
    assertEquals("rowOrder", repeat.field());
    assertTrue(repeat.getMessage().contains("entry 2 = 1 repeats"), repeat.getMessage());
    ConfigException range = assertThrows(ConfigException.class,
        () -> LayerPermutation.of(new int[] {0}, new int[] {0, 2}));
    assertEquals("outputOrder", range.field());
    assertTrue(range.getMessage().contains("out of range"), range.getMessage());
    assertTrue(LayerPermutation.identity(3, 4).isIdentity());
  }
}
