package org.xbarlab.nn;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.xbarlab.ConfigException;

/**
 * A VGG-style CNN (Simonyan and Zisserman, ICLR 2015) sized for Fashion-MNIST and CIFAR-10: one
 * block per entry of {@code blockChannels}, each conv3x3-BN-ReLU, conv3x3-BN-ReLU ('same'
 * padding), max-pool 2x2; then dense {@code hidden} ReLU and softmax. A sequential
 * {@link MultiLayerNetwork}, so every tool of the {@code train} and {@code crossbar} stages applies.
 *
 * <pre>{@code
 * MultiLayerNetwork fm = VggNet.build(28, 28, 1, 10, new int[] {32, 64}, 128, 42);      // Fashion-MNIST
 * MultiLayerNetwork cifar = VggNet.build(32, 32, 3, 10, new int[] {64, 128, 256}, 256, 42);
 * }</pre>
 */
public final class VggNet {
  private VggNet() {}

  /** Returns the Fashion-MNIST default: blocks {32, 64}, dense 128. */
  public static MultiLayerNetwork fashionMnist(long seed) {
    return build(28, 28, 1, 10, new int[] {32, 64}, 128, seed);
  }

  /**
   * Returns VGG16 for 32x32 images (the X-CHANGR paper's network, papers.md 3): 13 conv3x3-BN-ReLU
   * layers in blocks of 64, 64 | 128, 128 | 256 x3 | 512 x3 | 512 x3 channels, each block followed by
   * a 2x2 max-pool, then dense 512 and softmax (the common CIFAR variant of Simonyan and Zisserman's
   * configuration D, with one hidden dense layer instead of two 4096-wide ones).
   */
  public static MultiLayerNetwork vgg16(int height, int width, int channels, int classes, long seed) {
    return build(height, width, channels, classes, new int[] {64, 128, 256, 512, 512},
        new int[] {2, 2, 3, 3, 3}, 512, seed);
  }

  /**
   * Returns NeuroSim's VGG-8 for 32x32 images (DNN+NeuroSim V2.1, papers.md 4.3; the stuck-at-fault
   * paper's network): conv3x3 128-128-M-256-256-M-512-512-M (each with BN and ReLU here), then dense
   * 8192 -> 1024 -> classes.
   */
  public static MultiLayerNetwork vgg8(int height, int width, int channels, int classes, long seed) {
    return build(height, width, channels, classes, new int[] {128, 256, 512}, new int[] {2, 2, 2},
        1024, seed);
  }

  /** Returns the CIFAR-10 default: blocks {64, 128, 256}, dense 256. */
  public static MultiLayerNetwork cifar10(long seed) {
    return build(32, 32, 3, 10, new int[] {64, 128, 256}, 256, seed);
  }

  /**
   * Returns an initialised VGG-style network (Adam 1e-3, float).
   *
   * @param height image height in pixels; must stay &gt;= 1 after one 2x pooling per block
   * @param width image width in pixels; same rule
   * @param channels input channels, &gt;= 1
   * @param classes number of classes, &gt;= 2
   * @param blockChannels output channels of each conv-conv-pool block, 1..6 blocks, each &gt;= 1
   * @param hidden width of the dense layer, &gt;= 1
   * @param seed seed of the initial weights
   */
  public static MultiLayerNetwork build(int height, int width, int channels, int classes, int[] blockChannels,
      int hidden, long seed) {
    int[] two = new int[blockChannels == null ? 0 : blockChannels.length];
    java.util.Arrays.fill(two, 2);
    return build(height, width, channels, classes, blockChannels, two, hidden, seed);
  }

  /**
   * Like {@link #build(int, int, int, int, int[], int, long)} with {@code convsPerBlock[b]}
   * conv3x3-BN-ReLU layers in block {@code b} (1..4 each).
   */
  public static MultiLayerNetwork build(int height, int width, int channels, int classes, int[] blockChannels,
      int[] convsPerBlock, int hidden, long seed) {
    if (blockChannels != null && (convsPerBlock == null || convsPerBlock.length != blockChannels.length)) {
      throw new ConfigException("convsPerBlock", convsPerBlock == null ? null : convsPerBlock.length + " blocks",
          "one count per block (" + blockChannels.length + ")");
    }
    if (blockChannels == null || blockChannels.length < 1 || blockChannels.length > 6) {
      throw new ConfigException("blockChannels", blockChannels == null ? null : blockChannels.length + " blocks",
          "1..6 blocks");
    }
    int minSide = 1 << blockChannels.length;
    if (height < minSide || width < minSide || channels < 1) {
      throw new ConfigException("inputShape", height + "x" + width + "x" + channels,
          "height and width >= " + minSide + " for " + blockChannels.length + " pooling blocks, channels >= 1");
    }
    if (classes < 2) {
      throw new ConfigException("classes", classes, "at least 2 classes");
    }
    if (hidden < 1) {
      throw new ConfigException("hidden", hidden, "a positive dense width");
    }
    NeuralNetConfiguration.ListBuilder list = Models.base(seed, WeightInit.RELU)
        .convolutionMode(ConvolutionMode.Same)
        .list();
    for (int b = 0; b < blockChannels.length; b++) {
      int c = blockChannels[b];
      if (c < 1) {
        throw new ConfigException("blockChannels", c, "positive channel counts");
      }
      if (convsPerBlock[b] < 1 || convsPerBlock[b] > 4) {
        throw new ConfigException("convsPerBlock", convsPerBlock[b], "1..4 convolutions per block");
      }
      for (int k = 0; k < convsPerBlock[b]; k++) {
        list.layer(new ConvolutionLayer.Builder(3, 3).nOut(c).activation(Activation.IDENTITY).build());
        list.layer(new BatchNormalization.Builder().activation(Activation.RELU).build());
      }
      list.layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build());
    }
    list.layer(new DenseLayer.Builder().nOut(hidden).activation(Activation.RELU).build());
    list.layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(classes)
        .activation(Activation.SOFTMAX).weightInit(WeightInit.XAVIER).build());
    list.setInputType(InputType.convolutional(height, width, channels));
    MultiLayerNetwork net = new MultiLayerNetwork(list.build());
    net.init();
    return net;
  }
}
