package org.xbarlab.remap;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nd4j.linalg.dataset.DataSet;
import org.xbarlab.Columns;
import org.xbarlab.ConfigException;
import org.xbarlab.XbarLabException;
import org.xbarlab.crossbar.CrossbarConfig;
import org.xbarlab.crossbar.CrossbarMapping;
import org.xbarlab.crossbar.LayerErrors;
import org.xbarlab.crossbar.MonteCarlo;
import org.xbarlab.crossbar.MonteCarloResult;
import org.xbarlab.crossbar.Remapping;
import org.xbarlab.nn.Network;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * X-CHANGR's experiment as toolkit calls: the accuracy drop of the as-is mapping, SRS and DRS under
 * line resistance, over Monte-Carlo chips, for one config, over sweeps, and against the paper
 * (papers.md 3.5) at the wire resistance where the as-is mapping loses the paper's 5.6 points.
 *
 * <p>Chips differ by device-to-device variation (default {@code sigma = 0.02}): line resistance
 * alone is deterministic, and the standard error over chips is only meaningful when chips vary. All
 * strategies see the same chips (same seeds), so their differences are paired.
 *
 * <pre>{@code
 * RemappingStudy study = RemappingStudy.of(net, calibration, test).withTrials(4);
 * RemappingStudy.Comparison c = study.paperVsMeasured(cfg);
 * Notebook.show(c.paperVsMeasured());
 * }</pre>
 */
public final class RemappingStudy {
  /** The paper's as-is accuracy drop on VGG16 / CIFAR-10, percentage points (papers.md 3.5). */
  public static final double PAPER_AS_IS_DROP_PP = 5.6;
  /** The paper's SRS drop, percentage points. */
  public static final double PAPER_SRS_DROP_PP = 2.9;
  /** The paper's DRS drop, percentage points. */
  public static final double PAPER_DRS_DROP_PP = 2.1;

  private final Network network;
  private final DataSet calibration;
  private final DataSet test;
  private final int trials;
  private final long seed;
  private final double deviceVariationSigma;
  private final RemapOptions options;
  private final int bisectionSteps;

  /**
   * The paper-vs-measured table with what it was measured from.
   *
   * @param paperVsMeasured claim, paper, measured, conditions
   * @param strategies the comparison at the calibrated wire resistance ({@link #compare})
   * @param wireResistanceOhms the calibrated wire resistance
   */
  public record Comparison(Table paperVsMeasured, Table strategies, double wireResistanceOhms) {}

  private RemappingStudy(Network network, DataSet calibration, DataSet test, int trials, long seed,
      double deviceVariationSigma, RemapOptions options, int bisectionSteps) {
    if (network == null) {
      throw new ConfigException("network", null, "a trained network");
    }
    for (Object[] d : new Object[][] {{"calibration", calibration}, {"test", test}}) {
      DataSet data = (DataSet) d[1];
      if (data == null || data.getFeatures() == null || data.numExamples() < 1) {
        throw new ConfigException((String) d[0], data == null ? null
            : data.numExamples() + " examples", "a data set with at least one example");
      }
    }
    if (trials < 2) {
      throw new ConfigException("trials", trials, "an integer >= 2 (a standard error needs two chips)");
    }
    if (!(deviceVariationSigma >= 0) || deviceVariationSigma > 0.5) {
      throw new ConfigException("deviceVariationSigma", deviceVariationSigma, "a relative sigma in [0, 0.5]");
    }
    if (bisectionSteps < 1 || bisectionSteps > 30) {
      throw new ConfigException("bisectionSteps", bisectionSteps, "an integer in 1..30");
    }
    this.network = network;
    this.calibration = calibration;
    this.test = test;
    this.trials = trials;
    this.seed = seed;
    this.deviceVariationSigma = deviceVariationSigma;
    this.options = options;
    this.bisectionSteps = bisectionSteps;
  }

