package org.xbarlab.remap;

import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.xbarlab.crossbar.CrossbarConfig;
import org.xbarlab.crossbar.CrossbarMapping;
import org.xbarlab.crossbar.EffectiveWeights;
import org.xbarlab.crossbar.LayerPermutation;
import org.xbarlab.crossbar.Remapping;
import org.xbarlab.nn.Network;

/**
 * X-CHANGR's dynamic remapping strategy (DRS), in its <b>offline</b> reading (papers.md 3.4):
 * layer by layer from the input, the kernels of layer {@code l} are ranked on a copy of the network
 * whose layers {@code 0..l-1} already hold the weights their remapped tiles realise under line
 * resistance ({@link EffectiveWeights#programLineResistanceOnly}), so the ranking sees the error
 * that reaches layer {@code l}; then layer {@code l} is placed as SRS places it and made non-ideal
 * in the copy before the next layer is ranked.
 *
 * <p><b>Why offline.</b> The other reading, re-permuting per input at run time, would need a
 * programmable crossbar switch on every bit line and a sensitivity estimate per input; both
 * strategies in the paper optimise a pre-trained DNN "without retraining", and the abstract treats
 * SRS and DRS as two mapping algorithms, so DRS is read as a better offline mapping with the same
 * fixed-wiring hardware cost as SRS.
 *
 * <p>Cost: one backward pass and the tiles of one layer solved per weighted layer; the error
 * profile is computed once per config (cached).
 */
public final class DynamicRemapping {
  private DynamicRemapping() {}

  /**
   * Returns the DRS placement of every weighted layer of {@code network} on {@code config}'s tiles.
   *
   * @param network trained network (not modified; a copy carries the non-ideal layers)
   * @param config design point
   * @param calibration seeded calibration batch (features and one-hot labels)
   * @param options within or across tiles, rows, sensitivity measure
   */
  public static Remapping of(Network network, CrossbarConfig config, DataSet calibration,
      RemapOptions options) {
    PositionErrorProfile profile = PositionErrorProfile.of(config);
    java.util.Map<Integer, double[]> activity = options.permuteRows()
        ? CrossbarMapping.map(network, config.toIdeal(), calibration.getFeatures())
            .rowActivities(calibration.getFeatures())
        : java.util.Map.of();
    Network work = network.copy();
    Remapping remapping = Remapping.identity();
    for (int node : KernelSensitivity.weightedNodes(network)) {
      KernelSensitivity s = KernelSensitivity.of(options.sensitivity(), work, calibration,
          profile, Set.of(node));
      double[] rows = activity.get(node);
      LayerPermutation p = KernelPlacement.place(StaticRemapping.layoutOf(network, node, config),
          s.kernels(node), rows, profile, options);
      remapping = remapping.with(network.nodeName(node), p);
      INDArray w = KernelSensitivity.weightOf(work, node);
      INDArray realised = EffectiveWeights.programLineResistanceOnly(w, config, p)
          .read(org.xbarlab.RandomSource.seeded(0));
      w.assign(realised.castTo(w.dataType()));
    }
    return remapping;
  }
}
