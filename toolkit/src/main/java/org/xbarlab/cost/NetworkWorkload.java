package org.xbarlab.cost;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.xbarlab.ConfigException;
import org.xbarlab.nn.LayerKind;

/**
 * An ordered list of weighted layers to be costed; pooling, activation and batch normalisation
 * are not mapped to crossbars and are not listed.
 *
 * <p>Ready-made workloads: {@link #vgg8Cifar10()} (the DNN+NeuroSim VGG-8) and {@link
 * #resnet20Cifar10()} (He et al. 2016, option-A shortcuts). Example:
 *
 * <pre>{@code
 * NetworkWorkload net = NetworkWorkload.of("tiny",
 *     List.of(LayerWorkload.conv("c1", 3, 3, 16, 32, 32), LayerWorkload.dense("fc", 16384, 10)));
 * }</pre>
 */
public final class NetworkWorkload {
  private final String name;
  private final List<LayerWorkload> layers;

  private NetworkWorkload(String name, List<LayerWorkload> layers) {
    this.name = name;
    this.layers = layers;
  }

  /**
   * Returns the workload of a network exactly as the crossbar simulator mapped it: one layer per
   * crossbar-mapped layer, with its fan-in rows, fan-out columns and MVMs per inference (output
   * positions for convolutions). Digital layers (pooling, activation) carry no crossbar cost, and
   * their pooling is not carried over ({@code poolingWindow} stays 1; add it with {@link
   * LayerWorkload#withPoolingWindow(int)} where it matters).
   *
   * @param mapping a mapped network ({@code CrossbarMapping.map(...)})
   */
  public static NetworkWorkload from(org.xbarlab.crossbar.CrossbarMapping mapping) {
    List<LayerWorkload> layers = new java.util.ArrayList<>();
    for (int index : mapping.crossbarLayers()) {
      org.xbarlab.crossbar.TileLayout layout = mapping.layout(index).orElseThrow();
      layers.add(new LayerWorkload(mapping.layerNames().get(index), mapping.layerKinds().get(index),
          layout.fanIn(), layout.fanOut(), mapping.mvmsPerInference(index).orElseThrow()));
    }
    return of("mapped " + mapping.network().model().getClass().getSimpleName(), layers);
  }

  /**
   * Returns a workload with the given layers, in execution order.
   *
   * @param name network name, non-blank
   * @param layers at least one layer; copied
   */
  public static NetworkWorkload of(String name, List<LayerWorkload> layers) {
    if (name == null || name.isBlank()) {
      throw new ConfigException("name", name, "a non-blank network name");
    }
    if (layers == null || layers.isEmpty()) {
      throw new ConfigException("layers", layers, "at least one weighted layer");
    }
    for (LayerWorkload layer : layers) {
      if (layer == null) {
        throw new ConfigException("layers", "a null entry", "no null layers");
      }
    }
    return new NetworkWorkload(name, List.copyOf(layers));
  }

  /**
   * Returns {@code copies} consecutive copies of one layer (names suffixed {@code _1, _2, ...}); used
   * to check that costs scale with depth.
   *
   * @param layer the layer to repeat
   * @param copies number of copies, at least 1
   */
  public static NetworkWorkload repeated(LayerWorkload layer, int copies) {
    if (copies < 1) {
      throw new ConfigException("copies", copies, "at least 1");
    }
    List<LayerWorkload> list = new ArrayList<>(copies);
    for (int i = 1; i <= copies; i++) {
      list.add(new LayerWorkload(layer.name() + "_" + i, layer.kind(), layer.rows(), layer.cols(),
          layer.mvmsPerInference(), layer.poolingWindow()));
    }
    return of(layer.name() + "x" + copies, list);
  }