  /**
   * Returns a study of {@code network}: 4 chips, seed 42, device variation 0.02, the paper's options,
   * 7 bisection steps.
   *
   * @param network trained network (not modified)
   * @param calibration seeded calibration batch: sensitivities, input activity, DAC/ADC ranges
   * @param test evaluation images and one-hot labels
   */
  public static RemappingStudy of(Network network, DataSet calibration, DataSet test) {
    return new RemappingStudy(network, calibration, test, 4, 42, 0.02, RemapOptions.paper(), 7);
  }

  /** Returns a copy evaluating {@code n >= 2} chips per strategy. */
  public RemappingStudy withTrials(int n) {
    return new RemappingStudy(network, calibration, test, n, seed, deviceVariationSigma, options,
        bisectionSteps);
  }

  /** Returns a copy with another seed for the chips. */
  public RemappingStudy withSeed(long s) {
    return new RemappingStudy(network, calibration, test, trials, s, deviceVariationSigma, options,
        bisectionSteps);
  }

  /** Returns a copy with another chip-to-chip device variation, relative sigma in [0, 0.5]. */
  public RemappingStudy withDeviceVariationSigma(double sigma) {
    return new RemappingStudy(network, calibration, test, trials, seed, sigma, options,
        bisectionSteps);
  }

  /** Returns a copy with other remapping options (applied to SRS and DRS). */
  public RemappingStudy withOptions(RemapOptions o) {
    return new RemappingStudy(network, calibration, test, trials, seed, deviceVariationSigma, o,
        bisectionSteps);
  }

  /** Returns a copy with {@code n} bisection steps (each evaluates the as-is mapping once). */
  public RemappingStudy withBisectionSteps(int n) {
    return new RemappingStudy(network, calibration, test, trials, seed, deviceVariationSigma,
        options, n);
  }

  /**
   * Returns one row per strategy under {@code config}: {@code strategy}, {@code crossbar_size},
   * {@code wire_resistance_ohm}, {@code trials}, {@code seed}, {@code accuracy_top1_mean},
   * {@code accuracy_top1_sem} (over chips), {@code clean_accuracy_top1} (the network itself),
   * {@code accuracy_drop_pp} and {@code accuracy_drop_pp_sem} (percentage points),
   * {@code eval_time_s} (remapping and evaluation).
   */
  public Table compare(CrossbarConfig config) {
    StringColumn strategy = StringColumn.create(Columns.STRATEGY);
    IntColumn size = IntColumn.create(Columns.CROSSBAR_SIZE);
    DoubleColumn ohms = DoubleColumn.create(Columns.WIRE_RESISTANCE_OHM);
    IntColumn trialCol = IntColumn.create(Columns.TRIALS);
    LongColumn seedCol = LongColumn.create(Columns.SEED);
    DoubleColumn mean = DoubleColumn.create(Columns.ACCURACY_TOP1_MEAN);
    DoubleColumn sem = DoubleColumn.create(Columns.ACCURACY_TOP1_SEM);
    DoubleColumn clean = DoubleColumn.create(Columns.CLEAN_ACCURACY_TOP1);
    DoubleColumn drop = DoubleColumn.create(Columns.ACCURACY_DROP_PP);
    DoubleColumn dropSem = DoubleColumn.create(Columns.ACCURACY_DROP_PP_SEM);
    DoubleColumn time = DoubleColumn.create(Columns.EVAL_TIME_S);
    for (Strategy s : Strategy.values()) {
      long start = System.nanoTime();
      MonteCarloResult r = evaluate(config, s.remap(network, config, calibration, options));
      double[] acc = r.trials().doubleColumn(Columns.ACCURACY_TOP1).asDoubleArray();
      double c = r.summary().doubleColumn(Columns.CLEAN_ACCURACY_TOP1).get(0);
      double m = mean(acc);
      double se = standardError(acc);
      strategy.append(s.label());
      size.append(config.array().rows());
      ohms.append(config.lines().wireResistanceOhms());
      trialCol.append(trials);
      seedCol.append(seed);
      mean.append(m);
      sem.append(se);
      clean.append(c);
      drop.append(100 * (c - m));
      dropSem.append(100 * se);
      time.append((System.nanoTime() - start) / 1e9);
    }
    return Table.create("remapping strategies", strategy, size, ohms, trialCol, seedCol, mean, sem,
        clean, drop, dropSem, time);
  }

