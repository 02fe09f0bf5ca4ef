package org.xbarlab.crossbar;

import java.util.Locale;
import org.xbarlab.Columns;
import org.xbarlab.ConfigException;
import org.xbarlab.PaperVsMeasured;
import org.xbarlab.PaperVsMeasured.Verdict;
import org.xbarlab.noise.NoiseTables;
import org.xbarlab.noise.ReadConditions;
import tech.tablesaw.api.Table;

/**
 * The claims notebook 01 (the crossbar noise lab) checks: PytorX's read-noise level at Gmax at a
 * benign and a harsh operating point, and the noise-injection-adaptation finding that accuracy
 * holds at low frequency and breaks at GHz rates.
 */
public final class NoiseLabClaims {
  /** Accuracy loss, in points, up to which noise counts as negligible. */
  static final double NEGLIGIBLE_LOSS_PP = 1.0;

  private NoiseLabClaims() {}

  /**
   * Returns the paper-vs-measured table.
   *
   * @param pytorx the PytorX design point (window, 7-bit cells)
   * @param byFrequency a Monte-Carlo sweep with columns {@code frequency_MHz} (holding 10 and 1000),
   *     {@code trials}, {@code accuracy_top1_mean}, {@code accuracy_top1_std},
   *     {@code clean_accuracy_top1}
   * @param conditions network, data and chips of the sweep
   */
  public static Table paperVsMeasured(CrossbarConfig pytorx, Table byFrequency,
      String conditions) {
    double benign = sigmaOverStepAtGmax(pytorx, new ReadConditions(0.1, 1e7, 300));
    double harsh = sigmaOverStepAtGmax(pytorx, new ReadConditions(0.1, 1e9, 400));
    int slow = rowAt(byFrequency, 10);
    int fast = rowAt(byFrequency, 1000);
    String source = "PytorX (DAC 2019), papers.md 1.4 and 5.3";
    return PaperVsMeasured.titled("crossbar noise lab: paper vs. measured")
        .add("σ_G/ΔG at G_max, 10 MHz, 300 K, V = 0.1 V", 0.34, "", source, benign, 0,
            "PytorX constants, 7-bit cell grid")
        .add("σ_G/ΔG at G_max, 1 GHz, 400 K", 0.62, "", source, harsh, 0,
            "PytorX constants, 7-bit cell grid")
        .addText("accuracy loss at 10 MHz", "negligible (NIA, ResNet-20/CIFAR-10)", source,
            loss(byFrequency, slow), conditions + ", 10 MHz",
            lossPp(byFrequency, slow) <= NEGLIGIBLE_LOSS_PP ? Verdict.MATCHES : Verdict.DIFFERS)
        .addText("accuracy loss at 1 GHz", "noise no longer negligible (NIA)", source,
            loss(byFrequency, fast), conditions + ", 1000 MHz",
            lossPp(byFrequency, fast) > NEGLIGIBLE_LOSS_PP ? Verdict.SAME_DIRECTION
                : Verdict.DIFFERS)
        .table();
  }

  private static double sigmaOverStepAtGmax(CrossbarConfig c, ReadConditions read) {
    Table t = NoiseTables.sigmaVersusConductance(c.device(), c.mapping().cellBits(), read, 2);
    return t.doubleColumn(Columns.SIGMA_OVER_STEP).get(1); // rows: Gmin, Gmax
  }

  private static int rowAt(Table sweep, double mhz) {
    for (int r = 0; r < sweep.rowCount(); r++) {
      if (sweep.numberColumn(Columns.FREQUENCY_MHZ).getDouble(r) == mhz) {
        return r;
      }
    }
    throw new ConfigException("byFrequency", sweep.numberColumn(Columns.FREQUENCY_MHZ).asList(),
        "a sweep holding " + mhz + " MHz");
  }

  private static double lossPp(Table t, int r) {
    return 100 * (t.doubleColumn(Columns.CLEAN_ACCURACY_TOP1).get(r)
        - t.doubleColumn(Columns.ACCURACY_TOP1_MEAN).get(r));
  }

  private static String loss(Table t, int r) {
    double se = 100 * t.doubleColumn(Columns.ACCURACY_TOP1_STD).get(r)
        / Math.sqrt(t.intColumn(Columns.TRIALS).get(r));
    return String.format(Locale.ROOT, "%.2f pp ± %.2f", lossPp(t, r), se);
  }
}
