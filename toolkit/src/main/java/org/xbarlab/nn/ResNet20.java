package org.xbarlab.nn;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.xbarlab.ConfigException;

/**
 * ResNet-20 for CIFAR-sized images (He et al., "Deep Residual Learning for Image Recognition",
 * CVPR 2016, section 4.2): conv 3x3-16 + BN + ReLU, then 3 stages of 3 basic blocks with 16, 32
 * and 64 channels (stride 2 at the start of stages 2 and 3), global average pooling and a softmax
 * classifier; 6n+2 = 20 weighted layers with n = 3. A basic block is conv3x3-BN-ReLU-conv3x3-BN,
 * added to the shortcut ({@code ElementWiseVertex} Add), then ReLU.
 *
 * <p>Shortcuts where the shape changes use <b>option B</b>: a 1x1 stride-2 projection convolution
 * plus batch norm (the paper's CIFAR model uses option A, zero-padding identity, which DL4J has no
 * vertex for); this adds 2 x (16x32 + 32x64) = 5 120 weights (plus BN) to the ~0.27 M of the paper.
 * Layers are named {@code stem}, {@code s<stage>b<block>_conv1|bn1|conv2|bn2|proj|projbn},
 * {@code gap}, {@code output}. Convolutions have no bias (batch norm follows).
 *
 * <pre>{@code
 * ComputationGraph net = ResNet20.build(32, 32, 3, 10, 42);   // CIFAR-10
 * }</pre>
 */
public final class ResNet20 {
  private static final int[] STAGE_CHANNELS = {16, 32, 64};
  private static final int BLOCKS_PER_STAGE = 3;

  private ResNet20() {}

  /**
   * Returns an initialised ResNet-20 (Adam 1e-3, float, He-normal init).
   *
   * @param height image height in pixels, &gt;= 8
   * @param width image width in pixels, &gt;= 8
   * @param channels input channels, &gt;= 1 (3 for CIFAR-10)
   * @param classes number of classes, &gt;= 2
   * @param seed seed of the initial weights
   */
  public static ComputationGraph build(int height, int width, int channels, int classes, long seed) {
    int[] threes = new int[CONVOLUTIONS];
    java.util.Arrays.fill(threes, 3);
    // the paper's network is allowed on small images (8x8: its last stage runs 3x3 on 2x2 maps)
    return build(height, width, channels, classes, STAGE_CHANNELS, threes, seed, false);
  }

  /** The 3x3 convolutions of ResNet-20 whose kernel a search may change: the stem and 18 in blocks. */
  public static final int CONVOLUTIONS = 1 + 2 * BLOCKS_PER_STAGE * 3;

  /**
   * Returns the names of the {@link #CONVOLUTIONS} searchable convolutions in network order:
   * {@code stem}, {@code s1b1_conv1}, {@code s1b1_conv2}, ..., {@code s3b3_conv2}.
   */
  public static java.util.List<String> convolutionNames() {
    java.util.List<String> names = new java.util.ArrayList<>();
    names.add("stem");
    for (int s = 1; s <= 3; s++) {
      for (int b = 1; b <= BLOCKS_PER_STAGE; b++) {
        names.add("s" + s + "b" + b + "_conv1");
        names.add("s" + s + "b" + b + "_conv2");
      }
    }
    return java.util.List.copyOf(names);
  }

  /**
   * Returns a ResNet-20 with its own kernel side for each searchable convolution (NAX's search
   * space) and its own stage widths (16, 32, 64 for the paper's network; narrower for a quick
   * search). Shortcut projections stay 1x1; "same" padding keeps the feature maps of the 3x3 net.
   *
   * @param stageChannels output channels of the three stages, each &gt;= 1
   * @param kernels odd kernel side per convolution of {@link #convolutionNames()}, each at most the
   *     side of the feature map it runs on
   */
  public static ComputationGraph build(int height, int width, int channels, int classes,
      int[] stageChannels, int[] kernels, long seed) {
    return build(height, width, channels, classes, stageChannels, kernels, seed, true);
  }

