package org.xbarlab;

/** Mean and standard error of a small sample (Monte-Carlo chips, fault maps, seeds). */
public final class SampleStatistics {
  private SampleStatistics() {}

  /** Returns the arithmetic mean of {@code values} (NaN for none). */
  public static double mean(double[] values) {
    double s = 0;
    for (double x : values) {
      s += x;
    }
    return s / values.length;
  }

  /** Returns the standard error of the mean, {@code s / sqrt(n)} with the n-1 sample deviation. */
  public static double standardError(double[] values) {
    if (values.length < 2) {
      return Double.NaN;
    }
    double m = mean(values);
    double s = 0;
    for (double x : values) {
      s += (x - m) * (x - m);
    }
    return Math.sqrt(s / (values.length - 1) / values.length);
  }
}
