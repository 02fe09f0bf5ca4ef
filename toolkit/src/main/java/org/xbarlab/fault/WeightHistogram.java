package org.xbarlab.fault;

import static org.xbarlab.TableRows.Type.DOUBLE;
import static org.xbarlab.TableRows.Type.INT;
import static org.xbarlab.TableRows.Type.LONG;
import static org.xbarlab.TableRows.Type.STRING;

import org.deeplearning4j.nn.api.Layer;
import org.xbarlab.Columns;
import org.xbarlab.ConfigException;
import org.xbarlab.TableRows;
import org.xbarlab.nn.Network;
import tech.tablesaw.api.Table;

/**
 * Histogram of every weighted layer's weights, normalised by the layer's {@code max|W|} (the range
 * the crossbar quantises to): trained weights crowd around zero, which is why the conductance a
 * zero weight is stored at decides how much a stuck cell hurts (papers.md 4.4).
 */
public final class WeightHistogram {
  private WeightHistogram() {}

  /**
   * Returns one row per (layer, bin): {@code layer_index}, {@code layer}, {@code weight_normalised}
   * (bin centre in [-1, 1]), {@code count}, {@code fraction} (of the layer's weights).
   *
   * @param network trained network (read only)
   * @param bins bins over [-1, 1], 2..1000
   */
  public static Table of(Network network, int bins) {
    if (bins < 2 || bins > 1000) {
      throw new ConfigException("bins", bins, "an integer in 2..1000");
    }
    TableRows t = TableRows.of("weight histogram", Columns.LAYER_INDEX, INT, Columns.LAYER,
        STRING, Columns.WEIGHT_NORMALISED, DOUBLE, Columns.COUNT, LONG, Columns.FRACTION, DOUBLE);
    for (int i = 0; i < network.nodeCount(); i++) {
      var layer = network.nodeLayer(i);
      if (layer.isEmpty() || !layer.get().paramTable().containsKey("W")) {
        continue;
      }
      float[] w = weights(layer.get());
      double max = 0;
      for (float v : w) {
        max = Math.max(max, Math.abs(v));
      }
      long[] counts = new long[bins];
      for (float v : w) {
        double x = max > 0 ? v / max : 0;
        counts[Math.min(bins - 1, (int) ((x + 1) / 2 * bins))]++;
      }
      for (int b = 0; b < bins; b++) {
        t.add(i, network.nodeName(i), -1 + (2.0 * b + 1) / bins, counts[b],
            (double) counts[b] / w.length);
      }
    }
    return t.table();
  }

  private static float[] weights(Layer layer) {
    return layer.getParam("W").castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT).dup().data()
        .asFloat();
  }
}
