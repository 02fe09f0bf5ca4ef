package org.xbarlab.nax;

import java.util.Arrays;
import java.util.List;
import org.xbarlab.ConfigException;
import org.xbarlab.crossbar.CrossbarConfig;
import org.xbarlab.nn.Network;
import org.xbarlab.nn.ResNet20;

/**
 * One NAX design: a kernel side and a tile size for each searchable convolution of ResNet-20
 * ({@link ResNet20#convolutionNames()} order). A block's 1x1 shortcut projection sits on the tiles
 * of the block's first convolution, the classifier on those of the last convolution.
 *
 * @param kernels odd kernel side per convolution
 * @param crossbarSizes square tile side per convolution, each one of
 *     {@link NaxSpace#SUPPORTED_CROSSBAR_SIZES}
 */
public record NaxDesign(int[] kernels, int[] crossbarSizes) {
  /** Validates the lengths and tile sizes; kernels are checked when the network is built. */
  public NaxDesign {
    if (kernels == null || kernels.length != ResNet20.CONVOLUTIONS) {
      throw new ConfigException("kernels", kernels == null ? null : kernels.length + " sides",
          ResNet20.CONVOLUTIONS + " kernel sides");
    }
    if (crossbarSizes == null || crossbarSizes.length != ResNet20.CONVOLUTIONS) {
      throw new ConfigException("crossbarSizes",
          crossbarSizes == null ? null : crossbarSizes.length + " sizes",
          ResNet20.CONVOLUTIONS + " tile sizes");
    }
    for (int s : crossbarSizes) {
      if (!NaxSpace.SUPPORTED_CROSSBAR_SIZES.contains(s)) {
        throw new ConfigException("crossbarSize", s, "one of " + NaxSpace.SUPPORTED_CROSSBAR_SIZES);
      }
    }
    kernels = kernels.clone();
    crossbarSizes = crossbarSizes.clone();
  }

  /** Returns a copy of the kernel sides (the design is immutable). */
  @Override
  public int[] kernels() {
    return kernels.clone();
  }

  /** Returns a copy of the tile sides (the design is immutable). */
  @Override
  public int[] crossbarSizes() {
    return crossbarSizes.clone();
  }

  /** Returns the baseline: ResNet-20's 3x3 kernels, every layer on {@code size x size} tiles. */
  public static NaxDesign homogeneous(int size) {
    int[] k = new int[ResNet20.CONVOLUTIONS];
    Arrays.fill(k, 3);
    int[] s = new int[ResNet20.CONVOLUTIONS];
    Arrays.fill(s, size);
    return new NaxDesign(k, s);
  }

  /** Returns true if every layer uses the same tile size. */
  public boolean isHomogeneous() {
    return Arrays.stream(crossbarSizes).allMatch(s -> s == crossbarSizes[0]);
  }

  /**
   * Returns {@code base} with this design's tiles: a homogeneous design is {@code base} on its one
   * size; otherwise every crossbar layer gets its own size (projections and the classifier as
   * described above).
   */
  public CrossbarConfig config(CrossbarConfig base) {
    CrossbarConfig c = base.withCrossbarSize(crossbarSizes[0]).withLayerArrays(java.util.Map.of());
    if (isHomogeneous()) {
      return c;
    }
    List<String> names = ResNet20.convolutionNames();
    for (int i = 0; i < names.size(); i++) {
      c = c.withLayerCrossbarSize(names.get(i), crossbarSizes[i]);
      if (names.get(i).endsWith("b1_conv1") && !names.get(i).startsWith("s1")) {
        c = c.withLayerCrossbarSize(names.get(i).replace("conv1", "proj"), crossbarSizes[i]);
      }
    }
    return c.withLayerCrossbarSize("output", crossbarSizes[crossbarSizes.length - 1]);
  }

  /** Returns the network of this design (freshly initialised; train it before mapping). */
  public Network network(int height, int width, int channels, int classes, int[] stageChannels,
      long seed) {
    return Network.of(ResNet20.build(height, width, channels, classes, stageChannels, kernels,
        seed));
  }

  /**
   * Returns a short label: {@code k3 x64} when uniform, {@code k3/7/3 x16/32/256} when uniform
   * within each residual stage (the stem with stage 1), else the two lists.
   */
  public String label() {
    if (uniform(kernels, 0, kernels.length) && isHomogeneous()) {
      return "k" + kernels[0] + " x" + crossbarSizes[0];
    }
    if (perStage(kernels) && perStage(crossbarSizes)) {
      return "k" + kernels[0] + "/" + kernels[7] + "/" + kernels[13] + " x" + crossbarSizes[0] + "/"
          + crossbarSizes[7] + "/" + crossbarSizes[13];
    }
    return "k" + Arrays.toString(kernels).replace(" ", "") + " x"
        + Arrays.toString(crossbarSizes).replace(" ", "");
  }

  /** Stages in {@link ResNet20#convolutionNames()} order: stem + stage 1 = 0..6, 7..12, 13..18. */
  private static boolean perStage(int[] v) {
    return uniform(v, 0, 7) && uniform(v, 7, 13) && uniform(v, 13, 19);
  }

  private static boolean uniform(int[] v, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (v[i] != v[from]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NaxDesign d && Arrays.equals(kernels, d.kernels)
        && Arrays.equals(crossbarSizes, d.crossbarSizes);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(kernels) + Arrays.hashCode(crossbarSizes);
  }

  @Override
  public String toString() {
    return label();
  }
}
