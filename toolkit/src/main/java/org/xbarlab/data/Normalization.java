package org.xbarlab.data;

import java.util.Arrays;
import org.xbarlab.ConfigException;

/**
 * How raw 8-bit pixels become the floats a network sees: {@code value = (raw / 255 - mean[c]) /
 * std[c]} for channel {@code c}. {@link #unitRange()} (mean 0, std 1) scales to [0, 1], the
 * default of every loaded dataset; {@link #standardize(double[], double[])} additionally centres
 * and scales each channel, with mean and standard deviation given on the [0, 1] scale (compute them
 * on the training set with {@link ImageDataset#channelMeans()} and {@link
 * ImageDataset#channelStdDevs()} and reuse them for the test set).
 *
 * <pre>{@code
 * ImageDataset train = data.train().withNormalization(data.train().fitStandardization());
 * ImageDataset test = data.test().withNormalization(train.normalization());
 * }</pre>
 */
public final class Normalization {
  private static final Normalization UNIT_RANGE = new Normalization(new double[0], new double[0]);

  private final double[] mean;
  private final double[] std;

  private Normalization(double[] mean, double[] std) {
    this.mean = mean;
    this.std = std;
  }

  /** Returns the scaling to [0, 1]: {@code raw / 255}, for any number of channels. */
  public static Normalization unitRange() {
    return UNIT_RANGE;
  }

  /**
   * Returns per-channel standardisation {@code (raw / 255 - mean[c]) / std[c]}.
   *
   * @param channelMeans mean of each channel on the [0, 1] scale, each in [0, 1]
   * @param channelStdDevs standard deviation of each channel on the [0, 1] scale, each &gt; 0
   * @throws ConfigException if lengths differ or a value is out of range
   */
  public static Normalization standardize(double[] channelMeans, double[] channelStdDevs) {
    if (channelMeans.length == 0 || channelMeans.length != channelStdDevs.length) {
      throw new ConfigException(
          "channelMeans/channelStdDevs",
          channelMeans.length + "/" + channelStdDevs.length,
          "one mean and one standard deviation per channel (equal, non-zero lengths)");
    }
    for (int c = 0; c < channelMeans.length; c++) {
      if (!(channelMeans[c] >= 0 && channelMeans[c] <= 1)) {
        throw new ConfigException("channelMeans[" + c + "]", channelMeans[c], "a value in [0, 1] (pixels scaled to [0, 1])");
      }
      if (!(channelStdDevs[c] > 0 && Double.isFinite(channelStdDevs[c]))) {
        throw new ConfigException("channelStdDevs[" + c + "]", channelStdDevs[c], "a finite value > 0");
      }
    }
    return new Normalization(channelMeans.clone(), channelStdDevs.clone());
  }

  /** Returns whether this is plain scaling to [0, 1]. */
  public boolean isUnitRange() {
    return mean.length == 0;
  }

  /** Returns the number of channels this standardisation is for (0 for {@link #unitRange()}). */
  public int channels() {
    return mean.length;
  }

  /** Returns the per-channel means on the [0, 1] scale (empty for {@link #unitRange()}). */
  public double[] channelMeans() {
    return mean.clone();
  }

  /** Returns the per-channel standard deviations on the [0, 1] scale (empty for unit range). */
  public double[] channelStdDevs() {
    return std.clone();
  }

  /**
   * Returns a lookup table {@code [channels x 256]} mapping raw byte value to normalised float
   * for each of {@code channels} channels.
   */
  float[][] table(int channels) {
    if (!isUnitRange() && mean.length != channels) {
      throw new ConfigException("normalization", this, "standardisation for " + channels + " channels");
    }
    float[][] lookup = new float[channels][256];
    for (int c = 0; c < channels; c++) {
      double m = isUnitRange() ? 0 : mean[c];
      double s = isUnitRange() ? 1 : std[c];
      for (int v = 0; v < 256; v++) {
        lookup[c][v] = (float) ((v / 255.0 - m) / s);
      }
    }
    return lookup;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Normalization n && Arrays.equals(mean, n.mean) && Arrays.equals(std, n.std);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(mean) + Arrays.hashCode(std);
  }

  @Override
  public String toString() {
    return isUnitRange()
        ? "Normalization[raw / 255]"
        : "Normalization[(raw / 255 - " + Arrays.toString(mean) + ") / " + Arrays.toString(std) + "]";
  }
}
