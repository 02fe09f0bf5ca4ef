package org.xbarlab.data;

import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;

/**
 * Training-time image augmentation applied per sample by {@link ImageDataSetIterator}: a random
 * crop back to the original size from the image zero-padded by {@code paddingPixels} on every side
 * (zero is a black raw pixel, applied before normalisation), then, if {@code horizontalFlip}, a
 * mirror of the columns with probability 1/2. This is the usual CIFAR-10 recipe ({@link
 * #cropAndFlip()}: 4-pixel padding plus flip). All choices come from the iterator's seeded {@link
 * RandomSource}.
 *
 * <pre>{@code
 * DataSetIterator it = cifar.train().iterator(128, 42L, Augmentation.cropAndFlip());
 * }</pre>
 *
 * @param paddingPixels zero padding on each side before the random crop, in pixels, 0..64
 * @param horizontalFlip whether to mirror left-right with probability 1/2
 */
public record Augmentation(int paddingPixels, boolean horizontalFlip) {

  /**
   * Validates the padding.
   *
   * @param paddingPixels zero padding on each side, in pixels, 0..64
   * @param horizontalFlip whether to mirror left-right with probability 1/2
   */
  public Augmentation {
    if (paddingPixels < 0 || paddingPixels > 64) {
      throw new ConfigException("paddingPixels", paddingPixels, "an integer in 0..64");
    }
  }

  /** Returns no augmentation. */
  public static Augmentation none() {
    return new Augmentation(0, false);
  }

  /** Returns the CIFAR-10 standard: random crop with 4-pixel zero padding plus horizontal flip. */
  public static Augmentation cropAndFlip() {
    return new Augmentation(4, true);
  }

  /** Returns whether this augmentation changes nothing. */
  public boolean isNone() {
    return paddingPixels == 0 && !horizontalFlip;
  }

  /**
   * Writes the augmented copy of one image into {@code out}.
   *
   * @param source raw image {@code [channels x height x width]} at {@code sourceOffset}
   * @param out destination of the same shape
   * @param rng draws the crop offsets and the flip (always 3 draws when padding > 0 or flipping)
   */
  void apply(byte[] source, int sourceOffset, int channels, int height, int width, byte[] out, RandomSource rng) {
    int dy = paddingPixels == 0 ? 0 : rng.nextInt(2 * paddingPixels + 1) - paddingPixels;
    int dx = paddingPixels == 0 ? 0 : rng.nextInt(2 * paddingPixels + 1) - paddingPixels;
    boolean flip = horizontalFlip && rng.uniform() < 0.5;
    apply(source, sourceOffset, channels, height, width, out, dy, dx, flip);
  }

  /**
   * Writes the image shifted by ({@code dy}, {@code dx}) with zero fill and optionally mirrored:
   * {@code out[c][y][x] = source[c][y + dy][x' + dx]} with {@code x' = flip ? width - 1 - x : x}.
   */
  static void apply(
      byte[] source, int sourceOffset, int channels, int height, int width, byte[] out, int dy, int dx, boolean flip) {
    for (int c = 0; c < channels; c++) {
      int plane = sourceOffset + c * height * width;
      for (int y = 0; y < height; y++) {
        int sy = y + dy;
        for (int x = 0; x < width; x++) {
          int sx = (flip ? width - 1 - x : x) + dx;
          boolean inside = sy >= 0 && sy < height && sx >= 0 && sx < width;
          out[(c * height + y) * width + x] = inside ? source[plane + sy * width + sx] : 0;
        }
      }
    }
  }
}
