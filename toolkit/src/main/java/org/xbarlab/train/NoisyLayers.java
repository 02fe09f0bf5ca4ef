package org.xbarlab.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.BaseOutputLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;

/** Which layers carry crossbar-mapped weights ({@code "W"}) and what role they play. */
final class NoisyLayers {
  /** DL4J's weight parameter key. */
  static final String WEIGHT_KEY = "W";

  private NoisyLayers() {}

  /** Returns the role of {@code layer}, or empty if its weights are not crossbar-mapped. */
  static Optional<LayerRole> roleOf(Layer layer) {
    return roleOf(layer.conf().getLayer());
  }

  /** Returns the role of a layer configuration, or empty if it has no crossbar-mapped weights. */
  static Optional<LayerRole> roleOf(org.deeplearning4j.nn.conf.layers.Layer conf) {
    if (conf instanceof ConvolutionLayer) {
      return Optional.of(LayerRole.CONVOLUTION);
    }
    if (conf instanceof BaseOutputLayer) {
      return Optional.of(LayerRole.CLASSIFIER);
    }
    if (conf instanceof DenseLayer) {
      return Optional.of(LayerRole.DENSE);
    }
    return Optional.empty();
  }

  /** Returns the indices (in {@code layers}) of the layers with crossbar-mapped weights. */
  static List<Integer> indices(Layer[] layers) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < layers.length; i++) {
      if (roleOf(layers[i]).isPresent() && layers[i].paramTable().containsKey(WEIGHT_KEY)) {
        out.add(i);
      }
    }
    return out;
  }
}
