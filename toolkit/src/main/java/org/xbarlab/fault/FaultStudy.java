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
import org.xbarlab.ProgressListener;
import org.xbarlab.SampleStatistics;
import org.xbarlab.TableRows;
import org.xbarlab.crossbar.CrossbarConfig;
import org.xbarlab.crossbar.CrossbarMapping;
import org.xbarlab.crossbar.MappingScheme;
import org.xbarlab.crossbar.MonteCarlo;
import org.xbarlab.crossbar.MonteCarloResult;
import org.xbarlab.crossbar.ProgrammedChip;
import org.xbarlab.cost.CostDesign;
import org.xbarlab.cost.CostModel;
import org.xbarlab.cost.CostReport;
import org.xbarlab.cost.LayerWorkload;
import org.xbarlab.cost.NetworkWorkload;
import org.xbarlab.data.ImageDataset;
import org.xbarlab.nn.Network;
import org.xbarlab.train.FrozenChipWeightNoise;
import org.xbarlab.train.LayerNoiseScale;
import org.xbarlab.train.NoiseAwareTraining;
import org.xbarlab.train.NoiseModel;
import org.xbarlab.train.TrainingSetup;
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

  /** Suffix of the mitigation label of a chip with digital stuck-at correction. */
  public static final String CORRECTED = " + correction";
  /** Suffix of the mitigation label of the fault-aware fine-tuning baseline. */
  public static final String FINE_TUNED = " + fault-aware fine-tuning";

  /** Returns a study with 4 fault maps per point and seed 42. */
  public static FaultStudy of(Network network, DataSet calibration, DataSet test) {
    return new FaultStudy(network, calibration, test, 4, 42);
  }

  /**
   * Returns one row per (mapping, ratio, rate): {@code mitigation} (the scheme, with
   * " + correction" when the base config corrects stuck cells digitally), {@code mapping_scheme},
   * {@code sa1_to_sa0} (label,
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
    requireSweep(schemes, rates, sa1ToSa0Ratios);
    TableRows t = accuracyTable();
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
          t.add(mitigation(m.config()), scheme.name(), ratioLabel(ratio), rate, maps, mean, sem,
              clean, 100 * (clean - mean), 100 * sem);
        }
      }
    }
    return t.table();
  }

  /**
   * Returns the fault-aware fine-tuning baseline in {@link #sweep}'s columns ({@code mitigation} =
   * scheme + " + fault-aware fine-tuning"): for every fault map, a copy of the network is fine-tuned
   * with that chip's frozen faults in the loop ({@link FrozenChipWeightNoise}, ReSNA's loop with the
   * faults as the noise) and evaluated on the same chip. One training run per (rate, map).
   *
   * @param base design point (its own faults are replaced)
   * @param scheme the mapping of the chip
   * @param rates fault rates, each in [0, 1]
   * @param sa1ToSa0 SA1:SA0 ratio, {@code > 0}
   * @param setup epochs, minibatch and seed of the fine-tuning (its noise model is replaced)
   * @param train training images
   * @param progress receives one step per minibatch of every run
   */
  public Table fineTunedSweep(CrossbarConfig base, MappingScheme scheme, double[] rates,
      double sa1ToSa0, TrainingSetup setup, ImageDataset train, ProgressListener progress) {
    requireSweep(scheme == null ? null : List.of(scheme), rates, new double[] {sa1ToSa0});
    if (setup == null) {
      throw new ConfigException("setup", null, "a TrainingSetup (epochs, minibatch, seed)");
    }
    TableRows t = accuracyTable();
    var batches = MonteCarlo.batches(test, MonteCarlo.DEFAULT_BATCH);
    double clean = MonteCarlo.cleanAccuracy(network, batches);
    for (double rate : rates) {
      CrossbarConfig cfg = base.withMappingScheme(scheme).withStuckAtFaults(rate, sa1ToSa0);
      double[] acc = new double[maps];
      for (int map = 0; map < maps; map++) {
        NoiseModel chip = new NoiseModel(FrozenChipWeightNoise.ofTrial(cfg, seed, map),
            LayerNoiseScale.uniform());
        Network tuned = NoiseAwareTraining.train(network,
            setup.withNoise(chip).withoutCheckpoints(), train, train, progress).network();
        acc[map] = MonteCarlo.trialAccuracy(
            CrossbarMapping.map(tuned, cfg, calibration.getFeatures()), batches, seed, map);
      }
      double mean = SampleStatistics.mean(acc);
      double sem = SampleStatistics.standardError(acc);
      t.add(scheme.name() + FINE_TUNED, scheme.name(), ratioLabel(sa1ToSa0), rate, maps, mean, sem,
          clean, 100 * (clean - mean), 100 * sem);
    }
    return t.table();
  }

  /**
   * Returns energy and latency per inference of the faulty chips, from their actual programmed
   * conductances: per crossbar layer the mean cell conductance, each row weighted by how strongly
   * the calibration images drive it ({@link ProgrammedChip#meanConductanceFraction}), replaces the
   * cost model's assumed mean ({@link LayerWorkload#withCellConductanceFraction}); the cells'
   * conduction energy {@code V^2 G t} follows, everything else is the cost model's. One row per
   * (mapping, ratio, rate) plus each mapping's fault-free row (rate 0, ratio "-"): {@code mitigation},
   * {@code mapping_scheme}, {@code sa1_to_sa0}, {@code stuck_at_rate}, {@code trials},
   * {@code cell_conductance_fraction} (layers weighted by MACs), {@code conduction_energy_pJ} (the
   * cells' {@code V^2 G t} alone), {@code energy_pJ},
   * {@code energy_pJ_sem}, {@code latency_ns}, {@code energy_overhead_pct} (against the same mapping
   * without faults), {@code energy_vs_conventional_pct} (against the conventional pair without
   * faults), {@code latency_overhead_pct}.
   *
   * @param model the cost model, for example {@link CostModel#neuroSimLike()}
   */
  public Table energy(CrossbarConfig base, List<MappingScheme> schemes, double[] rates,
      double[] sa1ToSa0Ratios, CostModel model) {
    requireSweep(schemes, rates, sa1ToSa0Ratios);
    if (model == null) {
      throw new ConfigException("model", null, "a CostModel, for example CostModel.neuroSimLike()");
    }
    TableRows t = TableRows.of("energy and latency of the faulty array", Columns.MITIGATION, STRING,
        Columns.MAPPING_SCHEME, STRING, Columns.SA1_TO_SA0, STRING, Columns.STUCK_AT_RATE, DOUBLE,
        Columns.TRIALS, INT, Columns.CELL_CONDUCTANCE_FRACTION, DOUBLE,
        Columns.CONDUCTION_ENERGY_PJ, DOUBLE, Columns.ENERGY_PJ, DOUBLE,
        Columns.ENERGY_PJ_SEM, DOUBLE, Columns.LATENCY_NS, DOUBLE, Columns.ENERGY_OVERHEAD_PCT,
        DOUBLE, Columns.ENERGY_VS_CONVENTIONAL_PCT, DOUBLE, Columns.LATENCY_OVERHEAD_PCT, DOUBLE);
    ArrayCost conventional = new ArrayCost(base.withMappingScheme(
        MappingScheme.DIFFERENTIAL_PAIR), model);
    double[] pair = conventional.of(conventional.mapping.programIdeal());
    for (MappingScheme scheme : schemes) {
      ArrayCost cost = scheme == MappingScheme.DIFFERENTIAL_PAIR ? conventional
          : new ArrayCost(base.withMappingScheme(scheme), model);
      double[] clean = cost.of(cost.mapping.programIdeal());
      String label = mitigation(cost.mapping.config());
      t.add(label, scheme.name(), "-", 0.0, 1, clean[0], clean[3], clean[1], 0.0, clean[2], 0.0,
          percentChange(clean[1], pair[1]), 0.0);
      for (double ratio : sa1ToSa0Ratios) {
        for (double rate : rates) {
          CrossbarMapping m = cost.mapping.withNoise(
              cost.mapping.config().noise().withStuckAtFaults(rate, ratio));
          double[] fraction = new double[maps];
          double[] conduction = new double[maps];
          double[] energy = new double[maps];
          double[] latency = new double[maps];
          for (int map = 0; map < maps; map++) {
            double[] r = cost.of(m.program(MonteCarlo.chipSource(seed, map)));
            fraction[map] = r[0];
            energy[map] = r[1];
            latency[map] = r[2];
            conduction[map] = r[3];
          }
          double e = SampleStatistics.mean(energy);
          double l = SampleStatistics.mean(latency);
          t.add(label, scheme.name(), ratioLabel(ratio), rate, maps, SampleStatistics.mean(fraction),
              SampleStatistics.mean(conduction), e, SampleStatistics.standardError(energy), l,
              percentChange(e, clean[1]),
              percentChange(e, pair[1]), percentChange(l, clean[2]));
        }
      }
    }
    return t.table();
  }

  /** One mapping's cost model inputs: the mapped network, its workload and the row activities. */
  private final class ArrayCost {
    final CrossbarMapping mapping;
    final NetworkWorkload workload;
    final CostDesign design;
    final CostModel model;
    final Map<Integer, double[]> activity;

    ArrayCost(CrossbarConfig config, CostModel model) {
      mapping = CrossbarMapping.map(network, config, calibration.getFeatures());
      workload = NetworkWorkload.from(mapping);
      design = CostDesign.from(config);
      this.model = model;
      activity = mapping.rowActivities(calibration.getFeatures());
    }

    /**
     * Returns {MAC-weighted conductance fraction, energy pJ, latency ns, conduction energy pJ} of
     * one chip. The cost model's energy is affine in each layer's cell conductance, so the cells'
     * conduction is {@code E(f) - E(0) + (E(1) - E(0)) / (onOff - 1)}: the part above G_off plus
     * G_off's own share.
     */
    double[] of(ProgrammedChip chip) {
      List<Integer> indices = mapping.crossbarLayers();
      double[] f = new double[indices.size()];
      double weighted = 0;
      double macs = 0;
      for (int k = 0; k < indices.size(); k++) {
        int layer = indices.get(k);
        f[k] = chip.meanConductanceFraction(layer, activity.get(layer));
        weighted += f[k] * workload.layers().get(k).macsPerInference();
        macs += workload.layers().get(k).macsPerInference();
      }
      CostReport r = evaluate(f);
      double atOff = evaluate(new double[f.length]).energyPicojoules();
      double[] ones = new double[f.length];
      java.util.Arrays.fill(ones, 1.0);
      double span = evaluate(ones).energyPicojoules() - atOff;
      double conduction = r.energyPicojoules() - atOff
          + span / (model.technology().cellOnOffRatio() - 1);
      return new double[] {weighted / macs, r.energyPicojoules(), r.latencyNanoseconds(),
          conduction};
    }

    private CostReport evaluate(double[] fractions) {
      List<LayerWorkload> layers = new ArrayList<>();
      for (int k = 0; k < fractions.length; k++) {
        layers.add(workload.layers().get(k).withCellConductanceFraction(fractions[k]));
      }
      return model.evaluate(NetworkWorkload.of(workload.name(), layers), design);
    }
  }

  private static double percentChange(double value, double reference) {
    return 100 * (value - reference) / reference;
  }

  /** Returns the mitigation label of a design point: its scheme, "+ correction" if on. */
  static String mitigation(CrossbarConfig config) {
    return config.mapping().scheme().name()
        + (config.periphery().stuckAtCorrection() ? CORRECTED : "");
  }

  private static TableRows accuracyTable() {
    return TableRows.of("stuck-at fault sweep", Columns.MITIGATION, STRING, Columns.MAPPING_SCHEME,
        STRING, Columns.SA1_TO_SA0, STRING, Columns.STUCK_AT_RATE, DOUBLE, Columns.TRIALS, INT,
        Columns.ACCURACY_TOP1_MEAN, DOUBLE, Columns.ACCURACY_TOP1_SEM, DOUBLE,
        Columns.CLEAN_ACCURACY_TOP1, DOUBLE, Columns.ACCURACY_DROP_PP, DOUBLE,
        Columns.ACCURACY_DROP_PP_SEM, DOUBLE);
  }

  private static void requireSweep(List<MappingScheme> schemes, double[] rates, double[] ratios) {
    if (schemes == null || schemes.isEmpty() || schemes.stream().anyMatch(java.util.Objects::isNull)) {
      throw new ConfigException("schemes", schemes, "at least one mapping, each one of "
          + java.util.Arrays.toString(MappingScheme.values()));
    }
    if (rates == null || rates.length == 0 || ratios == null || ratios.length == 0) {
      throw new ConfigException("rates, sa1ToSa0Ratios", "empty", "at least one rate and ratio");
    }
    for (double rate : rates) {
      if (!(rate >= 0 && rate <= 1)) {
        throw new ConfigException("stuckAtRate", rate, "a probability in [0, 1]");
      }
    }
    for (double r : ratios) {
      if (!(r > 0) || Double.isInfinite(r)) {
        throw new ConfigException("sa1ToSa0Ratio", r, "a finite ratio > 0");
      }
    }
  }

  /**
   * Returns, per (mitigation, ratio) of a {@link #sweep} table, the largest swept rate up to which every
   * swept rate loses at most {@code withinPp} points (0 when even the smallest loses more):
   * {@code mitigation}, {@code sa1_to_sa0}, {@code recovery_threshold}.
   */
  public static Table recoveryThresholds(Table sweep, double withinPp) {
    Map<String, List<double[]>> byGroup = new LinkedHashMap<>();
    for (int r = 0; r < sweep.rowCount(); r++) {
      String key = sweep.stringColumn(Columns.MITIGATION).get(r) + "\u0000"
          + sweep.stringColumn(Columns.SA1_TO_SA0).get(r);
      byGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(new double[] {
          sweep.doubleColumn(Columns.STUCK_AT_RATE).get(r),
          sweep.doubleColumn(Columns.ACCURACY_DROP_PP).get(r)});
    }
    TableRows t = TableRows.of("recovery thresholds (within " + withinPp + " pp)",
        Columns.MITIGATION, STRING, Columns.SA1_TO_SA0, STRING, Columns.RECOVERY_THRESHOLD,
        DOUBLE);
    byGroup.forEach((key, points) -> {
      points.sort((a, b) -> Double.compare(a[0], b[0]));
      double threshold = 0;
      for (double[] p : points) {
        if (p[1] > withinPp + 1e-9) { // a drop of exactly withinPp (k images) is within
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
      if (thresholds.stringColumn(Columns.MITIGATION).get(r).equals(mt)) {
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

  /**
   * Returns {@link #paperVsMeasured(Table)} with two more claims: MT avoids the energy and latency
   * overhead faults cause (from an {@link #energy} table with MT and the conventional pair at 5:1),
   * and MT's gain holds with a strongly non-linear weight update (a {@link #sweep} of both pairs at
   * 5:1 on a chip programmed with LTP = 4, LTD = -4, beside the linear {@code sweep}).
   */
  public Table paperVsMeasured(Table sweep, Table energy, Table nonlinearSweep) {
    Table t = paperVsMeasured(sweep);
    String pair = MappingScheme.DIFFERENTIAL_PAIR.name();
    String mt = MappingScheme.DIFFERENTIAL_PAIR_ZERO_AT_GMAX.name();
    double rate = largestRate(energy, "5:1");
    t.stringColumn(Columns.CLAIM).append("MT avoids the energy and latency overhead of faults");
    t.stringColumn(Columns.PAPER).append("no overhead with MT (no number in the abstract)");
    t.stringColumn(Columns.MEASURED).append(String.format(Locale.ROOT,
        "at %s faults 5:1, against each fault-free chip: cell conduction %+.0f %% (MT) vs %+.0f %%"
            + " (pair), inference energy %+.2f %% vs %+.2f %%, latency %+.1f %%; MT's fault-free"
            + " cells conduct %.1fx the pair's", percent(rate),
        conductionChange(energy, mt, rate), conductionChange(energy, pair, rate),
        value(energy, mt, "5:1", rate, Columns.ENERGY_OVERHEAD_PCT),
        value(energy, pair, "5:1", rate, Columns.ENERGY_OVERHEAD_PCT),
        value(energy, mt, "5:1", rate, Columns.LATENCY_OVERHEAD_PCT),
        value(energy, mt, "-", 0.0, Columns.CONDUCTION_ENERGY_PJ)
            / value(energy, pair, "-", 0.0, Columns.CONDUCTION_ENERGY_PJ)));
    t.stringColumn(Columns.CONDITIONS).append("cost model: actual programmed conductances of "
        + maps + " fault maps, rows weighted by the calibration images' drive");
    StringBuilder gains = new StringBuilder();
    ratesAt(nonlinearSweep, "5:1").filter(r -> r > 0).distinct().sorted().forEach(r -> gains
        .append(gains.length() == 0 ? "" : "; ").append(String.format(Locale.ROOT,
            "%s: %+.1f pp (linear), %+.1f pp (NL 4/-4)", percent(r),
            100 * (value(sweep, mt, "5:1", r, Columns.ACCURACY_TOP1_MEAN)
                - value(sweep, pair, "5:1", r, Columns.ACCURACY_TOP1_MEAN)),
            100 * (value(nonlinearSweep, mt, "5:1", r, Columns.ACCURACY_TOP1_MEAN)
                - value(nonlinearSweep, pair, "5:1", r, Columns.ACCURACY_TOP1_MEAN)))));
    t.stringColumn(Columns.CLAIM).append("MT's gain holds with non-linear update (LTP 4, LTD -4)");
    t.stringColumn(Columns.PAPER).append("benefits persist");
    t.stringColumn(Columns.MEASURED).append("MT - pair at 5:1, " + gains);
    t.stringColumn(Columns.CONDITIONS).append("open-loop programming through NeuroSim's pulse"
        + " response; network fine-tuned with it in the loop");
    return t;
  }

  private static double conductionChange(Table energy, String mitigation, double rate) {
    return percentChange(value(energy, mitigation, "5:1", rate, Columns.CONDUCTION_ENERGY_PJ),
        value(energy, mitigation, "-", 0.0, Columns.CONDUCTION_ENERGY_PJ));
  }

  private static double value(Table t, String mitigation, String ratio, double rate, String column) {
    for (int r = 0; r < t.rowCount(); r++) {
      if (t.stringColumn(Columns.MITIGATION).get(r).equals(mitigation)
          && t.stringColumn(Columns.SA1_TO_SA0).get(r).equals(ratio)
          && t.doubleColumn(Columns.STUCK_AT_RATE).get(r) == rate) {
        return t.doubleColumn(column).get(r);
      }
    }
    throw new ConfigException("table", t.name(), "a row for " + mitigation + " at " + ratio + ", "
        + rate + " (sweep both pairs at 5:1)");
  }

  private static double largestRate(Table t, String ratio) {
    return ratesAt(t, ratio).max().orElseThrow(() -> new ConfigException("table", t.name(),
        "rows at SA1:SA0 = " + ratio));
  }

  private static java.util.stream.DoubleStream ratesAt(Table t, String ratio) {
    return java.util.stream.IntStream.range(0, t.rowCount())
        .filter(r -> t.stringColumn(Columns.SA1_TO_SA0).get(r).equals(ratio))
        .mapToDouble(r -> t.doubleColumn(Columns.STUCK_AT_RATE).get(r));
  }

  private static String accuracyAt(Table sweep, String scheme, String ratio, double rate) {
    for (int r = 0; r < sweep.rowCount(); r++) {
      if (sweep.stringColumn(Columns.MITIGATION).get(r).equals(scheme)
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
