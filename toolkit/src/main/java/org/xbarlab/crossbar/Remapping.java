package org.xbarlab.crossbar;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.xbarlab.ConfigException;

/**
 * A placement of a network's crossbar layers: for each layer, by name, a {@link LayerPermutation}
 * of its rows and kernels; layers not listed keep the identity. An input of
 * {@link CrossbarMapping#map(org.xbarlab.nn.Network, CrossbarConfig,
 * org.nd4j.linalg.api.ndarray.INDArray, Remapping)}, so Monte-Carlo accuracy, per-layer errors and
 * the cost model all read the remapped chip. Built by the strategies of {@code org.xbarlab.remap}
 * (SRS, DRS) or by hand.
 *
 * <p><b>Hardware cost.</b> A fixed permutation is decided before the chip is programmed: the weights
 * are written to the permuted cells, the inputs are wired to their word lines, and the digital
 * accumulator writes each ADC result to its logical output address. It is wiring and address
 * decoding only, no multiplexer on the analogue path, so the cost model charges nothing for it.
 */
public final class Remapping {
  private static final Remapping IDENTITY = new Remapping(Map.of());

  private final Map<String, LayerPermutation> layers;

  private Remapping(Map<String, LayerPermutation> layers) {
    this.layers = Collections.unmodifiableMap(new LinkedHashMap<>(layers));
  }

  /** Returns the remapping that moves nothing. */
  public static Remapping identity() {
    return IDENTITY;
  }

  /** Returns a remapping with the given per-layer permutations (layer name to permutation). */
  public static Remapping of(Map<String, LayerPermutation> layers) {
    for (Map.Entry<String, LayerPermutation> e : layers.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        throw new ConfigException("layers", String.valueOf(e), "layer names and permutations, non-null");
      }
    }
    return new Remapping(layers);
  }

  /** Returns a copy in which layer {@code layerName} has {@code permutation}. */
  public Remapping with(String layerName, LayerPermutation permutation) {
    Map<String, LayerPermutation> m = new LinkedHashMap<>(layers);
    m.put(layerName, permutation);
    return of(m);
  }

  /** Returns the permutation of layer {@code layerName}, if it has one. */
  public Optional<LayerPermutation> layer(String layerName) {
    return Optional.ofNullable(layers.get(layerName));
  }

  /** Returns every listed layer and its permutation, in insertion order. */
  public Map<String, LayerPermutation> layers() {
    return layers;
  }

  /**
   * Returns the permutation of layer {@code layerName} of shape {@code fanIn x fanOut}, the
   * identity when none is listed.
   *
   * @throws ConfigException if the listed permutation has another shape (a remapping built for
   *     another network)
   */
  LayerPermutation forLayer(String layerName, int fanIn, int fanOut) {
    LayerPermutation p = layers.get(layerName);
    if (p == null) {
      return LayerPermutation.identity(fanIn, fanOut);
    }
    if (p.fanIn() != fanIn || p.fanOut() != fanOut) {
      throw new ConfigException("remapping." + layerName, p.fanIn() + " x " + p.fanOut(),
          "the layer's shape " + fanIn + " x " + fanOut + " (fan-in x fan-out): this remapping was"
              + " built for another network or layer shape");
    }
    return p;
  }

  @Override
  public String toString() {
    return "Remapping" + layers.keySet();
  }
}