  /**
   * Returns VGG-8 for CIFAR-10 as in DNN+NeuroSim (github.com/neurosim/DNN_NeuroSim_V1.3,
   * {@code Inference_pytorch/models/VGG.py}): conv 128-128-M-256-256-M-512-512-M, all 3x3 'same',
   * then FC 8192-1024-10; M = 2x2 max pooling ({@code poolingWindow = 4} on conv2, conv4, conv6).
   * Weighted layers: 6 conv + 2 dense, 12.97 M weights, 616 M MACs.
   */
  public static NetworkWorkload vgg8Cifar10() {
    return of("VGG-8/CIFAR-10", List.of(
        LayerWorkload.conv("conv1", 3, 3, 128, 32, 32),
        LayerWorkload.conv("conv2", 3, 128, 128, 32, 32).withPoolingWindow(4),
        LayerWorkload.conv("conv3", 3, 128, 256, 16, 16),
        LayerWorkload.conv("conv4", 3, 256, 256, 16, 16).withPoolingWindow(4),
        LayerWorkload.conv("conv5", 3, 256, 512, 8, 8),
        LayerWorkload.conv("conv6", 3, 512, 512, 8, 8).withPoolingWindow(4),
        LayerWorkload.dense("fc1", 8192, 1024),
        LayerWorkload.dense("fc2", 1024, 10)));
  }

  /**
   * Returns ResNet-20 for CIFAR-10 with option-A (parameter-free) shortcuts, as in He et al.,
   * CVPR 2016, section 4.2: a 3x3 stem with 16 channels, three stages of three basic blocks (two
   * 3x3 convs each) with 16/32/64 channels at 32x32/16x16/8x8, global average pooling, FC 64-10.
   * 19 conv + 1 dense = 20 weighted layers, 0.27 M weights, 40.6 M MACs.
   */
  public static NetworkWorkload resnet20Cifar10() {
    return resnet20Cifar10(ResNetShortcut.IDENTITY_ZERO_PAD);
  }

  /**
   * Returns ResNet-20 for CIFAR-10 with the chosen shortcut; with {@link
   * ResNetShortcut#PROJECTION_1X1} two strided 1x1 convs (16-32, 32-64) are added before the first
   * block of stages 2 and 3.
   *
   * @param shortcut the shortcut option
   */
  public static NetworkWorkload resnet20Cifar10(ResNetShortcut shortcut) {
    if (shortcut == null) {
      throw new ConfigException("shortcut", null, "IDENTITY_ZERO_PAD or PROJECTION_1X1");
    }
    List<LayerWorkload> list = new ArrayList<>();
    list.add(LayerWorkload.conv("conv1", 3, 3, 16, 32, 32));
    int[] widths = {16, 32, 64};
    int[] sides = {32, 16, 8};
    int previous = 16;
    for (int stage = 0; stage < 3; stage++) {
      int width = widths[stage];
      int side = sides[stage];
      for (int block = 0; block < 3; block++) {
        String prefix = "stage" + (stage + 1) + "_block" + (block + 1);
        int in = block == 0 ? previous : width;
        if (block == 0 && in != width && shortcut == ResNetShortcut.PROJECTION_1X1) {
          list.add(LayerWorkload.conv(prefix + "_shortcut", 1, in, width, side, side));
        }
        list.add(LayerWorkload.conv(prefix + "_conv1", 3, in, width, side, side));
        list.add(LayerWorkload.conv(prefix + "_conv2", 3, width, width, side, side));
      }
      previous = width;
    }
    list.add(LayerWorkload.dense("fc", 64, 10));
    String suffix = shortcut == ResNetShortcut.PROJECTION_1X1 ? " (1x1 projections)" : "";
    return of("ResNet-20/CIFAR-10" + suffix, list);
  }

  /** Returns the network name. */
  public String name() {
    return name;
  }

  /** Returns the layers in execution order (unmodifiable). */
  public List<LayerWorkload> layers() {
    return Collections.unmodifiableList(layers);
  }

  /** Returns the number of weighted layers. */
  public int size() {
    return layers.size();
  }

  /** Returns the total number of weights. */
  public long weightCount() {
    long sum = 0;
    for (LayerWorkload layer : layers) {
      sum += layer.weightCount();
    }
    return sum;
  }

  /** Returns multiply-accumulate operations per inference. */
  public long macsPerInference() {
    long sum = 0;
    for (LayerWorkload layer : layers) {
      sum += layer.macsPerInference();
    }
    return sum;
  }

  @Override
  public String toString() {
    return name + " (" + layers.size() + " weighted layers, " + weightCount() + " weights)";
  }
}
