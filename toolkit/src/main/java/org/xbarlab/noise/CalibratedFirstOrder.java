package org.xbarlab.noise;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.xbarlab.ConfigException;

/**
 * The first-order line-resistance model ({@link FirstOrderLineResistance}) corrected per position
 * by one exact nodal solve ({@link TileCircuit}) of a tile whose cells all hold the same
 * conductance (the mapping's expected cell): the cell at word line {@code i} and bit line
 * {@code j} gets {@code G_fo_ij(G) * r_ij}, where {@code r_ij = t_ij / G_fo_ij} on the uniform
 * tile ({@code t} its exact transfer conductances).
 *
 * <p>Why: the exact solve of every programmed tile of every Monte-Carlo chip costs about a second
 * per 256x256 tile, while the first-order model, which keeps the weight pattern's currents, drifts
 * from the exact solution as the drop grows (it ignores the loss of the loss). The ratio carries
 * the exact solution's higher-order terms for the tile size and resistances, and the first-order
 * part keeps the pattern dependence that a profile alone would miss. Measured on random PytorX
 * tiles (7-bit cells, half of each pair idle, 4 ohm loads, 2026-12-05): worst column-current error
 * against the exact solve at 0.3 ohm per segment 0.0015 / 0.0057 / 0.0138 of the ideal current for
 * 64 / 128 / 256 rows (first order: 0.0017 / 0.0093 / 0.0235; the profile alone without the
 * first-order part: 0.025 / 0.041 / 0.042). Profiles are cached per (tile size, resistances, cell
 * conductance), so a study solves each tile size once.
 */
public final class CalibratedFirstOrder {
  /** Relative tolerance of the profile's solve (transfer conductances). */
  static final double SOLVE_TOLERANCE = 1e-8;

  private static final Map<Key, CalibratedFirstOrder> CACHE = new ConcurrentHashMap<>();

  private final int rows;
  private final int cols;
  private final FirstOrderLineResistance firstOrder;
  private final double[] ratio; // [rows x cols] row-major, exact / first order on the uniform tile

  private record Key(int rows, int cols, double wire, double driver, double sense, double cell) {}

  private CalibratedFirstOrder(LineResistance lines, int rows, int cols, double[] ratio) {
    this.firstOrder = FirstOrderLineResistance.of(lines);
    this.rows = rows;
    this.cols = cols;
    this.ratio = ratio;
  }

  /**
   * Returns the correction of a {@code rows x cols} tile from a uniform tile of
   * {@code cellSiemens} (solved once, then cached).
   *
   * @param lines wire, driver and sense resistances (the mode field is ignored)
   * @param cellSiemens the uniform cell conductance, {@code > 0}
   */
  public static CalibratedFirstOrder of(LineResistance lines, int rows, int cols,
      double cellSiemens) {
    if (rows < 1 || cols < 1) {
      throw new ConfigException("tile", rows + "x" + cols, "rows and columns >= 1");
    }
    if (!(cellSiemens > 0) || Double.isInfinite(cellSiemens)) {
      throw new ConfigException("cellSiemens", cellSiemens, "a finite conductance > 0 S");
    }
    Key key = new Key(rows, cols, lines.wireResistanceOhms(), lines.driverResistanceOhms(),
        lines.senseResistanceOhms(), cellSiemens);
    return CACHE.computeIfAbsent(key, k -> solve(lines, rows, cols, cellSiemens));
  }

  private static CalibratedFirstOrder solve(LineResistance lines, int rows, int cols, double cell) {
    double[] g = new double[rows * cols];
    java.util.Arrays.fill(g, cell);
    double[] t = lines.isIdealWiring() ? g
        : TileCircuit.of(g, rows, cols, lines).withRelativeTolerance(SOLVE_TOLERANCE)
            .transferConductances();
    double[] fo = FirstOrderLineResistance.of(lines).apply(g, rows, cols);
    double[] ratio = new double[t.length];
    for (int k = 0; k < t.length; k++) {
      ratio[k] = t[k] / fo[k];
    }
    return new CalibratedFirstOrder(lines, rows, cols, ratio);
  }

  /** Returns the exact / first-order factor of the uniform tile at ({@code row}, {@code col}). */
  public double ratio(int row, int col) {
    return ratio[row * cols + col];
  }

  /**
   * Returns effective conductances in siemens of a whole tile, row-major {@code [rows x cols]}:
   * the first-order model's, each scaled by its position's factor.
   *
   * @param conductancesSiemens cell conductances, row-major, the profile's tile size
   */
  public double[] apply(double[] conductancesSiemens, int rows, int cols) {
    if (rows != this.rows || cols != this.cols || conductancesSiemens.length != rows * cols) {
      throw new ConfigException("tile", rows + "x" + cols + " (" + conductancesSiemens.length
          + " cells)", "the profile's " + this.rows + "x" + this.cols);
    }
    double[] out = firstOrder.apply(conductancesSiemens, rows, cols);
    for (int k = 0; k < out.length; k++) {
      out[k] *= ratio[k];
    }
    return out;
  }
}
