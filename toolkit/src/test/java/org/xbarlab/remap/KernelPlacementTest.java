package org.xbarlab.remap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;
import org.xbarlab.crossbar.CrossbarConfig;
import org.xbarlab.crossbar.LayerPermutation;
import org.xbarlab.crossbar.TileLayout;

class KernelPlacementTest {
  @Test
  void assignmentIsABijectionThatKeepsGroupsForRandomShapes() {
    RandomSource rng = RandomSource.seeded(3);
    for (int trial = 0; trial < 300; trial++) {
      int n = 1 + rng.nextInt(200);
      int perGroup = 1 + rng.nextInt(40);
      boolean across = rng.nextInt(2) == 1;
      double[] score = new double[n];
      for (int i = 0; i < n; i++) {
        score[i] = rng.nextInt(5); // ties on purpose
      }
      double[] error = new double[perGroup];
      for (int q = 0; q < perGroup; q++) {
        error[q] = rng.uniform();
      }
      int[] order = KernelPlacement.assign(score, perGroup, q -> error[q], across);
      int[] sorted = order.clone();
      Arrays.sort(sorted);
      for (int i = 0; i < n; i++) {
        assertEquals(i, sorted[i], "not a permutation");
        if (!across) {
          assertEquals(i / perGroup, order[i] / perGroup, "item left its group");
        }
      }
      // a better position never holds a less sensitive item than a worse one in the same group
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          boolean sameGroup = across || a / perGroup == b / perGroup;
          if (sameGroup && error[a % perGroup] < error[b % perGroup]) {
            assertTrue(score[order[a]] >= score[order[b]]);
          }
        }
      }
    }
  }

  @Test
  void theMostSensitiveKernelOfEachTileSitsAtItsLowestErrorSlot() {
    CrossbarConfig cfg = PositionErrorProfileTest.exact(32, 2.0);
    PositionErrorProfile profile = PositionErrorProfile.of(cfg);
    TileLayout layout = TileLayout.of(50, 40, cfg); // 16 kernels per tile: 3 column tiles
    double[] s = new double[40];
    RandomSource rng = RandomSource.seeded(8);
    for (int o = 0; o < 40; o++) {
      s[o] = rng.uniform();
    }
    LayerPermutation p = KernelPlacement.place(layout, s, null, profile, RemapOptions.paper());
    int best = profile.slotsByError()[0];
    for (int tile = 0; tile < layout.columnTiles(); tile++) {
      int from = tile * 16;
      int to = Math.min(40, from + 16);
      int top = from;
      for (int o = from; o < to; o++) {
        top = s[o] > s[top] ? o : top;
      }
      assertEquals(top, p.outputAt(from + best), "tile " + tile);
    }
    assertTrue(p.keepsRows());
    LayerPermutation across = KernelPlacement.place(layout, s, null, profile,
        RemapOptions.paper().withAcrossTiles(true));
    int top = 0;
    for (int o = 0; o < 40; o++) {
      top = s[o] > s[top] ? o : top;
    }
    assertEquals(top, across.outputAt(best));
  }

  @Test
  void aProfileOfAnotherConfigIsRefused() {
    PositionErrorProfile p64 = PositionErrorProfile.of(PositionErrorProfileTest.exact(64, 2.0));
    TileLayout layout = TileLayout.of(50, 40, PositionErrorProfileTest.exact(32, 2.0));
    assertEquals("profile", assertThrows(ConfigException.class, () -> KernelPlacement.place(layout,
        new double[40], null, p64, RemapOptions.paper())).field());
    PositionErrorProfile p32 = PositionErrorProfile.of(PositionErrorProfileTest.exact(32, 2.0));
    assertEquals("sensitivity.length", assertThrows(ConfigException.class,
        () -> KernelPlacement.place(layout, new double[39], null, p32, RemapOptions.paper()))
        .field());
  }
}
