package org.xbarlab.train;

import java.util.Locale;
import org.xbarlab.ConfigException;

/**
 * Layer-wise noise scale (papers.md 1.3 and 1.5): a layer's realised weights are
 * {@code W + scale(role) * (sample - W)}, so the scale multiplies the whole deviation the sampler
 * produces (for the crossbar sampler that includes its quantisation error).
 *
 * <p>Physics behind the default: convolution kernels are duplicated over {@code k} crossbars and
 * the copies' outputs averaged, so independent per-read noise shrinks by {@code 1/sqrt(k)} in
 * standard deviation (variance {@code /k}, the paper's {@code n^2 dc / k}); fully connected layers
 * are not duplicated and get the full model. The paper does not give {@code k} (papers.md 1.11);
 * {@link #resnaDefault()} assumes {@code k = 4}, i.e. conv scale 0.5. Note: the secondary note
 * (papers.md 1.5 item 4) phrases the training recipe as "lower noise into FC layers"; we follow
 * the deployment physics (FC full, conv reduced) and expose both scales so either reading can be
 * run.
 *
 * @param denseScale scale of fully connected (dense and classifier) layers, in [0, 10]
 * @param convolutionScale scale of convolution layers, in [0, 10]
 */
public record LayerNoiseScale(double denseScale, double convolutionScale) {
  /** Validates both scales; throws {@link ConfigException} naming the field. */
  public LayerNoiseScale {
    check("denseScale", denseScale);
    check("convolutionScale", convolutionScale);
  }

  /** Returns scale 1 for every layer (the sampler's model as is). */
  public static LayerNoiseScale uniform() {
    return new LayerNoiseScale(1, 1);
  }

  /**
   * Returns dense scale 1 and convolution scale {@code 1/sqrt(duplicates)}.
   *
   * @param duplicates crossbar copies of each convolution kernel whose outputs are averaged, 1..1024
   */
  public static LayerNoiseScale kernelDuplication(int duplicates) {
    if (duplicates < 1 || duplicates > 1024) {
      throw new ConfigException("duplicates", duplicates, "an integer in 1..1024");
    }
    return new LayerNoiseScale(1, 1 / Math.sqrt(duplicates));
  }

  /** Returns ReSNA's assumed default, {@code kernelDuplication(4)}: FC 1, conv 0.5. */
  public static LayerNoiseScale resnaDefault() {
    return kernelDuplication(4);
  }

  /** Returns the scale of a layer with {@code role}. */
  public double scale(LayerRole role) {
    return role.fullyConnected() ? denseScale : convolutionScale;
  }

  /** Returns a stable text form for fingerprints and tables. */
  public String describe() {
    return String.format(Locale.ROOT, "dense=%s conv=%s", denseScale, convolutionScale);
  }

  private static void check(String field, double v) {
    if (!(v >= 0 && v <= 10)) {
      throw new ConfigException(field, v, "a noise scale in [0, 10]");
    }
  }
}
