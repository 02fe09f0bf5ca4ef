package org.xbarlab.cost;

/**
 * How a ResNet-20 block that changes width (16 to 32, 32 to 64 channels) forms its shortcut.
 *
 * <p>He et al., "Deep Residual Learning for Image Recognition", CVPR 2016, section 4.2 (CIFAR-10)
 * use option A: an identity shortcut that subsamples and zero-pads channels, with no weights.
 * Option B adds a strided 1x1 projection convolution, which does occupy crossbars.
 */
public enum ResNetShortcut {
  /** Option A: parameter-free identity with zero padding; no crossbar cost (the paper's choice). */
  IDENTITY_ZERO_PAD,
  /** Option B: strided 1x1 projection convolution on the two down-sampling blocks. */
  PROJECTION_1X1
}