  /** Returns {@link #compare} for every wire resistance in {@code ohms}, stacked. */
  public Table sweepWireResistance(CrossbarConfig base, double... ohms) {
    List<CrossbarConfig> configs = new ArrayList<>();
    for (double r : ohms) {
      configs.add(base.withWireResistanceOhms(r));
    }
    return stacked("wire resistance sweep", configs);
  }

  /** Returns {@link #compare} for every square tile size in {@code sizes}, stacked. */
  public Table sweepCrossbarSize(CrossbarConfig base, int... sizes) {
    List<CrossbarConfig> configs = new ArrayList<>();
    for (int n : sizes) {
      configs.add(base.withCrossbarSize(n));
    }
    return stacked("crossbar size sweep", configs);
  }

  /**
   * Returns, for every strategy and crossbar layer, one row per kernel: where it sits and its
   * error with line resistance only ({@link LayerErrors#perKernel}) and its Taylor sensitivity:
   * {@code strategy}, {@code layer_index}, {@code layer}, {@code kernel}, {@code slot},
   * {@code position}, {@code isolated_rel_error}, {@code sensitivity}.
   */
  public Table kernelErrors(CrossbarConfig config) {
    KernelSensitivity sensitivity = KernelSensitivity.taylor(network, calibration);
    Table out = null;
    for (Strategy s : Strategy.values()) {
      CrossbarMapping m = CrossbarMapping.map(network, config, calibration.getFeatures(),
          s.remap(network, config, calibration, options));
      for (int layer : m.crossbarLayers()) {
        Table t = LayerErrors.perKernel(m, calibration.getFeatures(), layer);
        double[] k = sensitivity.kernels(layer);
        DoubleColumn sens = DoubleColumn.create(Columns.SENSITIVITY);
        for (int row = 0; row < t.rowCount(); row++) {
          sens.append(k[t.intColumn(Columns.KERNEL).get(row)]);
        }
        StringColumn label = StringColumn.create(Columns.STRATEGY);
        for (int row = 0; row < t.rowCount(); row++) {
          label.append(s.label());
        }
        t.insertColumn(0, label);
        t.addColumns(sens);
        out = out == null ? t : out.append(t);
      }
    }
    return out.setName("kernel errors");
  }

