package org.xbarlab.noise;

import org.xbarlab.ConfigException;

/**
 * Which non-idealities act on the cells and how strongly: per-read thermal+shot+programming noise
 * ({@link ReadNoise}), random telegraph noise ({@link RandomTelegraphNoise}), stuck-at faults
 * ({@link StuckAtFaults}), device-to-device and cycle-to-cycle variation. Line resistance is
 * configured separately ({@link LineResistance}).
 *
 * @param readNoise thermal + shot + programming noise on every read
 * @param randomTelegraphNoise PytorX two-level RTN on every read
 * @param stuckAtRate total stuck-at fault rate, in [0, 1]
 * @param sa1ToSa0Ratio SA1:SA0 ratio, {@code >= 0} (Infinity = SA1 only)
 * @param deviceVariationSigma relative device-to-device sigma (frozen per cell), {@code >= 0}
 * @param cycleVariationSigma relative cycle-to-cycle sigma (per read), {@code >= 0}
 */
public record NoiseStack(
    boolean readNoise,
    boolean randomTelegraphNoise,
    double stuckAtRate,
    double sa1ToSa0Ratio,
    double deviceVariationSigma,
    double cycleVariationSigma) {

  /** Validates the rates and sigmas; throws {@link ConfigException} naming field and range. */
  public NoiseStack {
    StuckAtFaults.of(stuckAtRate, sa1ToSa0Ratio);
    DeviceToDeviceVariation.of(deviceVariationSigma);
    CycleToCycleVariation.of(cycleVariationSigma);
  }

  /** Returns a stack with every non-ideality off. */
  public static NoiseStack none() {
    return new NoiseStack(false, false, 0.0, 1.0, 0.0, 0.0);
  }

  /** Returns the PytorX/ReSNA stochastic noise: read noise and RTN on, no faults, no variation. */
  public static NoiseStack pytorx() {
    return new NoiseStack(true, true, 0.0, 1.0, 0.0, 0.0);
  }

  /** Returns true if nothing is on. */
  public boolean isNone() {
    return !readNoise
        && !randomTelegraphNoise
        && stuckAtRate == 0
        && deviceVariationSigma == 0
        && cycleVariationSigma == 0;
  }

  /** Returns true if any per-read (stochastic) effect is on. */
  public boolean hasPerReadNoise() {
    return readNoise || randomTelegraphNoise || cycleVariationSigma > 0;
  }

  /** Returns the stuck-at fault statistics. */
  public StuckAtFaults stuckAtFaults() {
    return StuckAtFaults.of(stuckAtRate, sa1ToSa0Ratio);
  }

  /** Returns a copy with read noise on or off. */
  public NoiseStack withReadNoise(boolean on) {
    return new NoiseStack(on, randomTelegraphNoise, stuckAtRate, sa1ToSa0Ratio,
        deviceVariationSigma, cycleVariationSigma);
  }

  /** Returns a copy with RTN on or off. */
  public NoiseStack withRandomTelegraphNoise(boolean on) {
    return new NoiseStack(readNoise, on, stuckAtRate, sa1ToSa0Ratio,
        deviceVariationSigma, cycleVariationSigma);
  }

  /** Returns a copy with another stuck-at rate in [0, 1] and SA1:SA0 ratio {@code >= 0}. */
  public NoiseStack withStuckAtFaults(double rate, double sa1ToSa0) {
    return new NoiseStack(readNoise, randomTelegraphNoise, rate, sa1ToSa0,
        deviceVariationSigma, cycleVariationSigma);
  }

  /** Returns a copy with another relative device-to-device sigma. */
  public NoiseStack withDeviceVariationSigma(double sigma) {
    return new NoiseStack(readNoise, randomTelegraphNoise, stuckAtRate, sa1ToSa0Ratio,
        sigma, cycleVariationSigma);
  }

  /** Returns a copy with another relative cycle-to-cycle sigma. */
  public NoiseStack withCycleVariationSigma(double sigma) {
    return new NoiseStack(readNoise, randomTelegraphNoise, stuckAtRate, sa1ToSa0Ratio,
        deviceVariationSigma, sigma);
  }
}
