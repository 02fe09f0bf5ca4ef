package org.xbarlab.optimize;

/** Standard normal density, distribution and log-distribution (package-private, fast). */
final class NormalMath {
  private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2 * Math.PI);

  private NormalMath() {}

  static double pdf(double x) {
    return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
  }

  /** Returns Phi(x) with relative error below 1.2e-7 (Numerical Recipes erfc). */
  static double cdf(double x) {
    return 0.5 * erfc(-x / Math.sqrt(2));
  }

  /** Returns ln Phi(x), accurate far into the lower tail. */
  static double logCdf(double x) {
    double z = -x / Math.sqrt(2);
    if (z > 0) {
      return Math.log(0.5) + logErfcPositive(z);
    }
    return Math.log(0.5 * erfc(z));
  }

  private static double erfc(double x) {
    double z = Math.abs(x);
    double t = 1.0 / (1.0 + 0.5 * z);
    double ans = t * Math.exp(-z * z + poly(t));
    return x >= 0 ? ans : 2.0 - ans;
  }

  private static double logErfcPositive(double z) {
    double t = 1.0 / (1.0 + 0.5 * z);
    return Math.log(t) - z * z + poly(t);
  }

  private static double poly(double t) {
    return -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
        + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
        + t * (-0.82215223 + t * 0.17087277))))))));
  }
}
