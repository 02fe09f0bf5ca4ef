package org.xbarlab.fault;

import static org.xbarlab.TableRows.Type.DOUBLE;
import static org.xbarlab.TableRows.Type.INT;
import static org.xbarlab.TableRows.Type.STRING;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nd4j.linalg.dataset.DataSet;
import org.xbarlab.Columns;
import org.xbarlab.ConfigException;
import org.xbarlab.SampleStatistics;
import org.xbarlab.TableRows;
import org.xbarlab.crossbar.CrossbarConfig;
import org.xbarlab.crossbar.CrossbarMapping;
import org.xbarlab.crossbar.MappingScheme;
import org.xbarlab.crossbar.MonteCarlo;
import org.xbarlab.crossbar.MonteCarloResult;
import org.xbarlab.nn.Network;
import tech.tablesaw.api.Table;

/**
 * Accuracy of a network under stuck-at faults for several mappings, over frozen fault maps (each
 * Monte-Carlo chip is one fault map; every cell of every bit slice fails independently with the
 * given rate, split SA1:SA0 by the given ratio). Every mapping sees the same fault-map seeds.
 *
 * <pre>{@code
 * FaultStudy study = FaultStudy.of(net, calibration, test).withMaps(4);
 * Table sweep = study.sweep(CrossbarConfig.ideal(8), List.of(MappingScheme.values()),
 *     new double[] {0.001, 0.01, 0.1, 0.5}, new double[] {5.0, 0.2});
 * }</pre>
 *
 * @param network trained network (not modified)
 * @param calibration calibration batch for the DAC/ADC ranges (fault-free)
 * @param test evaluation images and one-hot labels
 * @param maps fault maps (chips) per point, {@code >= 2}
 * @param seed seed of the fault maps
 */
