package org.xbarlab.train;

/**
 * What a weight matrix does in the network, which decides its noise scale (see
 * {@link LayerNoiseScale}): convolution kernels are duplicated over crossbars and their noise is
 * averaged, fully connected layers are not.
 */
public enum LayerRole {
  /** A convolution layer, {@code W [out x in x kH x kW]}. */
  CONVOLUTION,
  /** A hidden fully connected layer, {@code W [nIn x nOut]}. */
  DENSE,
  /** The output (classifier) layer, {@code W [nIn x classes]}; fully connected. */
  CLASSIFIER;

  /** Returns whether the layer is fully connected (dense or classifier). */
  public boolean fullyConnected() {
    return this != CONVOLUTION;
  }
}
