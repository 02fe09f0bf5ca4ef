package org.xbarlab.noise;

import org.xbarlab.ConfigException;
import org.xbarlab.device.ConductanceRange;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import org.xbarlab.Columns;

/** Tables of noise magnitude versus conductance, for plots of the noise model. */
public final class NoiseTables {
  private NoiseTables() {}

  /**
   * Returns read-noise sigma and RTN jump at {@code points} conductances evenly spaced over
   * {@code range}.
   *
   * <p>Columns: {@code conductance_S}, {@code sigma_S} (thermal+shot+programming sigma),
   * {@code sigma_over_step} ({@code sigma / dG}), {@code thermal_shot_sigma_S} (without the
   * programming term), {@code rtn_jump_S} (bounded RTN jump, see {@link RandomTelegraphNoise}).
   *
   * @param range conductance window
   * @param cellBits bits per cell (sets {@code dG}), 1..16
   * @param conditions read voltage, frequency and temperature
   * @param points number of rows, {@code >= 2}
   */
  public static Table sigmaVersusConductance(
      ConductanceRange range, int cellBits, ReadConditions conditions, int points) {
    if (points < 2) {
      throw new ConfigException("points", points, "an integer >= 2");
    }
    double dG = range.levelStepSiemens(cellBits);
    ReadNoise noise = ReadNoise.of(conditions, dG);
    ReadNoise thermalOnly = ReadNoise.of(conditions, 0.0);
    RandomTelegraphNoise rtn = RandomTelegraphNoise.pytorx();
    DoubleColumn g = DoubleColumn.create(Columns.CONDUCTANCE_S);
    DoubleColumn s = DoubleColumn.create(Columns.SIGMA_S);
    DoubleColumn rel = DoubleColumn.create(Columns.SIGMA_OVER_STEP);
    DoubleColumn th = DoubleColumn.create(Columns.THERMAL_SHOT_SIGMA_S);
    DoubleColumn jump = DoubleColumn.create(Columns.RTN_JUMP_S);
    for (int p = 0; p < points; p++) {
      double gv = range.gMinSiemens() + range.spanSiemens() * p / (points - 1);
      double sigma = noise.sigmaSiemens(gv);
      g.append(gv);
      s.append(sigma);
      rel.append(sigma / dG);
      th.append(thermalOnly.sigmaSiemens(gv));
      jump.append(rtn.jumpSiemens(gv));
    }
    return Table.create("read noise vs conductance", g, s, rel, th, jump);
  }
}
