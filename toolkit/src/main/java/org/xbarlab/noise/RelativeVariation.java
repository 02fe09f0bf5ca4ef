package org.xbarlab.noise;

import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;

/** The relative Gaussian law shared by device-to-device and cycle-to-cycle variation. */
final class RelativeVariation {
  private RelativeVariation() {}

  /** Throws {@link ConfigException} naming {@code field} unless {@code sigma} is finite and >= 0. */
  static void check(String field, double sigma) {
    if (!(sigma >= 0) || Double.isInfinite(sigma)) {
      throw new ConfigException(field, sigma, "a relative sigma >= 0");
    }
  }

  /** Returns {@code max(0, g (1 + sigma N(0,1)))}; draws nothing when {@code sigma == 0}. */
  static double vary(double g, double sigma, RandomSource rng) {
    if (sigma == 0) {
      return g;
    }
    return Math.max(0.0, g * (1 + sigma * rng.gaussian()));
  }
}
