package org.xbarlab.remap;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.xbarlab.ConfigException;
import org.xbarlab.crossbar.LayerPermutation;
import org.xbarlab.crossbar.TileLayout;

/**
 * The rule both strategies share: the most sensitive kernel gets the kernel slot with the smallest
 * error, the next one the next slot, and so on (and, optionally, the most active input the word line
 * with the smallest error).
 */
final class KernelPlacement {
  private KernelPlacement() {}

  /** Returns the placement of one layer from its kernel sensitivities and input activity. */
  static LayerPermutation place(TileLayout layout, double[] sensitivity, double[] activity,
      PositionErrorProfile profile, RemapOptions options) {
    if (profile.slots() != layout.outputsPerColumnTile() || profile.rows() != layout.tileRows()) {
      throw new ConfigException("profile", profile.rows() + " rows x " + profile.slots() + " slots",
          "the layer's tiles: " + layout.tileRows() + " rows x " + layout.outputsPerColumnTile()
              + " kernel slots (a profile of another config)");
    }
    if (sensitivity.length != layout.fanOut()) {
      throw new ConfigException("sensitivity.length", sensitivity.length,
          "the layer's fan-out " + layout.fanOut());
    }
    int[] outputs = assign(sensitivity, layout.outputsPerColumnTile(), profile::slotError,
        options.acrossTiles());
    int[] rows = IntStream.range(0, layout.fanIn()).toArray();
    if (options.permuteRows() && activity != null) {
      if (activity.length != layout.fanIn()) {
        throw new ConfigException("activity.length", activity.length,
            "the layer's fan-in " + layout.fanIn());
      }
      rows = assign(activity, layout.tileRows(), profile::rowError, options.acrossTiles());
    }
    return LayerPermutation.of(rows, outputs);
  }

  /**
   * Returns order[position] = item: items sorted by decreasing score go to positions sorted by
   * increasing error, where position {@code q} of a group of {@code perGroup} has the error of its
   * local index {@code q mod perGroup}; within groups only unless {@code across}.
   */
  static int[] assign(double[] score, int perGroup, java.util.function.IntToDoubleFunction error,
      boolean across) {
    int n = score.length;
    int[] order = new int[n];
    int groupSize = across ? n : perGroup;
    for (int g0 = 0; g0 < n; g0 += groupSize) {
      int g1 = Math.min(n, g0 + groupSize);
      Integer[] items = boxedRange(g0, g1);
      Arrays.sort(items, (a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a])
          : Integer.compare(a, b));
      Integer[] positions = boxedRange(g0, g1);
      Arrays.sort(positions, (a, b) -> {
        double ea = error.applyAsDouble(a % perGroup);
        double eb = error.applyAsDouble(b % perGroup);
        return ea != eb ? Double.compare(ea, eb) : Integer.compare(a, b);
      });
      for (int k = 0; k < items.length; k++) {
        order[positions[k]] = items[k];
      }
    }
    return order;
  }

  private static Integer[] boxedRange(int from, int to) {
    return IntStream.range(from, to).boxed().toArray(Integer[]::new);
  }
}
