package org.xbarlab.noise;

import org.xbarlab.RandomSource;

/**
 * Thermal + shot + programming read noise, resampled on every read, exactly as PytorX
 * ({@code layer.py}; papers.md 1.4 step 1):
 *
 * <pre>
 *   sigma_G = sqrt( G * f * (4 k_B T + 2 q V) / V^2 + (dG / 3)^2 ),   G_read = G + sigma_G * N(0,1)
 * </pre>
 *
 * with {@code k_B = 1.38e-23 J/K}, {@code q = 1.6e-19 C} (PytorX constants), {@code f} the
 * operating frequency, {@code T} the temperature and {@code dG} the cell level step.
 *
 * <p><b>Which V.</b> PytorX uses an input-dependent "input_reduced" (an L2 norm of the DAC voltages
 * averaged over batch and window positions). This class uses the fixed full-scale read voltage
 * {@link ReadConditions#readVoltageVolts()}, which makes the noise independent of the data and
 * equals the {@code V = 0.1 V} of the papers.md sanity values. A NaN/Inf sigma is replaced by 0 as in
 * PytorX. The sample is an effective (current-referred) conductance and, like PytorX, is not clipped,
 * so a cell at Gmin may read slightly below 0.
 */
public final class ReadNoise implements ReadEffect {
  /** Boltzmann constant as used by PytorX, in J/K. */
  public static final double BOLTZMANN_JOULES_PER_KELVIN = 1.38e-23;
  /** Elementary charge as used by PytorX, in C. */
  public static final double ELEMENTARY_CHARGE_COULOMBS = 1.6e-19;

  private final ReadConditions conditions;
  private final double levelStepSiemens;
  private final double thermalShotFactor;
  private final double programmingVariance;

  private ReadNoise(ReadConditions conditions, double levelStepSiemens) {
    this.conditions = conditions;
    this.levelStepSiemens = levelStepSiemens;
    double v = conditions.readVoltageVolts();
    this.thermalShotFactor =
        conditions.frequencyHertz()
            * (4 * BOLTZMANN_JOULES_PER_KELVIN * conditions.temperatureKelvin()
                + 2 * ELEMENTARY_CHARGE_COULOMBS * v)
            / (v * v);
    this.programmingVariance = (levelStepSiemens / 3) * (levelStepSiemens / 3);
  }

  /**
   * Returns the read-noise model for the given conditions and level step.
   *
   * @param conditions read voltage, frequency and temperature
   * @param levelStepSiemens cell level step {@code dG} in siemens, {@code >= 0}
   */
  public static ReadNoise of(ReadConditions conditions, double levelStepSiemens) {
    return new ReadNoise(conditions, levelStepSiemens);
  }

  /** Returns the conditions this model was built for. */
  public ReadConditions conditions() {
    return conditions;
  }

  /** Returns the level step {@code dG} in siemens. */
  public double levelStepSiemens() {
    return levelStepSiemens;
  }

  /**
   * Returns {@code sigma_G} in siemens for a cell at conductance {@code gSiemens}; 0 where the
   * formula gives NaN or Inf (for example a negative conductance).
   */
  public double sigmaSiemens(double gSiemens) {
    double s = Math.sqrt(gSiemens * thermalShotFactor + programmingVariance);
    return Double.isFinite(s) ? s : 0.0;
  }

  /** Returns one noisy read {@code G + sigma_G(G) * N(0,1)} in siemens. */
  public double sample(double gSiemens, RandomSource rng) {
    return gSiemens + sigmaSiemens(gSiemens) * rng.gaussian();
  }

  /** Returns {@link Kind#FLUCTUATION}: thermal and shot noise perturb the current, not the cell. */
  @Override
  public Kind kind() {
    return Kind.FLUCTUATION;
  }

  /** Returns the deviation {@code sigma_G(G) * N(0,1)} in siemens. */
  @Override
  public double read(double stateSiemens, RandomSource rng) {
    return sigmaSiemens(stateSiemens) * rng.gaussian();
  }
}
