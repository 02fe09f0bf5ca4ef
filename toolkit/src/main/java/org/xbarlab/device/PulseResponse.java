package org.xbarlab.device;

import org.xbarlab.ConfigException;

/**
 * How a cell's conductance responds to identical programming pulses: NeuroSim's non-linear
 * long-term potentiation (LTP) and depression (LTD) model (DNN+NeuroSim V2.1, papers.md 4.3). After
 * a fraction {@code x = P / P_max} of the full pulse train, the normalised conductance is
 * {@code (1 - exp(-x/a)) / (1 - exp(-1/a))} ({@code 0} at the start, {@code 1} after {@code P_max}
 * pulses), with {@code a = A / P_max} set by the non-linearity label NL; {@code NL = 0} is the
 * linear device.
 *
 * <p><b>The label.</b> NeuroSim looks {@code a} up in a 900-entry table ({@code GetParamA}). That
 * table follows one rule, which is what this class solves instead of copying it: the largest
 * perpendicular distance between the normalised curve and the diagonal is {@code 0.07 * |NL|}
 * (checked against the table's anchors in papers.md 4.3, to 6 digits). The sign is NeuroSim's
 * convention for direction: LTP labels are {@code >= 0}, LTD labels {@code <= 0}, each curve
 * saturating in its own direction (LTD = -4 is the mirror image of LTP = 4).
 *
 * <p><b>Programming.</b> Used by the crossbar engine for open-loop programming: a cell is reset to
 * its mapping's zero state and receives one pulse per digit level ({@code P_max = 2^cellBits}
 * pulses span the window): from Gmin by LTP pulses, or from Gmax by LTD pulses when the mapping
 * stores zeros at Gmax. A linear response reaches the level grid exactly (write-verify); a
 * non-linear one overshoots: the first pulses move the conductance most.
 *
 * <pre>{@code
 * PulseResponse strong = PulseResponse.of(4, -4);
 * double a = PulseResponse.normalisedA(4);           // 0.269089, NeuroSim's table entry
 * double g = strong.potentiated(0.5);                // 0.865 of the window after half the pulses
 * }</pre>
 *
 * @param ltpNonlinearity LTP label NL, in [0, 9]
 * @param ltdNonlinearity LTD label NL, in [-9, 0]
 */
public record PulseResponse(double ltpNonlinearity, double ltdNonlinearity) {
  /** The largest label NeuroSim's table covers. */
  public static final double MAX_NONLINEARITY = 9.0;
  /** Perpendicular distance from the diagonal per unit of the label (NeuroSim's table). */
  static final double DISTANCE_PER_LABEL = 0.07;

  /** Validates the labels; throws {@link ConfigException} naming the label and its range. */
  public PulseResponse {
    if (!(ltpNonlinearity >= 0 && ltpNonlinearity <= MAX_NONLINEARITY)) {
      throw new ConfigException("ltpNonlinearity", ltpNonlinearity,
          "a label in [0, 9] (NeuroSim: LTP >= 0; 0 = linear)");
    }
    if (!(ltdNonlinearity <= 0 && ltdNonlinearity >= -MAX_NONLINEARITY)) {
      throw new ConfigException("ltdNonlinearity", ltdNonlinearity,
          "a label in [-9, 0] (NeuroSim: LTD <= 0; 0 = linear)");
    }
  }

  /** Returns the linear device (every level reached exactly). */
  public static PulseResponse linear() {
    return new PulseResponse(0, 0);
  }

  /** Returns the response with LTP label {@code ltp} in [0, 9] and LTD label {@code ltd} in [-9, 0]. */
  public static PulseResponse of(double ltp, double ltd) {
    return new PulseResponse(ltp, ltd);
  }

  /** Returns true if both curves are linear. */
  public boolean isLinear() {
    return ltpNonlinearity == 0 && ltdNonlinearity == 0;
  }

  /**
   * Returns NeuroSim's normalised {@code a = A / P_max} for label {@code |nl|} in (0, 9]: the
   * {@code a} at which the curve's largest perpendicular distance from the diagonal is
   * {@code 0.07 * |nl|}, by bisection on {@code log a} (the distance falls as {@code a} grows).
   */
  public static double normalisedA(double nl) {
    double target = DISTANCE_PER_LABEL * Math.abs(nl);
    if (!(target > 0) || Math.abs(nl) > MAX_NONLINEARITY) {
      throw new ConfigException("nl", nl, "a non-zero label with |NL| <= 9");
    }
    double lo = Math.log(1e-4);
    double hi = Math.log(1e4);
    for (int i = 0; i < 200; i++) {
      double mid = 0.5 * (lo + hi);
      if (distanceFromDiagonal(Math.exp(mid)) > target) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return Math.exp(0.5 * (lo + hi));
  }

  /**
   * Returns the largest perpendicular distance between {@code y = (1 - exp(-x/a))/(1 - exp(-1/a))}
   * and {@code y = x} on [0, 1]: at {@code x* = -a ln(a (1 - exp(-1/a)))}, where the slope is 1.
   */
  static double distanceFromDiagonal(double a) {
    double span = -Math.expm1(-1 / a);
    double x = -a * Math.log(a * span);
    return (-Math.expm1(-x / a) / span - x) / Math.sqrt(2);
  }

  /**
   * Returns the normalised conductance after LTP pulses from Gmin: {@code x} of the full pulse
   * train gives a fraction in [0, 1] of the window.
   */
  public double potentiated(double x) {
    return curve(x, ltpNonlinearity == 0 ? Double.NaN : normalisedA(ltpNonlinearity));
  }

  /**
   * Returns how far LTD pulses from Gmax have depressed the cell, as a fraction of the window:
   * {@code x} of the full pulse train gives [0, 1] (the cell holds {@code Gmax - fraction * span}).
   */
  public double depressed(double x) {
    return curve(x, ltdNonlinearity == 0 ? Double.NaN : normalisedA(ltdNonlinearity));
  }

  /**
   * Returns the conductance open-loop programming reaches for each digit {@code d} of a
   * {@code cellBits}-bit cell (index = digit): {@code Gmin + potentiated(d / 2^cellBits) * span}
   * from Gmin, or {@code Gmax - depressed(d / 2^cellBits) * span} from Gmax. A linear response
   * gives the level grid {@code Gmin + d * dG} (or {@code Gmax - d * dG}).
   *
   * @param cellBits bits per cell, 1..16
   * @param fromGmax true if the mapping stores zeros at Gmax (the cell is depressed from there)
   */
  public double[] levelsSiemens(int cellBits, boolean fromGmax, ConductanceRange window) {
    if (cellBits < 1 || cellBits > 16) {
      throw new ConfigException("cellBits", cellBits, "an integer in 1..16");
    }
    int levels = 1 << cellBits;
    double nl = fromGmax ? ltdNonlinearity : ltpNonlinearity;
    double a = nl == 0 ? Double.NaN : normalisedA(nl);
    double[] g = new double[levels];
    for (int d = 0; d < levels; d++) {
      double f = curve((double) d / levels, a);
      g[d] = fromGmax ? window.gMaxSiemens() - f * window.spanSiemens()
          : window.gMinSiemens() + f * window.spanSiemens();
    }
    return g;
  }

  /** The normalised curve at {@code x}; {@code a = NaN} is the linear device. */
  private static double curve(double x, double a) {
    if (Double.isNaN(a)) {
      return x;
    }
    return -Math.expm1(-x / a) / -Math.expm1(-1 / a);
  }
}
