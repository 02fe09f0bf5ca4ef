package org.xbarlab.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.xbarlab.nn.LayerKind;

/** The ready-made workloads have the published layer shapes. */
class WorkloadTest {

  @Test
  void vgg8HasTheDnnNeuroSimShapes() {
    NetworkWorkload vgg = NetworkWorkload.vgg8Cifar10();
    assertEquals(8, vgg.size());
    // 3456 + 147456 + 294912 + 589824 + 1179648 + 2359296 + 8388608 + 10240
    assertEquals(12_973_440L, vgg.weightCount());
    // 3456*1024 + 147456*1024 + 294912*256 + 589824*256 + 1179648*64 + 2359296*64 + 8388608 + 10240
    assertEquals(615_917_568L, vgg.macsPerInference());
    LayerWorkload conv2 = vgg.layers().get(1);
    assertEquals(1152, conv2.rows());
    assertEquals(128, conv2.cols());
    assertEquals(1024, conv2.mvmsPerInference());
    assertEquals(LayerKind.DENSE, vgg.layers().get(6).kind());
    // 2x2 max pooling after conv2, conv4 and conv6 (128-128-M-256-256-M-512-512-M)
    int[] windows = vgg.layers().stream().mapToInt(LayerWorkload::poolingWindow).toArray();
    org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {1, 4, 1, 4, 1, 4, 1, 1}, windows);
  }

  @Test
  void resnet20OptionAHas20WeightedLayers() {
    NetworkWorkload r = NetworkWorkload.resnet20Cifar10();
    assertEquals(20, r.size());
    // stem 432 + stage1 6*2304 + stage2 (4608 + 5*9216) + stage3 (18432 + 5*36864) + fc 640
    assertEquals(268_336L, r.weightCount());
    assertEquals(8 * 8, r.layers().get(18).mvmsPerInference());
  }

  @Test
  void resnet20WithProjectionsAddsTwoStridedOneByOneConvs() {
    NetworkWorkload r = NetworkWorkload.resnet20Cifar10(ResNetShortcut.PROJECTION_1X1);
    assertEquals(22, r.size());
    assertEquals(268_336L + 16 * 32 + 32 * 64, r.weightCount());
    LayerWorkload shortcut = r.layers().get(7);
    assertEquals("stage2_block1_shortcut", shortcut.name());
    assertEquals(16, shortcut.rows());
    assertEquals(16 * 16, shortcut.mvmsPerInference());
  }
}
