package org.xbarlab.noise;

import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;

/**
 * Two-level random telegraph noise with PytorX's amplitude law ({@code layer.py}; papers.md 1.4 step
 * 2): on every read, with probability {@code tau}, the cell conductance jumps up by
 *
 * <pre>
 *   x = b * G + a,   G_RTN = G * x / (G - x)
 * </pre>
 *
 * PytorX fixes {@code a = 1.662e-7 S}, {@code b = 0.0015}, {@code tau = 0.5} ({@link #pytorx()});
 * other devices take their own constants through {@link #of}.
 *
 * <p><b>Negative-denominator guard.</b> {@code G - x} is {@code <= 0} for
 * {@code G <= a / (1 - b)}, where the PytorX formula gives a negative or infinite jump and hence a
 * negative conductance. This port does two things: (1) a configuration whose {@code gMinSiemens} is
 * at or below {@link #minimumConductanceSiemens()} is <em>rejected</em> when RTN is on
 * ({@code CrossbarConfig} throws a {@code ConfigException}), because the model has no physical
 * meaning there; (2) at read time a cell that variation pushed close to or below that threshold gets
 * its jump <em>bounded</em> to at most {@code G} (a 100% jump, which is what PytorX gives at its
 * default Gmin = 3.33e-7 S) and to 0 for {@code G <= 0}. So the jump is always in {@code [0, G]} and
 * never makes a conductance negative.
 *
 * @param offsetSiemens offset {@code a} in siemens, {@code >= 0}
 * @param slope slope {@code b}, in [0, 1)
 * @param probability probability {@code tau} that a read sees the jump, in [0, 1]
 */
public record RandomTelegraphNoise(double offsetSiemens, double slope, double probability)
    implements ReadEffect {

  /** Validates the constants; throws {@link ConfigException} naming the field and range. */
  public RandomTelegraphNoise {
    if (!(offsetSiemens >= 0) || Double.isInfinite(offsetSiemens)) {
      throw new ConfigException("rtnOffsetSiemens", offsetSiemens, "a conductance >= 0 S");
    }
    if (!(slope >= 0 && slope < 1)) {
      throw new ConfigException("rtnSlope", slope, "a number in [0, 1)");
    }
    if (!(probability >= 0 && probability <= 1)) {
      throw new ConfigException("rtnProbability", probability, "a probability in [0, 1]");
    }
  }

  /** Returns the PytorX constants: {@code a = 1.662e-7 S}, {@code b = 0.0015}, {@code tau = 0.5}. */
  public static RandomTelegraphNoise pytorx() {
    return new RandomTelegraphNoise(1.662e-7, 0.0015, 0.5);
  }

  /**
   * Returns a model with custom constants.
   *
   * @param offsetSiemens offset {@code a} in siemens, {@code >= 0}
   * @param slope slope {@code b}, in [0, 1)
   * @param probability probability {@code tau} that a read sees the jump, in [0, 1]
   */
  public static RandomTelegraphNoise of(double offsetSiemens, double slope, double probability) {
    return new RandomTelegraphNoise(offsetSiemens, slope, probability);
  }

  /** Returns {@code a / (1 - b)} in siemens: at or below it the PytorX denominator is not positive. */
  public double minimumConductanceSiemens() {
    return offsetSiemens / (1 - slope);
  }

  /** Returns true if no read can change: {@code tau = 0} or {@code a = b = 0}. */
  public boolean isSilent() {
    return probability == 0 || (offsetSiemens == 0 && slope == 0);
  }

  /** Returns the jump {@code G x / (G - x)} in siemens, bounded to {@code [0, G]} (see class doc). */
  public double jumpSiemens(double gSiemens) {
    if (!(gSiemens > 0)) {
      return 0.0;
    }
    double x = slope * gSiemens + offsetSiemens;
    double denominator = gSiemens - x;
    if (denominator <= x) {
      return gSiemens; // bound: jump <= G (PytorX's own value at denominator == x)
    }
    return gSiemens * x / denominator;
  }

  /** Returns one read: {@code G + jump(G)} with probability {@code tau}, else {@code G}. */
  public double sample(double gSiemens, RandomSource rng) {
    return rng.uniform() < probability ? gSiemens + jumpSiemens(gSiemens) : gSiemens;
  }

  /** Returns {@link Kind#FLUCTUATION}: the jump is added at the state, as in PytorX. */
  @Override
  public Kind kind() {
    return Kind.FLUCTUATION;
  }

  /** Returns the deviation: {@code jump(G)} with probability {@code tau}, else 0. */
  @Override
  public double read(double stateSiemens, RandomSource rng) {
    return rng.uniform() < probability ? jumpSiemens(stateSiemens) : 0.0;
  }
}
