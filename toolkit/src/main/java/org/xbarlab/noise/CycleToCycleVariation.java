package org.xbarlab.noise;

import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;
import org.xbarlab.device.ConductanceRange;

/**
 * Cycle-to-cycle variation: every read sees {@code G * (1 + sigma * N(0,1))}, resampled per read,
 * clipped at 0 S by {@link #sample}; as an engine effect ({@link #effect}) clipped to the device
 * window, since it changes the state of the cell, not the sensed current.
 */
public final class CycleToCycleVariation {
  private final double relativeSigma;

  private CycleToCycleVariation(double relativeSigma) {
    if (!(relativeSigma >= 0) || Double.isInfinite(relativeSigma)) {
      throw new ConfigException("cycleVariationSigma", relativeSigma, "a relative sigma >= 0");
    }
    this.relativeSigma = relativeSigma;
  }

  /** Returns the model with relative standard deviation {@code relativeSigma >= 0}. */
  public static CycleToCycleVariation of(double relativeSigma) {
    return new CycleToCycleVariation(relativeSigma);
  }

  /** Returns the relative standard deviation. */
  public double relativeSigma() {
    return relativeSigma;
  }

  /** Returns this variation as a read-time effect clipped to {@code window}. */
  public ReadEffect effect(ConductanceRange window) {
    return new ReadEffect() {
      @Override
      public Kind kind() {
        return Kind.STATE;
      }

      @Override
      public double read(double stateSiemens, RandomSource rng) {
        return window.clip(sample(stateSiemens, rng));
      }
    };
  }

  /** Returns one read of a cell programmed at {@code gSiemens}, in siemens, clipped at 0 S. */
  public double sample(double gSiemens, RandomSource rng) {
    if (relativeSigma == 0) {
      return gSiemens;
    }
    return Math.max(0.0, gSiemens * (1 + relativeSigma * rng.gaussian()));
  }
}
