package org.xbarlab.nn;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/** The network architectures {@link TrainedModels} can train and cache for 28×28 grey images. */
public enum Architecture {
  /** 784-128-10 multilayer perceptron. */
  MLP {
    @Override
    MultiLayerNetwork build(int height, int width, int channels, int classes, long seed) {
      return Models.mlp(height * width * channels, classes, seed, 128);
    }
  },
  /** {@link Models#smallCnn}. */
  SMALL_CNN {
    @Override
    MultiLayerNetwork build(int height, int width, int channels, int classes, long seed) {
      return Models.smallCnn(height, width, channels, classes, seed);
    }
  },
  /** {@link Models#lenet5}. */
  LENET5 {
    @Override
    MultiLayerNetwork build(int height, int width, int channels, int classes, long seed) {
      return Models.lenet5(height, width, channels, classes, seed);
    }
  };

  abstract MultiLayerNetwork build(int height, int width, int channels, int classes, long seed);

  /** Returns true when the network takes flattened images ({@code [n x pixels]}). */
  boolean flatInput() {
    return this == MLP;
  }
}
