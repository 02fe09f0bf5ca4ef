package org.xbarlab.nn;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/** The network architectures {@link TrainedModels} can train and cache for 28×28 grey images. */
public enum Architecture {
  /** 784-128-10 multilayer perceptron on images ({@link Models#imageMlp}). */
  MLP {
    @Override
    public MultiLayerNetwork build(int height, int width, int channels, int classes, long seed) {
      return Models.imageMlp(height, width, channels, classes, seed, 128);
    }
  },
  /** {@link Models#smallCnn}. */
  SMALL_CNN {
    @Override
    public MultiLayerNetwork build(int height, int width, int channels, int classes, long seed) {
      return Models.smallCnn(height, width, channels, classes, seed);
    }
  },
  /**
   * A small VGG-style CNN ({@link VggNet}): blocks of 16 and 32 channels (conv3x3-BN-ReLU twice,
   * max-pool), dense 64, softmax: the X-CHANGR quick profile's network.
   */
  VGG_SMALL {
    @Override
    public MultiLayerNetwork build(int height, int width, int channels, int classes, long seed) {
      return VggNet.build(height, width, channels, classes, new int[] {16, 32}, 64, seed);
    }
  },
  /** {@link Models#lenet5}. */
  LENET5 {
    @Override
    public MultiLayerNetwork build(int height, int width, int channels, int classes, long seed) {
      return Models.lenet5(height, width, channels, classes, seed);
    }
  };

  /** Returns an initialised network of this architecture. */
  public abstract MultiLayerNetwork build(int height, int width, int channels, int classes, long seed);
}
