package org.xbarlab.remap;

import java.util.LinkedHashMap;
import java.util.Map;
import org.deeplearning4j.nn.api.Layer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.xbarlab.crossbar.CrossbarConfig;
import org.xbarlab.crossbar.CrossbarMapping;
import org.xbarlab.crossbar.LayerPermutation;
import org.xbarlab.crossbar.Remapping;
import org.xbarlab.crossbar.TileLayout;
import org.xbarlab.nn.Network;

/**
 * X-CHANGR's static remapping strategy (SRS, papers.md 3.4): kernels ranked once, on the ideal
 * pre-trained network; in every layer the most sensitive kernels go to the kernel slots with the
 * smallest line-resistance error ({@link PositionErrorProfile}), within each tile or, as an
 * option, across the tiles of the layer. No retraining; the permutation is undone digitally after
 * the ADC ({@link LayerPermutation}).
 *
 * <pre>{@code
 * Remapping srs = StaticRemapping.of(net, cfg, calibration, RemapOptions.paper());
 * CrossbarMapping chip = CrossbarMapping.map(net, cfg, calibration.getFeatures(), srs);
 * }</pre>
 */
public final class StaticRemapping {
  private StaticRemapping() {}

  /**
   * Returns the SRS placement of every weighted layer of {@code network} on {@code config}'s tiles.
   *
   * @param network trained network (not modified)
   * @param config design point (tile size and line resistance set the error profile)
   * @param calibration seeded calibration batch (features and one-hot labels)
   * @param options within or across tiles, rows, sensitivity measure
   */
  public static Remapping of(Network network, CrossbarConfig config, DataSet calibration,
      RemapOptions options) {
    PositionErrorProfile profile = PositionErrorProfile.of(config);
    KernelSensitivity s = KernelSensitivity.of(options.sensitivity(), network, calibration,
        profile, null);
    return of(network, config, calibration, s, options);
  }

  /**
   * Like {@link #of(Network, CrossbarConfig, DataSet, RemapOptions)} with sensitivities measured
   * already (they depend on the network only, so a sweep over configs reuses them).
   */
  public static Remapping of(Network network, CrossbarConfig config, DataSet calibration,
      KernelSensitivity sensitivity, RemapOptions options) {
    PositionErrorProfile profile = PositionErrorProfile.of(config);
    java.util.Map<Integer, double[]> activity = options.permuteRows()
        ? CrossbarMapping.map(network, config.toIdeal(), calibration.getFeatures())
            .rowActivities(calibration.getFeatures())
        : java.util.Map.of();
    Map<String, LayerPermutation> layers = new LinkedHashMap<>();
    for (int node : sensitivity.layers()) {
      TileLayout layout = layoutOf(network, node, config);
      double[] rows = activity.get(node);
      layers.put(network.nodeName(node), KernelPlacement.place(layout,
          sensitivity.kernels(node), rows, profile, options));
    }
    return Remapping.of(layers);
  }

  /** Returns the tile layout of weighted node {@code node} under {@code config}. */
  static TileLayout layoutOf(Network network, int node, CrossbarConfig config) {
    Layer layer = network.nodeLayer(node).orElseThrow();
    INDArray w = layer.getParam("W");
    int fanOut = KernelSensitivity.fanOut(w);
    return TileLayout.of((int) (w.length() / fanOut), fanOut, config);
  }
}
