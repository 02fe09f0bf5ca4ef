package org.xbarlab.noise;

import org.xbarlab.ConfigException;
import org.xbarlab.device.ConductanceRange;

/**
 * Programming (write-verify) error: a program-and-verify loop stops within a tolerance of the
 * target, leaving each cell at {@code G + sigma * dG * N(0,1)}, frozen for every later read and
 * clipped to the device window. Unlike {@link DeviceToDeviceVariation} the error is absolute (in
 * level steps {@code dG}), as a verify tolerance is. PytorX instead folds a {@code (dG/3)^2} term
 * into its per-read noise ({@link ReadNoise}); use one or the other, not both, for one physical error.
 */
public final class ProgrammingError {
  private final double sigmaSteps;

  private ProgrammingError(double sigmaSteps) {
    if (!(sigmaSteps >= 0) || Double.isInfinite(sigmaSteps)) {
      throw new ConfigException("programmingErrorSigmaSteps", sigmaSteps,
          "a sigma >= 0 in level steps");
    }
    this.sigmaSteps = sigmaSteps;
  }

  /** Returns the error with standard deviation {@code sigmaSteps >= 0} level steps. */
  public static ProgrammingError of(double sigmaSteps) {
    return new ProgrammingError(sigmaSteps);
  }

  /** Returns the standard deviation in level steps. */
  public double sigmaSteps() {
    return sigmaSteps;
  }

  /** Returns this error as a programming-time effect for cells of step {@code levelStepSiemens}. */
  public ProgrammingEffect effect(ConductanceRange window, double levelStepSiemens) {
    double sigma = sigmaSteps * levelStepSiemens;
    return (cell, g, rng) -> window.clip(g + sigma * rng.gaussian());
  }
}
