package org.xbarlab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.xbarlab.ConfigException;

/** Shapes, parameter counts and one training step of the ResNet-20 and VGG builders. */
class NetworksTest {
  private static DataSet random(int n, int c, int h, int w, int classes) {
    Nd4j.getRandom().setSeed(1);
    INDArray x = Nd4j.rand(DataType.FLOAT, n, c, h, w);
    INDArray y = Nd4j.zeros(DataType.FLOAT, n, classes);
    for (int i = 0; i < n; i++) {
      y.putScalar(i, i % classes, 1f);
    }
    return new DataSet(x, y);
  }

  @Test
  void resnet20HasNineteenConvolutionsPlusClassifierAndTrains() {
    ComputationGraph net = ResNet20.build(32, 32, 3, 10, 42);
    long convs = 0;
    long projections = 0;
    for (org.deeplearning4j.nn.api.Layer l : net.getLayers()) {
      if (l.conf().getLayer() instanceof ConvolutionLayer) {
        if (l.conf().getLayer().getLayerName().endsWith("proj")) {
          projections++;
        } else {
          convs++;
        }
      }
    }
    assertEquals(19, convs, "stem + 3 stages x 3 blocks x 2 convs");
    assertEquals(2, projections, "option-B projections at stages 2 and 3");
    // weights: stem 432, stage1 6*2304, stage2 4608+5*9216, stage3 18432+5*36864, projections 512+2048, fc 640 (+10 bias)
    long weights = 432 + 6 * 2304 + 4608 + 5 * 9216 + 18432 + 5 * 36864 + 512 + 2048 + 640; // 270 896
    long bn = 4L * (16 + 6 * 16 + 6 * 32 + 6 * 64 + 32 + 64); // gamma, beta, mean, var per channel
    assertEquals(weights + 10 + bn, net.numParams());
    DataSet d = random(4, 3, 32, 32, 10);
    assertArrayEquals(new long[] {4, 10}, net.outputSingle(d.getFeatures()).shape());
    INDArray before = net.params().dup();
    net.fit(d);
    assertNotEquals(before, net.params());
  }

  @Test
  void vggHasConvConvPoolBlocksAndTrainsOnFashionMnistShapes() {
    MultiLayerNetwork net = VggNet.fashionMnist(3);
    DataSet d = random(4, 1, 28, 28, 10);
    assertArrayEquals(new long[] {4, 10}, net.output(d.getFeatures()).shape());
    long convs = java.util.Arrays.stream(net.getLayers())
        .filter(l -> l.conf().getLayer() instanceof ConvolutionLayer).count();
    assertEquals(4, convs);
    INDArray before = net.params().dup();
    net.fit(d);
    assertNotEquals(before, net.params());
    assertTrue(VggNet.cifar10(3).numParams() > net.numParams());
  }

  @Test
  void vgg16HasThirteenConvolutionsAndClassifiesCifarShapes() {
    MultiLayerNetwork net = VggNet.vgg16(32, 32, 3, 10, 3);
    long convs = java.util.Arrays.stream(net.getLayers())
        .filter(l -> l.conf().getLayer() instanceof ConvolutionLayer).count();
    assertEquals(13, convs);
    assertArrayEquals(new long[] {2, 10}, net.output(random(2, 3, 32, 32, 10).getFeatures()).shape());
    // configuration D's convolutions: 14.7 M weights, plus dense 512 -> 512 -> 10 and batch norm
    assertTrue(net.numParams() > 14_700_000 && net.numParams() < 15_300_000, "" + net.numParams());
    assertEquals("convsPerBlock", assertThrows(ConfigException.class, () -> VggNet.build(32, 32, 3,
        10, new int[] {8, 8}, new int[] {2, 5}, 16, 1)).field());
  }

  @Test
  void resnet20TakesAKernelPerConvolution() {
    int[] threes = new int[ResNet20.CONVOLUTIONS];
    java.util.Arrays.fill(threes, 3);
    int[] fives = new int[ResNet20.CONVOLUTIONS];
    java.util.Arrays.fill(fives, 5);
    int[] widths = {16, 32, 64};
    long three = ResNet20.build(28, 28, 1, 10, widths, threes, 1).numParams();
    assertEquals(ResNet20.build(28, 28, 1, 10, 1).numParams(), three);
    // 5x5 instead of 3x3 on every searchable convolution: (25 - 9) / 9 of their 267,696 weights
    // (stem 1->16 here: 16 * 1 instead of 16 * 3 input channels, 16 * 16 * 16 fewer)
    long convWeights = 9L * (16 + 6 * 16 * 16 + 16 * 32 + 5 * 32 * 32 + 32 * 64 + 5 * 64 * 64);
    assertEquals(convWeights * 16 / 9, ResNet20.build(28, 28, 1, 10, widths, fives, 1).numParams()
        - three);
    assertEquals(19, ResNet20.convolutionNames().size());
    int[] mixed = threes.clone();
    mixed[ResNet20.convolutionNames().indexOf("s3b1_conv2")] = 9; // runs on a 7x7 map
    ConfigException e = assertThrows(ConfigException.class,
        () -> ResNet20.build(28, 28, 1, 10, widths, mixed, 1));
    assertEquals("kernel of s3b1_conv2", e.field());
    mixed[ResNet20.convolutionNames().indexOf("s3b1_conv2")] = 7;
    assertEquals(10, ResNet20.build(28, 28, 1, 10, widths, mixed, 1).output(
        random(2, 1, 28, 28, 10).getFeatures())[0].size(1));
    mixed[0] = 4;
    assertEquals("kernel of stem", assertThrows(ConfigException.class,
        () -> ResNet20.build(28, 28, 1, 10, widths, mixed, 1)).field());
  }

  @Test
  void vgg8HasNeuroSimsLayersAndWeightCount() {
    MultiLayerNetwork net = VggNet.vgg8(32, 32, 3, 10, 3);
    long convs = java.util.Arrays.stream(net.getLayers())
        .filter(l -> l.conf().getLayer() instanceof ConvolutionLayer).count();
    assertEquals(6, convs);
    long weights = java.util.Arrays.stream(net.getLayers()).filter(l -> l.getParam("W") != null
        && !(l.conf().getLayer() instanceof org.deeplearning4j.nn.conf.layers.BatchNormalization))
        .mapToLong(l -> l.getParam("W").length()).sum();
    // 3*128*9 + 128*128*9 + 128*256*9 + 256*256*9 + 256*512*9 + 512*512*9 + 8192*1024 + 1024*10
    assertEquals(12_973_440L, weights);
    assertArrayEquals(new long[] {2, 10}, net.output(random(2, 3, 32, 32, 10).getFeatures()).shape());
  }

  @Test
  void badShapesNameTheField() {
    assertEquals("classes", assertThrows(ConfigException.class, () -> ResNet20.build(32, 32, 3, 1, 1)).field());
    assertEquals("inputShape", assertThrows(ConfigException.class, () -> ResNet20.build(4, 32, 3, 10, 1)).field());
    assertEquals("blockChannels", assertThrows(ConfigException.class,
        () -> VggNet.build(28, 28, 1, 10, new int[0], 16, 1)).field());
    assertEquals("inputShape", assertThrows(ConfigException.class,
        () -> VggNet.build(28, 28, 1, 10, new int[] {8, 8, 8, 8, 8}, 16, 1)).field());
  }
}
