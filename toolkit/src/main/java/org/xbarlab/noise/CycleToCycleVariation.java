package org.xbarlab.noise;

import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;
import org.xbarlab.device.ConductanceRange;

/**
 * Cycle-to-cycle variation: every read sees {@code G * (1 + sigma * N(0,1))}, resampled per read,
 * clipped at 0 S by {@link #sample}; as an engine effect ({@link #effect}) clipped to the device
 * window, since it changes the state of the cell, not the sensed current.
 *
 * @param relativeSigma relative standard deviation, {@code >= 0}
 */
public record CycleToCycleVariation(double relativeSigma) {
  /** Validates the sigma; throws {@link ConfigException} naming {@code cycleVariationSigma}. */
  public CycleToCycleVariation {
    RelativeVariation.check("cycleVariationSigma", relativeSigma);
  }

  /** Returns the model with relative standard deviation {@code relativeSigma >= 0}. */
  public static CycleToCycleVariation of(double relativeSigma) {
    return new CycleToCycleVariation(relativeSigma);
  }

  /** Returns this variation as a read-time effect (it changes the state) clipped to {@code window}. */
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
    return RelativeVariation.vary(gSiemens, relativeSigma, rng);
  }
}
