package org.xbarlab.noise;

import org.xbarlab.ConfigException;

/**
 * Line-resistance settings of a tile: wire resistance between neighbouring cells on word lines
 * (rows) and bit lines (columns), the row driver (DAC) output resistance and the column sense
 * (ADC input) resistance, and which model to use. PytorX {@code benchmark/mnist.py} defaults are
 * {@code Gwire = 0.0357 S} (28 ohm) and {@code Gload = 0.25 S} (4 ohm).
 *
 * <p>With {@link LineResistanceMode#EXACT} or {@link LineResistanceMode#FIRST_ORDER_CALIBRATED}
 * and {@code wireResistanceOhms > 0}, the driver and
 * sense resistances must be {@code > 0} (the nodal solver has no ideal sources). When all three
 * resistances are 0 both models reduce exactly to the ideal MVM.
 *
 * @param mode which model to apply
 * @param wireResistanceOhms resistance of one wire segment between neighbouring cells, {@code >= 0}
 * @param driverResistanceOhms row driver output resistance, {@code >= 0}
 * @param senseResistanceOhms column sense input resistance, {@code >= 0}
 */
public record LineResistance(
    LineResistanceMode mode,
    double wireResistanceOhms,
    double driverResistanceOhms,
    double senseResistanceOhms) {

  /** Validates the resistances; throws {@link ConfigException} naming field, value and range. */
  public LineResistance {
    if (mode == null) {
      throw new ConfigException("lineResistanceMode", null,
          "one of OFF, FIRST_ORDER, EXACT, FIRST_ORDER_CALIBRATED");
    }
    nonNegative("wireResistanceOhms", wireResistanceOhms);
    nonNegative("driverResistanceOhms", driverResistanceOhms);
    nonNegative("senseResistanceOhms", senseResistanceOhms);
    boolean solved = mode == LineResistanceMode.EXACT
        || mode == LineResistanceMode.FIRST_ORDER_CALIBRATED;
    if (solved && wireResistanceOhms > 0) {
      if (driverResistanceOhms <= 0) {
        throw new ConfigException("driverResistanceOhms", driverResistanceOhms,
            "> 0 ohm for the EXACT solver when wireResistanceOhms > 0 (use e.g. 1e-3 ohm)");
      }
      if (senseResistanceOhms <= 0) {
        throw new ConfigException("senseResistanceOhms", senseResistanceOhms,
            "> 0 ohm for the EXACT solver when wireResistanceOhms > 0 (use e.g. 1e-3 ohm)");
      }
    }
  }

  /** Returns ideal wiring (mode OFF, all resistances 0). */
  public static LineResistance off() {
    return new LineResistance(LineResistanceMode.OFF, 0, 0, 0);
  }

  /** Returns the PytorX wiring (28 ohm wire segments, 4 ohm driver and sense loads) in mode OFF. */
  public static LineResistance pytorx() {
    return new LineResistance(LineResistanceMode.OFF, 1 / 0.0357, 1 / 0.25, 1 / 0.25);
  }

  /** Returns the given resistances with the given mode. */
  public static LineResistance of(LineResistanceMode mode, double wireResistanceOhms,
      double driverResistanceOhms, double senseResistanceOhms) {
    return new LineResistance(mode, wireResistanceOhms, driverResistanceOhms, senseResistanceOhms);
  }

  /**
   * Returns the effective conductances of a whole tile under this mode, row-major
   * {@code [rows x cols]}: the exact transfer conductances (EXACT), the first-order model
   * (FIRST_ORDER), the first-order model corrected by the cached exact solve of a tile of
   * {@code expectedCellSiemens} everywhere (FIRST_ORDER_CALIBRATED), or a copy (OFF, or ideal
   * wiring).
   *
   * @param conductancesSiemens cell conductances, row-major {@code [rows x cols]}
   * @param expectedCellSiemens the mapping's expected cell conductance (read by
   *     FIRST_ORDER_CALIBRATED only)
   */
  public double[] effectiveConductances(double[] conductancesSiemens, int rows, int cols,
      double expectedCellSiemens) {
    if (mode == LineResistanceMode.OFF || isIdealWiring()) {
      return conductancesSiemens.clone();
    }
    return switch (mode) {
      case EXACT -> TileCircuit.of(conductancesSiemens, rows, cols, this)
          .withRelativeTolerance(CalibratedFirstOrder.SOLVE_TOLERANCE).transferConductances();
      case FIRST_ORDER_CALIBRATED -> CalibratedFirstOrder.of(this, rows, cols, expectedCellSiemens)
          .apply(conductancesSiemens, rows, cols);
      default -> FirstOrderLineResistance.of(this).apply(conductancesSiemens, rows, cols);
    };
  }

  /** Returns true if all three resistances are 0 (ideal wiring whatever the mode). */
  public boolean isIdealWiring() {
    return wireResistanceOhms == 0 && driverResistanceOhms == 0 && senseResistanceOhms == 0;
  }

  /** Returns a copy with another mode. */
  public LineResistance withMode(LineResistanceMode value) {
    return new LineResistance(value, wireResistanceOhms, driverResistanceOhms, senseResistanceOhms);
  }

  /** Returns a copy with another wire-segment resistance in ohms. */
  public LineResistance withWireResistanceOhms(double value) {
    return new LineResistance(mode, value, driverResistanceOhms, senseResistanceOhms);
  }

  /** Returns a copy with other driver and sense resistances in ohms. */
  public LineResistance withLoadResistanceOhms(double driverOhms, double senseOhms) {
    return new LineResistance(mode, wireResistanceOhms, driverOhms, senseOhms);
  }

  private static void nonNegative(String field, double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new ConfigException(field, v, "a finite resistance >= 0 ohm");
    }
  }
}
