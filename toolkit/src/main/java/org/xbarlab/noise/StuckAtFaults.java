package org.xbarlab.noise;

import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;

/**
 * Stuck-at fault statistics: a total fault rate and the SA1:SA0 ratio, from which a frozen
 * {@link FaultMap} is drawn once per programmed chip.
 *
 * <p><b>Convention</b> (explicit, as most literature and the MT paper, and <em>opposite</em> to the
 * PytorX source names): SA0 = stuck at the low conductance Gmin (high-resistance state), SA1 = stuck
 * at the high conductance Gmax (low-resistance state).
 *
 * <p>Per cell a uniform {@code p ~ U(0,1)} is drawn; the cell is SA0 if {@code p < rate * r0}, SA1 if
 * {@code p >= 1 - rate * r1}, with {@code r1 = ratio / (1 + ratio)}, {@code r0 = 1 - r1} (disjoint,
 * as PytorX {@code SAF.py}). The number of SA0 and SA1 cells in {@code n} cells is therefore
 * binomial with {@code p0 = rate * r0} and {@code p1 = rate * r1}.
 */
public final class StuckAtFaults {
  private final double rate;
  private final double sa1ToSa0Ratio;

  private StuckAtFaults(double rate, double sa1ToSa0Ratio) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new ConfigException("stuckAtRate", rate, "a probability in [0, 1]");
    }
    if (!(sa1ToSa0Ratio >= 0) || Double.isNaN(sa1ToSa0Ratio)) {
      throw new ConfigException(
          "sa1ToSa0Ratio", sa1ToSa0Ratio, "a ratio >= 0 (0 = SA0 only, Infinity = SA1 only)");
    }
    this.rate = rate;
    this.sa1ToSa0Ratio = sa1ToSa0Ratio;
  }

  /**
   * Returns the fault statistics.
   *
   * @param rate total fraction of faulty cells, in [0, 1]
   * @param sa1ToSa0Ratio SA1:SA0 ratio, {@code >= 0}; {@code Double.POSITIVE_INFINITY} = SA1 only
   */
  public static StuckAtFaults of(double rate, double sa1ToSa0Ratio) {
    return new StuckAtFaults(rate, sa1ToSa0Ratio);
  }

  /** Returns the total fault rate. */
  public double rate() {
    return rate;
  }

  /** Returns the SA1:SA0 ratio. */
  public double sa1ToSa0Ratio() {
    return sa1ToSa0Ratio;
  }

  /** Returns the probability that a cell is SA1 (stuck at Gmax). */
  public double sa1Probability() {
    double share = Double.isInfinite(sa1ToSa0Ratio) ? 1.0 : sa1ToSa0Ratio / (1 + sa1ToSa0Ratio);
    return rate * share;
  }

  /** Returns the probability that a cell is SA0 (stuck at Gmin). */
  public double sa0Probability() {
    return rate - sa1Probability();
  }

  /** Draws a frozen fault map for {@code cells} cells. */
  public FaultMap sample(int cells, RandomSource rng) {
    byte[] state = new byte[cells];
    double p0 = sa0Probability();
    double p1 = sa1Probability();
    if (rate > 0) {
      for (int i = 0; i < cells; i++) {
        double p = rng.uniform();
        if (p < p0) {
          state[i] = FaultMap.SA0;
        } else if (p >= 1 - p1) {
          state[i] = FaultMap.SA1;
        }
      }
    }
    return new FaultMap(state);
  }
}
