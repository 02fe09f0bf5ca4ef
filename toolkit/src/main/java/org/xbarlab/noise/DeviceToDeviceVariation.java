package org.xbarlab.noise;

import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;
import org.xbarlab.device.ConductanceRange;

/**
 * Device-to-device (programming-time) variation: each cell's programmed conductance is
 * {@code G * (1 + sigma * N(0,1))}, drawn once when the chip is programmed and frozen for every
 * later read. {@link #program} clips at 0 S; as an engine effect ({@link #effect}) the result is
 * clipped to the device window, as CrossSim clips programmed conductances, so a cell programmed to
 * Gmax never holds more than Gmax.
 *
 * @param relativeSigma relative standard deviation, {@code >= 0}
 */
public record DeviceToDeviceVariation(double relativeSigma) {
  /** Validates the sigma; throws {@link ConfigException} naming {@code deviceVariationSigma}. */
  public DeviceToDeviceVariation {
    RelativeVariation.check("deviceVariationSigma", relativeSigma);
  }

  /** Returns the model with relative standard deviation {@code relativeSigma >= 0}. */
  public static DeviceToDeviceVariation of(double relativeSigma) {
    return new DeviceToDeviceVariation(relativeSigma);
  }

  /** Returns this variation as a programming-time effect clipped to {@code window}. */
  public ProgrammingEffect effect(ConductanceRange window) {
    return (cell, g, rng) -> window.clip(program(g, rng));
  }

  /** Returns the frozen programmed conductance of one cell in siemens, clipped at 0 S. */
  public double program(double gSiemens, RandomSource rng) {
    return RelativeVariation.vary(gSiemens, relativeSigma, rng);
  }
}
