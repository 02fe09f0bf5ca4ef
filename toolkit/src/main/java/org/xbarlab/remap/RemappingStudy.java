package org.xbarlab.remap;

import static org.xbarlab.TableRows.Type.DOUBLE;
import static org.xbarlab.TableRows.Type.INT;
import static org.xbarlab.TableRows.Type.LONG;
import static org.xbarlab.TableRows.Type.STRING;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nd4j.linalg.dataset.DataSet;
import org.xbarlab.Columns;
import org.xbarlab.ConfigException;
import org.xbarlab.SampleStatistics;
import org.xbarlab.TableRows;
import org.xbarlab.XbarLabException;
import org.xbarlab.crossbar.CrossbarConfig;
import org.xbarlab.crossbar.CrossbarMapping;
import org.xbarlab.crossbar.LayerErrors;
import org.xbarlab.crossbar.MonteCarlo;
import org.xbarlab.crossbar.MonteCarloResult;
import org.xbarlab.crossbar.Remapping;
import org.xbarlab.nn.Network;
import tech.tablesaw.api.DoubleColumn;
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
 * @param network trained network (not modified)
 * @param calibration seeded calibration batch: sensitivities, input activity, DAC/ADC ranges
 * @param test evaluation images and one-hot labels
 * @param trials chips per strategy, {@code >= 2}
 * @param seed seed of the chips
 * @param deviceVariationSigma chip-to-chip device variation, relative sigma in [0, 0.5]
 * @param options SRS and DRS placement options
 * @param bisectionSteps steps of {@link #wireResistanceForDrop}, 1..30
 *
 * <pre>{@code
 * RemappingStudy study = RemappingStudy.of(net, calibration, test).withTrials(4);
 * RemappingStudy.Comparison c = study.paperVsMeasured(cfg);
 * Notebook.show(c.paperVsMeasured());
 * }</pre>
 */
@RecordBuilder
public record RemappingStudy(Network network, DataSet calibration, DataSet test, int trials,
    long seed, double deviceVariationSigma, RemapOptions options, int bisectionSteps)
    implements RemappingStudyBuilder.With {
  /** The paper's as-is accuracy drop on VGG16 / CIFAR-10, percentage points (papers.md 3.5). */
  public static final double PAPER_AS_IS_DROP_PP = 5.6;
  /** The paper's SRS drop, percentage points. */
  public static final double PAPER_SRS_DROP_PP = 2.9;
  /** The paper's DRS drop, percentage points. */
  public static final double PAPER_DRS_DROP_PP = 2.1;

  /**
   * The paper-vs-measured table with what it was measured from.
   *
   * @param paperVsMeasured claim, paper, measured, conditions
   * @param strategies the comparison at the calibrated wire resistance ({@link #compare})
   * @param wireResistanceOhms the calibrated wire resistance
   */
  public record Comparison(Table paperVsMeasured, Table strategies, double wireResistanceOhms) {}

  /** Validates the study; throws {@link ConfigException} naming the field and range. */
  public RemappingStudy {
    if (network == null) {
      throw new ConfigException("network", null, "a trained network");
    }
    MonteCarlo.requireExamples("calibration", calibration);
    MonteCarlo.requireExamples("test", test);
    if (trials < 2) {
      throw new ConfigException("trials", trials, "an integer >= 2 (a standard error needs two chips)");
    }
    if (!(deviceVariationSigma >= 0) || deviceVariationSigma > 0.5) {
      throw new ConfigException("deviceVariationSigma", deviceVariationSigma, "a relative sigma in [0, 0.5]");
    }
    if (bisectionSteps < 1 || bisectionSteps > 30) {
      throw new ConfigException("bisectionSteps", bisectionSteps, "an integer in 1..30");
    }
    if (options == null) {
      throw new ConfigException("options", null, "RemapOptions, e.g. RemapOptions.paper()");
    }
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

  // withTrials, withSeed, withDeviceVariationSigma, withOptions, withBisectionSteps: generated
  // (RemappingStudyBuilder.With), each validated by the constructor.

  /**
   * Returns one row per strategy under {@code config}: {@code strategy}, {@code crossbar_size},
   * {@code wire_resistance_ohm}, {@code trials}, {@code seed}, {@code accuracy_top1_mean},
   * {@code accuracy_top1_sem} (over chips), {@code clean_accuracy_top1} (the network itself),
   * {@code accuracy_drop_pp} and {@code accuracy_drop_pp_sem} (percentage points),
   * {@code eval_time_s} (remapping and evaluation).
   */
  public Table compare(CrossbarConfig config) {
    TableRows t = TableRows.of("remapping strategies", Columns.STRATEGY, STRING,
        Columns.CROSSBAR_SIZE, INT, Columns.WIRE_RESISTANCE_OHM, DOUBLE, Columns.TRIALS, INT,
        Columns.SEED, LONG, Columns.ACCURACY_TOP1_MEAN, DOUBLE, Columns.ACCURACY_TOP1_SEM, DOUBLE,
        Columns.CLEAN_ACCURACY_TOP1, DOUBLE, Columns.ACCURACY_DROP_PP, DOUBLE,
        Columns.ACCURACY_DROP_PP_SEM, DOUBLE, Columns.EVAL_TIME_S, DOUBLE);
    for (Strategy s : Strategy.values()) {
      long start = System.nanoTime();
      MonteCarloResult r = evaluate(config, placement(s, config, options));
      double[] acc = r.trials().doubleColumn(Columns.ACCURACY_TOP1).asDoubleArray();
      double c = r.summary().doubleColumn(Columns.CLEAN_ACCURACY_TOP1).get(0);
      double m = SampleStatistics.mean(acc);
      double se = SampleStatistics.standardError(acc);
      t.add(s.label(), config.array().rows(), config.lines().wireResistanceOhms(), trials, seed,
          m, se, c, 100 * (c - m), 100 * se, (System.nanoTime() - start) / 1e9);
    }
    return t.table();
  }

  /**
   * Returns one row per placement variant under {@code config}: the as-is mapping, then SRS with
   * each of {@code variants} (for example rows permuted, across tiles, Taylor ranking). Columns:
   * {@code method} (the variant's label, "as-is" first), {@code accuracy_top1_mean},
   * {@code accuracy_top1_sem}, {@code accuracy_drop_pp}, {@code accuracy_drop_pp_sem},
   * {@code eval_time_s}.
   */
  public Table compareOptions(CrossbarConfig config, Map<String, RemapOptions> variants) {
    TableRows t = TableRows.of("SRS variants", Columns.METHOD, STRING,
        Columns.ACCURACY_TOP1_MEAN, DOUBLE, Columns.ACCURACY_TOP1_SEM, DOUBLE,
        Columns.ACCURACY_DROP_PP, DOUBLE, Columns.ACCURACY_DROP_PP_SEM, DOUBLE,
        Columns.EVAL_TIME_S, DOUBLE);
    List<String> labels = new ArrayList<>();
    labels.add(Strategy.AS_IS.label());
    labels.addAll(variants.keySet());
    for (String label : labels) {
      long start = System.nanoTime();
      RemapOptions o = variants.get(label);
      Remapping r = o == null ? Remapping.identity()
          : placement(Strategy.SRS, config, o);
      MonteCarloResult result = evaluate(config, r);
      double[] acc = result.trials().doubleColumn(Columns.ACCURACY_TOP1).asDoubleArray();
      double c = result.summary().doubleColumn(Columns.CLEAN_ACCURACY_TOP1).get(0);
      double m = SampleStatistics.mean(acc);
      double se = SampleStatistics.standardError(acc);
      t.add(label, m, se, 100 * (c - m), 100 * se, (System.nanoTime() - start) / 1e9);
    }
    return t.table();
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
          placement(s, config, options));
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
   * Returns the wire resistance in [0.1, 100] ohm at which the as-is mapping of {@code base}
   * loses {@code targetDropPp} points, by bisection on a log scale ({@code bisectionSteps}
   * steps, the same chips at every step).
   *
   * @throws XbarLabException if even 100 ohm loses less than the target
   */
  public double wireResistanceForDrop(CrossbarConfig base, double targetDropPp) {
    if (!(targetDropPp > 0 && targetDropPp < 100)) {
      throw new ConfigException("targetDropPp", targetDropPp, "percentage points in (0, 100)");
    }
    double lo = Math.log(0.1);
    double hi = Math.log(100);
    if (asIsDrop(base, Math.exp(hi)) < targetDropPp) {
      throw new XbarLabException("the as-is mapping loses less than " + targetDropPp
          + " points even at 100 ohm: line resistance barely matters for this network and tile");
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
    TableRows t = TableRows.of("X-CHANGR: paper vs. measured", Columns.CLAIM, STRING,
        Columns.PAPER, STRING, Columns.MEASURED, STRING, Columns.CONDITIONS, STRING);
    Object[][] rows = {
      {"Accuracy drop, as-is mapping", PAPER_AS_IS_DROP_PP, Strategy.AS_IS},
      {"Accuracy drop with SRS", PAPER_SRS_DROP_PP, Strategy.SRS},
      {"Accuracy drop with DRS", PAPER_DRS_DROP_PP, Strategy.DRS},
    };
    for (Object[] row : rows) {
      double[] v = byStrategy.get((Strategy) row[2]);
      t.add(row[0], String.format(Locale.ROOT, "%.1f %%", (Double) row[1]),
          String.format(Locale.ROOT, "%.2f pp ± %.2f", v[0], v[1]), conditions);
    }
    double[] asIs = byStrategy.get(Strategy.AS_IS);
    for (Strategy s : new Strategy[] {Strategy.SRS, Strategy.DRS}) {
      double[] v = byStrategy.get(s);
      double paperShare = 1 - (s == Strategy.SRS ? PAPER_SRS_DROP_PP : PAPER_DRS_DROP_PP)
          / PAPER_AS_IS_DROP_PP;
      t.add("Share of the as-is drop " + s.label() + " recovers",
          String.format(Locale.ROOT, "%.0f %%", 100 * paperShare),
          String.format(Locale.ROOT, "%.0f %%", 100 * (1 - v[0] / asIs[0])), conditions);
    }
    return new Comparison(t.table(), strategies, ohms);
  }

  /** Returns the strategy's placement, computed once per (config, options) for this study. */
  private Remapping placement(Strategy s, CrossbarConfig config, RemapOptions o) {
    return PlacementCache.get(network, calibration, s, config, o,
        () -> s.remap(network, config, calibration, o));
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
}