  /**
   * Returns the wire resistance in [0.01, 1000] ohm at which the as-is mapping of {@code base}
   * loses {@code targetDropPp} points, by bisection on a log scale ({@code bisectionSteps}
   * steps, the same chips at every step).
   *
   * @throws XbarLabException if even 1000 ohm loses less than the target
   */
  public double wireResistanceForDrop(CrossbarConfig base, double targetDropPp) {
    if (!(targetDropPp > 0 && targetDropPp < 100)) {
      throw new ConfigException("targetDropPp", targetDropPp, "percentage points in (0, 100)");
    }
    double lo = Math.log(0.01);
    double hi = Math.log(1000);
    if (asIsDrop(base, Math.exp(hi)) < targetDropPp) {
      throw new XbarLabException("the as-is mapping loses less than " + targetDropPp
          + " points even at 1000 ohm: line resistance barely matters for this network and tile");
    }
    for (int step = 0; step < bisectionSteps; step++) {
      double mid = 0.5 * (lo + hi);
      if (asIsDrop(base, Math.exp(mid)) < targetDropPp) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return Math.exp(0.5 * (lo + hi));
  }

  /**
   * Calibrates the wire resistance so that the as-is mapping loses the paper's 5.6 points, then
   * compares the three strategies there: the "paper vs. measured" table (claim, paper, measured,
   * conditions) with the comparison it comes from.
   *
   * @param base design point; its wire resistance is replaced by the calibrated one
   */
  public Comparison paperVsMeasured(CrossbarConfig base) {
    double ohms = wireResistanceForDrop(base, PAPER_AS_IS_DROP_PP);
    Table strategies = compare(base.withWireResistanceOhms(ohms));
    Map<Strategy, double[]> byStrategy = new EnumMap<>(Strategy.class);
    for (int r = 0; r < strategies.rowCount(); r++) {
      byStrategy.put(Strategy.values()[r], new double[] {
          strategies.doubleColumn(Columns.ACCURACY_DROP_PP).get(r),
          strategies.doubleColumn(Columns.ACCURACY_DROP_PP_SEM).get(r)});
    }
    String conditions = String.format(Locale.ROOT,
        "%d images, %d chips (seed %d, device variation %.2f), %dx%d tiles, %s line resistance,"
            + " wire %.3g ohm calibrated to the paper's as-is drop; clean accuracy %.2f %%",
        test.numExamples(), trials, seed, deviceVariationSigma, base.array().rows(),
        base.array().columns(), base.lines().mode(), ohms,
        100 * strategies.doubleColumn(Columns.CLEAN_ACCURACY_TOP1).get(0));
    StringColumn claim = StringColumn.create(Columns.CLAIM);
    StringColumn paper = StringColumn.create(Columns.PAPER);
    StringColumn measured = StringColumn.create(Columns.MEASURED);
    StringColumn cond = StringColumn.create(Columns.CONDITIONS);
    Object[][] rows = {
      {"Accuracy drop, as-is mapping", PAPER_AS_IS_DROP_PP, Strategy.AS_IS},
      {"Accuracy drop with SRS", PAPER_SRS_DROP_PP, Strategy.SRS},
      {"Accuracy drop with DRS", PAPER_DRS_DROP_PP, Strategy.DRS},
    };
    for (Object[] row : rows) {
      double[] v = byStrategy.get((Strategy) row[2]);
      claim.append((String) row[0]);
      paper.append(String.format(Locale.ROOT, "%.1f %%", (Double) row[1]));
      measured.append(String.format(Locale.ROOT, "%.2f pp ± %.2f", v[0], v[1]));
      cond.append(conditions);
    }
    double[] asIs = byStrategy.get(Strategy.AS_IS);
    for (Strategy s : new Strategy[] {Strategy.SRS, Strategy.DRS}) {
      double[] v = byStrategy.get(s);
      double paperShare = 1 - (s == Strategy.SRS ? PAPER_SRS_DROP_PP : PAPER_DRS_DROP_PP)
          / PAPER_AS_IS_DROP_PP;
      claim.append("Share of the as-is drop " + s.label() + " recovers");
      paper.append(String.format(Locale.ROOT, "%.0f %%", 100 * paperShare));
      measured.append(String.format(Locale.ROOT, "%.0f %%", 100 * (1 - v[0] / asIs[0])));
      cond.append(conditions);
    }
    return new Comparison(Table.create("X-CHANGR: paper vs. measured", claim, paper, measured, cond),
        strategies, ohms);
  }

  private double asIsDrop(CrossbarConfig base, double ohms) {
    MonteCarloResult r = evaluate(base.withWireResistanceOhms(ohms), Remapping.identity());
    return 100 * (r.summary().doubleColumn(Columns.CLEAN_ACCURACY_TOP1).get(0) - r.meanAccuracy());
  }

  private MonteCarloResult evaluate(CrossbarConfig config, Remapping remapping) {
    CrossbarConfig chips = config.withDeviceVariationSigma(deviceVariationSigma);
    CrossbarMapping m = CrossbarMapping.map(network, chips, calibration.getFeatures(), remapping);
    return MonteCarlo.evaluate(m, MonteCarlo.batches(test, MonteCarlo.DEFAULT_BATCH), trials, seed);
  }

  private Table stacked(String name, List<CrossbarConfig> configs) {
    Table out = null;
    for (CrossbarConfig c : configs) {
      Table t = compare(c);
      out = out == null ? t : out.append(t);
    }
    if (out == null) {
      throw new ConfigException("values", 0, "at least one sweep value");
    }
    return out.setName(name);
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }

  private static double standardError(double[] v) {
    double m = mean(v);
    double s = 0;
    for (double x : v) {
      s += (x - m) * (x - m);
    }
    return Math.sqrt(s / (v.length - 1) / v.length);
  }
}