@RecordBuilder
public record FaultStudy(Network network, DataSet calibration, DataSet test, int maps, long seed)
    implements FaultStudyBuilder.With {
  /** The paper's MT accuracy at 50 % stuck-at faults, SA1:SA0 = 5:1 (VGG-8 / CIFAR-10). */
  public static final double PAPER_MT_ACCURACY_50_SA1 = 0.80;
  /** The paper's MT accuracy at 50 % stuck-at faults, SA1:SA0 = 1:5. */
  public static final double PAPER_MT_ACCURACY_50_SA0 = 0.21;
  /** The fault rate below which the paper's MT recovers the fault-free accuracy. */
  public static final double PAPER_MT_RECOVERY_RATE = 0.025;

  /** Validates the study; throws {@link ConfigException} naming the field and range. */
  public FaultStudy {
    if (network == null) {
      throw new ConfigException("network", null, "a trained network");
    }
    MonteCarlo.requireExamples("calibration", calibration);
    MonteCarlo.requireExamples("test", test);
    if (maps < 2) {
      throw new ConfigException("maps", maps, "an integer >= 2 (a standard error needs two maps)");
    }
  }

  /** Returns a study with 4 fault maps per point and seed 42. */
  public static FaultStudy of(Network network, DataSet calibration, DataSet test) {
    return new FaultStudy(network, calibration, test, 4, 42);
  }

  /**
   * Returns one row per (mapping, ratio, rate): {@code mapping_scheme}, {@code sa1_to_sa0} (label,
   * e.g. "5:1"), {@code stuck_at_rate}, {@code trials}, {@code accuracy_top1_mean},
   * {@code accuracy_top1_sem} (over fault maps), {@code clean_accuracy_top1},
   * {@code accuracy_drop_pp}, {@code accuracy_drop_pp_sem}.
   *
   * @param base design point (its own faults are replaced by each swept point)
   * @param schemes mappings to compare
   * @param rates fault rates, each in [0, 1]
   * @param sa1ToSa0Ratios SA1:SA0 ratios, each {@code > 0}
   */
  public Table sweep(CrossbarConfig base, List<MappingScheme> schemes, double[] rates,
      double[] sa1ToSa0Ratios) {
    if (schemes == null || schemes.isEmpty() || rates.length == 0 || sa1ToSa0Ratios.length == 0) {
      throw new ConfigException("sweep", "empty", "at least one mapping, rate and ratio");
    }
    for (double r : sa1ToSa0Ratios) {
      if (!(r > 0) || Double.isInfinite(r)) {
        throw new ConfigException("sa1ToSa0Ratio", r, "a finite ratio > 0");
      }
    }
    TableRows t = TableRows.of("stuck-at fault sweep", Columns.MAPPING_SCHEME, STRING,
        Columns.SA1_TO_SA0, STRING, Columns.STUCK_AT_RATE, DOUBLE, Columns.TRIALS, INT,
        Columns.ACCURACY_TOP1_MEAN, DOUBLE, Columns.ACCURACY_TOP1_SEM, DOUBLE,
        Columns.CLEAN_ACCURACY_TOP1, DOUBLE, Columns.ACCURACY_DROP_PP, DOUBLE,
        Columns.ACCURACY_DROP_PP_SEM, DOUBLE);
    var batches = MonteCarlo.batches(test, MonteCarlo.DEFAULT_BATCH);
    for (MappingScheme scheme : schemes) {
      // calibrated once per scheme: faults do not move the DAC/ADC ranges
      CrossbarMapping mapped = CrossbarMapping.map(network, base.withMappingScheme(scheme),
          calibration.getFeatures());
      for (double ratio : sa1ToSa0Ratios) {
        for (double rate : rates) {
          CrossbarMapping m = mapped.withNoise(
              mapped.config().noise().withStuckAtFaults(rate, ratio));
          MonteCarloResult r = MonteCarlo.evaluate(m, batches, maps, seed);
          double[] acc = r.trials().doubleColumn(Columns.ACCURACY_TOP1).asDoubleArray();
          double clean = r.summary().doubleColumn(Columns.CLEAN_ACCURACY_TOP1).get(0);
          double mean = SampleStatistics.mean(acc);
          double sem = SampleStatistics.standardError(acc);
          t.add(scheme.name(), ratioLabel(ratio), rate, maps, mean, sem, clean,
              100 * (clean - mean), 100 * sem);
        }
      }
    }
    return t.table();
  }

  /**
   * Returns, per (mapping, ratio) of a {@link #sweep} table, the largest swept rate up to which every
   * swept rate loses at most {@code withinPp} points (0 when even the smallest loses more):
   * {@code mapping_scheme}, {@code sa1_to_sa0}, {@code recovery_threshold}.
   */
  public static Table recoveryThresholds(Table sweep, double withinPp) {
    Map<String, List<double[]>> byGroup = new LinkedHashMap<>();
    for (int r = 0; r < sweep.rowCount(); r++) {
      String key = sweep.stringColumn(Columns.MAPPING_SCHEME).get(r) + "\u0000"
          + sweep.stringColumn(Columns.SA1_TO_SA0).get(r);
      byGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(new double[] {
          sweep.doubleColumn(Columns.STUCK_AT_RATE).get(r),
          sweep.doubleColumn(Columns.ACCURACY_DROP_PP).get(r)});
    }
    TableRows t = TableRows.of("recovery thresholds (within " + withinPp + " pp)",
        Columns.MAPPING_SCHEME, STRING, Columns.SA1_TO_SA0, STRING, Columns.RECOVERY_THRESHOLD,
        DOUBLE);
    byGroup.forEach((key, points) -> {
      points.sort((a, b) -> Double.compare(a[0], b[0]));
      double threshold = 0;
      for (double[] p : points) {
        if (p[1] > withinPp) {
          break;
        }
        threshold = p[0];
      }
      String[] parts = key.split("\u0000");
      t.add(parts[0], parts[1], threshold);
    });
    return t.table();
  }

  /**
   * Returns the paper's claims for the mapping transformation next to ours from a {@link #sweep}
   * that includes {@link MappingScheme#DIFFERENTIAL_PAIR_ZERO_AT_GMAX} at ratios 5:1 and 1:5:
   * {@code claim}, {@code paper}, {@code measured}, {@code conditions}.
   */
  public Table paperVsMeasured(Table sweep) {
    String mt = MappingScheme.DIFFERENTIAL_PAIR_ZERO_AT_GMAX.name();
    Table thresholds = recoveryThresholds(sweep, 1.0);
    String conditions = String.format(Locale.ROOT, "%d images, %d fault maps per point (seed %d),"
        + " clean accuracy %.2f %%; recovery = within 1 point of the fault-free accuracy",
        test.numExamples(), maps, seed,
        100 * sweep.doubleColumn(Columns.CLEAN_ACCURACY_TOP1).get(0));
    TableRows t = TableRows.of("Mapping transformation: paper vs. measured", Columns.CLAIM, STRING,
        Columns.PAPER, STRING, Columns.MEASURED, STRING, Columns.CONDITIONS, STRING);
    StringBuilder recovery = new StringBuilder();
    for (int r = 0; r < thresholds.rowCount(); r++) {
      if (thresholds.stringColumn(Columns.MAPPING_SCHEME).get(r).equals(mt)) {
        recovery.append(recovery.length() == 0 ? "" : ", ")
            .append(thresholds.stringColumn(Columns.SA1_TO_SA0).get(r)).append(": ")
            .append(percent(thresholds.doubleColumn(Columns.RECOVERY_THRESHOLD).get(r)));
      }
    }
    t.add("MT recovers the fault-free accuracy below", "2.5 % faults (both ratios)",
        recovery.length() == 0 ? "MT not swept" : "up to " + recovery, conditions);
    t.add("MT accuracy at 50 % faults, SA1:SA0 = 5:1", "80 % (VGG-8, CIFAR-10, ~90 % clean)",
        accuracyAt(sweep, mt, "5:1", 0.5), conditions);
    t.add("MT accuracy at 50 % faults, SA1:SA0 = 1:5", "21 %", accuracyAt(sweep, mt, "1:5", 0.5),
        conditions);
    return t.table();
  }

  private static String accuracyAt(Table sweep, String scheme, String ratio, double rate) {
    for (int r = 0; r < sweep.rowCount(); r++) {
      if (sweep.stringColumn(Columns.MAPPING_SCHEME).get(r).equals(scheme)
          && sweep.stringColumn(Columns.SA1_TO_SA0).get(r).equals(ratio)
          && sweep.doubleColumn(Columns.STUCK_AT_RATE).get(r) == rate) {
        return String.format(Locale.ROOT, "%.1f %% ± %.1f", 100 * sweep.doubleColumn(
            Columns.ACCURACY_TOP1_MEAN).get(r), 100 * sweep.doubleColumn(
            Columns.ACCURACY_TOP1_SEM).get(r));
      }
    }
    return "not swept";
  }

  /** Returns "5:1" for 5, "1:5" for 0.2, "1:1" for 1. */
  static String ratioLabel(double sa1ToSa0) {
    return sa1ToSa0 >= 1 ? String.format(Locale.ROOT, "%s:1", trim(sa1ToSa0))
        : String.format(Locale.ROOT, "1:%s", trim(1 / sa1ToSa0));
  }

  private static String trim(double v) {
    double r = Math.rint(v);
    return Math.abs(v - r) < 1e-9 ? String.valueOf((long) r) : String.format(Locale.ROOT, "%.3g", v);
  }

  private static String percent(double v) {
    return String.format(Locale.ROOT, "%.3g %%", 100 * v);
  }
}
