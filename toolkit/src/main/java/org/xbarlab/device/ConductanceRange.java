package org.xbarlab.device;

import org.xbarlab.ConfigException;

/**
 * The programmable conductance window of one ReRAM cell, {@code gMinSiemens < gMaxSiemens}.
 *
 * <p>A cell with {@code cellBits} bits is programmed to {@code Gmin + d * levelStepSiemens(cellBits)}
 * for digit {@code d} in {@code 0 .. 2^cellBits - 1}, with the PytorX level step
 * {@code dG = (Gmax - Gmin) / 2^cellBits} (PytorX {@code w2g.py}, papers.md 5.3 step 5; with the
 * PytorX 7-bit grid this is {@code range / 2^7}). The top digit therefore lands one step below Gmax.
 *
 * <pre>{@code
 * ConductanceRange r = ConductanceRange.fromResistance(3e3, 1000);   // 3 kOhm / 3 MOhm
 * double dG = r.levelStepSiemens(7);                                 // 2.6e-6 S
 * }</pre>
 *
 * @param gMinSiemens lowest conductance (high-resistance state), in siemens, {@code >= 0}
 * @param gMaxSiemens highest conductance (low-resistance state), in siemens, {@code > gMinSiemens}
 */
public record ConductanceRange(double gMinSiemens, double gMaxSiemens) {

  /** Validates the range; throws {@link ConfigException} naming the field and valid range. */
  public ConductanceRange {
    if (!(gMinSiemens >= 0) || Double.isInfinite(gMinSiemens)) {
      throw new ConfigException("gMinSiemens", gMinSiemens, "a finite conductance >= 0 S");
    }
    if (!(gMaxSiemens > gMinSiemens) || Double.isInfinite(gMaxSiemens)) {
      throw new ConfigException(
          "gMaxSiemens", gMaxSiemens, "a finite conductance > gMinSiemens = " + gMinSiemens + " S");
    }
  }

  /** Returns the range {@code [gMinSiemens, gMaxSiemens]}. */
  public static ConductanceRange of(double gMinSiemens, double gMaxSiemens) {
    return new ConductanceRange(gMinSiemens, gMaxSiemens);
  }

  /**
   * Returns the range of a device with on-resistance {@code rOnOhms} (so {@code Gmax = 1/R_on}) and
   * on/off ratio {@code onOffRatio} (so {@code Gmin = Gmax / ratio}).
   *
   * @param rOnOhms low-resistance state in ohms, {@code > 0}
   * @param onOffRatio {@code R_off / R_on}, {@code > 1}
   */
  public static ConductanceRange fromResistance(double rOnOhms, double onOffRatio) {
    if (!(rOnOhms > 0) || Double.isInfinite(rOnOhms)) {
      throw new ConfigException("rOnOhms", rOnOhms, "a finite resistance > 0 ohm");
    }
    if (!(onOffRatio > 1) || Double.isInfinite(onOffRatio)) {
      throw new ConfigException("onOffRatio", onOffRatio, "a finite ratio > 1");
    }
    double gMax = 1.0 / rOnOhms;
    return new ConductanceRange(gMax / onOffRatio, gMax);
  }

  /** Returns {@code gMaxSiemens - gMinSiemens} in siemens. */
  public double spanSiemens() {
    return gMaxSiemens - gMinSiemens;
  }

  /**
   * Returns the conductance step between adjacent levels of a {@code cellBits}-bit cell,
   * {@code (Gmax - Gmin) / 2^cellBits}, in siemens.
   *
   * @param cellBits bits per cell, 1..16
   */
  public double levelStepSiemens(int cellBits) {
    if (cellBits < 1 || cellBits > 16) {
      throw new ConfigException("cellBits", cellBits, "an integer in 1..16");
    }
    return spanSiemens() / (1 << cellBits);
  }

  /** Returns the on-resistance {@code 1 / gMaxSiemens} in ohms. */
  public double rOnOhms() {
    return 1.0 / gMaxSiemens;
  }

  /** Returns {@code gSiemens} limited to {@code [gMinSiemens, gMaxSiemens]}. */
  public double clip(double gSiemens) {
    return Math.min(gMaxSiemens, Math.max(gMinSiemens, gSiemens));
  }

  /** Returns true if {@code gSiemens} lies in {@code [gMinSiemens, gMaxSiemens]}. */
  public boolean contains(double gSiemens) {
    return gSiemens >= gMinSiemens && gSiemens <= gMaxSiemens;
  }
}