  private static ComputationGraph build(int height, int width, int channels, int classes,
      int[] stageChannels, int[] kernels, long seed, boolean kernelsMustFit) {
    if (stageChannels == null || stageChannels.length != 3
        || java.util.Arrays.stream(stageChannels).anyMatch(c -> c < 1)) {
      throw new ConfigException("stageChannels", java.util.Arrays.toString(stageChannels),
          "three stage widths, each >= 1 (16, 32, 64 for ResNet-20)");
    }
    if (kernels == null || kernels.length != CONVOLUTIONS) {
      throw new ConfigException("kernels", kernels == null ? null : kernels.length + " sides",
          CONVOLUTIONS + " kernel sides, one per convolution of " + convolutionNames());
    }
    if (height < 8 || width < 8 || channels < 1) {
      throw new ConfigException("inputShape", height + "x" + width + "x" + channels,
          "height and width >= 8 (two stride-2 stages) and channels >= 1");
    }
    if (classes < 2) {
      throw new ConfigException("classes", classes, "at least 2 classes");
    }
    ComputationGraphConfiguration.GraphBuilder g = Models.base(seed, WeightInit.RELU)
        .convolutionMode(ConvolutionMode.Same)
        .graphBuilder()
        .addInputs("input")
        .setInputTypes(InputType.convolutional(height, width, channels));
    java.util.List<String> names = convolutionNames();
    int[] side = new int[1];
    side[0] = Math.min(height, width);
    java.util.function.IntUnaryOperator kernel = i -> requireKernel(names.get(i), kernels[i],
        kernelsMustFit ? side[0] : Integer.MAX_VALUE);
    int k = 0;
    g.addLayer("stem", conv(kernel.applyAsInt(k++), 1, stageChannels[0]), "input");
    g.addLayer("stem_bn", new BatchNormalization.Builder().build(), "stem");
    g.addLayer("stem_relu", new ActivationLayer.Builder().activation(Activation.RELU).build(), "stem_bn");
    String in = "stem_relu";
    int inChannels = stageChannels[0];
    for (int s = 0; s < stageChannels.length; s++) {
      for (int b = 0; b < BLOCKS_PER_STAGE; b++) {
        int out = stageChannels[s];
        int stride = (s > 0 && b == 0) ? 2 : 1;
        String p = "s" + (s + 1) + "b" + (b + 1) + "_";
        int k1 = kernel.applyAsInt(k++); // runs on the block's input map
        side[0] = (side[0] + stride - 1) / stride;
        g.addLayer(p + "conv1", conv(k1, stride, out), in);
        g.addLayer(p + "bn1", new BatchNormalization.Builder().build(), p + "conv1");
        g.addLayer(p + "relu1", new ActivationLayer.Builder().activation(Activation.RELU).build(), p + "bn1");
        g.addLayer(p + "conv2", conv(kernel.applyAsInt(k++), 1, out), p + "relu1");
        g.addLayer(p + "bn2", new BatchNormalization.Builder().build(), p + "conv2");
        String shortcut = in;
        if (stride != 1 || inChannels != out) {
          g.addLayer(p + "proj", conv(1, stride, out), in);
          g.addLayer(p + "projbn", new BatchNormalization.Builder().build(), p + "proj");
          shortcut = p + "projbn";
        }
        g.addVertex(p + "add", new ElementWiseVertex(ElementWiseVertex.Op.Add), p + "bn2", shortcut);
        g.addLayer(p + "relu2", new ActivationLayer.Builder().activation(Activation.RELU).build(), p + "add");
        in = p + "relu2";
        inChannels = out;
      }
    }
    g.addLayer("gap", new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), in);
    g.addLayer("output", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(classes)
        .activation(Activation.SOFTMAX).weightInit(WeightInit.XAVIER).build(), "gap");
    g.setOutputs("output");
    ComputationGraph net = new ComputationGraph(g.build());
    net.init();
    return net;
  }

  private static int requireKernel(String layer, int kernel, int mapSide) {
    if (kernel < 1 || kernel % 2 == 0 || kernel > mapSide) {
      throw new ConfigException("kernel of " + layer, kernel, "an odd side from 1 to the side of"
          + " the feature map it runs on (" + mapSide + ")");
    }
    return kernel;
  }

  private static ConvolutionLayer conv(int kernel, int stride, int out) {
    return new ConvolutionLayer.Builder(kernel, kernel).stride(stride, stride).nOut(out)
        .hasBias(false).activation(Activation.IDENTITY).build();
  }
}
