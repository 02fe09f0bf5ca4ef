package org.xbarlab.noise;

import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;

/**
 * Two-level random telegraph noise as in PytorX ({@code layer.py}; papers.md 1.4 step 2): on every
 * read, with probability {@code tau = 0.5}, the cell conductance jumps up by
 *
 * <pre>
 *   x = b * G + a,   G_RTN = G * x / (G - x),   a = 1.662e-7 S, b = 0.0015
 * </pre>
 *
 * <p><b>Negative-denominator guard.</b> {@code G - x} is {@code <= 0} for
 * {@code G <= a / (1 - b)} (about 1.66e-7 S), where the PytorX formula gives a negative or infinite
 * jump and hence a negative conductance. This port does two things: (1) a configuration whose
 * {@code gMinSiemens} is at or below {@link #minimumConductanceSiemens()} is <em>rejected</em> when RTN
 * is on ({@code CrossbarConfig} throws a {@code ConfigException}), because the model has no physical
 * meaning there; (2) at read time a cell that variation pushed close to or below that threshold gets
 * its jump <em>bounded</em> to at most {@code G} (a 100% jump, which is what PytorX gives at its
 * default Gmin = 3.33e-7 S) and to 0 for {@code G <= 0}. So the jump is always in {@code [0, G]} and
 * never makes a conductance negative.
 */
public final class RandomTelegraphNoise {
  private final double aSiemens;
  private final double b;
  private final double probability;

  private RandomTelegraphNoise(double aSiemens, double b, double probability) {
    if (!(aSiemens >= 0)) {
      throw new ConfigException("rtnOffsetSiemens", aSiemens, "a conductance >= 0 S");
    }
    if (!(b >= 0 && b < 1)) {
      throw new ConfigException("rtnSlope", b, "a number in [0, 1)");
    }
    if (!(probability >= 0 && probability <= 1)) {
      throw new ConfigException("rtnProbability", probability, "a probability in [0, 1]");
    }
    this.aSiemens = aSiemens;
    this.b = b;
    this.probability = probability;
  }

  /** Returns the PytorX constants: {@code a = 1.662e-7 S}, {@code b = 0.0015}, {@code tau = 0.5}. */
  public static RandomTelegraphNoise pytorx() {
    return new RandomTelegraphNoise(1.662e-7, 0.0015, 0.5);
  }

  /**
   * Returns a model with custom constants.
   *
   * @param aSiemens offset {@code a} in siemens, {@code >= 0}
   * @param b slope, in [0, 1)
   * @param probability probability {@code tau} that a read sees the jump, in [0, 1]
   */
  public static RandomTelegraphNoise of(double aSiemens, double b, double probability) {
    return new RandomTelegraphNoise(aSiemens, b, probability);
  }

  /** Returns the probability {@code tau} that one read sees the jump. */
  public double probability() {
    return probability;
  }

  /** Returns {@code a / (1 - b)} in siemens: at or below it the PytorX denominator is not positive. */
  public double minimumConductanceSiemens() {
    return aSiemens / (1 - b);
  }

  /** Returns the jump {@code G x / (G - x)} in siemens, bounded to {@code [0, G]} (see class doc). */
  public double jumpSiemens(double gSiemens) {
    if (!(gSiemens > 0)) {
      return 0.0;
    }
    double x = b * gSiemens + aSiemens;
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
}
