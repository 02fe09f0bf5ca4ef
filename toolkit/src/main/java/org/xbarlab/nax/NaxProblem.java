package org.xbarlab.nax;

import static org.xbarlab.TableRows.Type.DOUBLE;
import static org.xbarlab.TableRows.Type.INT;
import static org.xbarlab.TableRows.Type.STRING;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.dataset.DataSet;
import org.xbarlab.Columns;
import org.xbarlab.ConfigException;
import org.xbarlab.PaperVsMeasured;
import org.xbarlab.PaperVsMeasured.Verdict;
import org.xbarlab.ProgressListener;
import org.xbarlab.SampleStatistics;
import org.xbarlab.TableRows;
import org.xbarlab.cost.CostModel;
import org.xbarlab.cost.CostReport;
import org.xbarlab.crossbar.CrossbarConfig;
import org.xbarlab.crossbar.CrossbarMapping;
import org.xbarlab.crossbar.MonteCarlo;
import org.xbarlab.crossbar.MonteCarloResult;
import org.xbarlab.data.ImageDataset;
import org.xbarlab.nn.Network;
import org.xbarlab.noise.LineResistanceMode;
import org.xbarlab.optimize.Evaluation;
import org.xbarlab.optimize.Fidelity;
import org.xbarlab.optimize.Objective;
import org.xbarlab.optimize.OptimizationResult;
import org.xbarlab.optimize.Problem;
import org.xbarlab.train.NoiseAwareTraining;
import org.xbarlab.train.TrainingSetup;
import tech.tablesaw.api.Table;

/**
 * NAX as a two-objective problem for the project's optimisers ({@code Optimization.minimize} with
 * MESMO, NSGA-II or random search): maximise the top-1 accuracy of the design's network, trained for
 * a fixed short budget and then run on its own heterogeneous chip, and minimise {@code log10} of
 * that chip's EDAP (energy x delay x area, the cost model on the same mapping).
 *
 * <p><b>Non-idealities that grow with the tile size</b>: the base config's line resistance (by
 * default the first-order model of the weights' own line currents, corrected per position by one
 * exact nodal solve per tile size, cached: {@code LineResistanceMode.FIRST_ORDER_CALIBRATED}; the
 * current lost along a word line and a bit line grows with their length), its
 * read noise and RTN, and its DAC/ADC on every tile partial sum. Accuracy is measured on the mapped
 * network over Monte-Carlo chips, never assumed.
 *
 * <p><b>Heterogeneous hardware</b>: every layer is tiled and costed on its own tile size
 * ({@link CrossbarConfig#withLayerCrossbarSize}, read by the engine and by
 * {@code CostDesign.from}); each tile owns its periphery (ADCs, drivers, shift-add), nothing is
 * shared between tiles of different sizes, so a layer's area, energy and latency are those of its
 * own tiles.
 *
 * <p><b>Search method</b>: the project's multi-objective Bayesian optimiser (MESMO) over the genes
 * with one short training per evaluation, against random search with the same budget. A
 * weight-sharing supernet would need a differentiable crossbar model inside DL4J's training loop
 * for every (kernel, tile) candidate; black-box BO reuses the evaluator the other studies use and
 * scales out the same way (issue 17). Evaluations are cached by design: a repeated design costs
 * nothing.
 */
public final class NaxProblem {
  /**
   * Sizes of the problem.
   *
   * @param stageChannels widths of ResNet-20's three stages ({16, 32, 64} for the paper's network)
   * @param epochs training epochs of every design, from scratch, 1..200
   * @param batchSize training minibatch, 1..1024
   * @param trials Monte-Carlo chips per accuracy, 1..100
   * @param base design point of the chip (tile sizes are the design's)
   */
  public record Settings(int[] stageChannels, int epochs, int batchSize, int trials,
      CrossbarConfig base) {
    /** Validates. */
    public Settings {
      if (stageChannels == null || stageChannels.length != 3) {
        throw new ConfigException("stageChannels", stageChannels, "three stage widths");
      }
      if (epochs < 1 || epochs > 200) {
        throw new ConfigException("epochs", epochs, "an integer in 1..200");
      }
      if (batchSize < 1 || batchSize > 1024) {
        throw new ConfigException("batchSize", batchSize, "an integer in 1..1024");
      }
      if (trials < 1 || trials > 100) {
        throw new ConfigException("trials", trials, "an integer in 1..100");
      }
      if (base == null) {
        throw new ConfigException("base", null, "a CrossbarConfig");
      }
      stageChannels = stageChannels.clone();
    }

    /**
     * Minutes on 2 cores: a narrow ResNet-20 (8, 16, 32 channels), 2 epochs in minibatches of 32,
     * 2 chips, PytorX's device, noise and 8-bit converters with calibrated first-order line
     * resistance at 0.3 ohm per segment.
     */
    public static Settings quick() {
      return new Settings(new int[] {8, 16, 32}, 2, 32, 2, defaultChip());
    }

    /** The paper's network: ResNet-20 (16, 32, 64), 20 epochs of 64, 10 chips, the same chip. */
    public static Settings full() {
      return new Settings(new int[] {16, 32, 64}, 20, 64, 10, defaultChip());
    }

    /**
     * PytorX's chip (7-bit cells, 8-bit DAC/ADC, read noise and RTN) with line resistance at 0.3
     * ohm per wire segment, simulated by the first-order model calibrated per position by an exact
     * solve of each tile size ({@code FIRST_ORDER_CALIBRATED}: within 1.4 % of the exact solve's
     * column currents on 256x256 tiles, where the plain first-order model is 2.3 % off, at the
     * first-order model's cost; the exact solve of every tile of every chip is 5-10x slower).
     * 0.3 ohm is chosen so that the tile size matters inside the space (quick profile,
     * 2026-12-04: 32x32 and 64x64 tiles lose 2-3 points, 128x128 about 30, 256x256 fall to
     * chance; at 1 ohm 64x64 already loses 20).
     */
    public static CrossbarConfig defaultChip() {
      return CrossbarConfig.pytorx()
          .withLineResistanceMode(LineResistanceMode.FIRST_ORDER_CALIBRATED)
          .withWireResistanceOhms(0.3);
    }
  }

  private final NaxSpace space;
  private final Settings settings;
  private final ImageDataset train;
  private final ImageDataset test;
  private final List<DataSet> batches;
  private final DataSet calibration;
  private final long seed;
  private final long[] imageShape; // [n, channels, height, width]
  private final CostModel costModel = CostModel.neuroSimLike();
  private final Map<NaxDesign, NaxResult> cache = new LinkedHashMap<>();
  // retrainings with other seeds (repeat r >= 1 uses seed + r), for the uncertainty of a pick
  private final Map<NaxResultLog.Entry, NaxResult> retrained = new LinkedHashMap<>();
  private final Problem problem;
  private final NaxResultLog log; // null: results live in memory only

  private NaxProblem(NaxSpace space, Settings settings, ImageDataset train, ImageDataset test,
      long seed, Path logPath) {
    this.space = space;
    this.settings = settings;
    this.train = train;
    this.test = test;
    this.seed = seed;
    this.imageShape = train.features().shape();
    this.batches = MonteCarlo.batches(test.toDataSet(), MonteCarlo.DEFAULT_BATCH);
    // DAC/ADC ranges from the first training images (at most 256)
    this.calibration = train.select(java.util.stream.IntStream.range(0,
        Math.min(MonteCarlo.DEFAULT_CALIBRATION_IMAGES, train.size())).toArray()).toDataSet();
    this.problem = new Problem("nax-" + space.granularity().name().toLowerCase(),
        space.designSpace(), List.of(Objective.maximize(Columns.ACCURACY_TOP1),
            Objective.minimize(Columns.LOG10_EDAP)), Fidelity.single(), referencePoint(),
        (x, z) -> {
          NaxResult r = evaluate(space.decode(x));
          return new Evaluation(new double[] {r.accuracy(), Math.log10(r.edap())}, 1.0);
        });
    this.log = logPath == null ? null : NaxResultLog.open(logPath, logHeader());
    if (log != null) {
      log.existing().forEach(e -> remember(e.repeat(), e.result()));
    }
  }

  /**
   * Returns this problem with its results also kept in the CSV log at {@code path}: designs
   * already measured there (by a study with the same settings, data sizes and seed) are read back
   * instead of trained again, and every new result is appended and fsync-ed as soon as it is
   * measured, so an interrupted study loses no finished design. Results measured so far by this
   * instance are carried over and logged. Use it together with {@code Optimization.withRunLog}.
   *
   * @throws org.xbarlab.ResumeException if the file holds other settings or a damaged line
   */
  public NaxProblem withResultLog(Path path) {
    if (path == null) {
      throw new ConfigException("path", null, "a file path for the NAX result log");
    }
    NaxProblem logged = new NaxProblem(space, settings, train, test, seed, path);
    cache.values().stream().filter(r -> !logged.cache.containsKey(r.design()))
        .forEach(r -> logged.record(0, r));
    retrained.forEach((k, r) -> {
      if (logged.known(k.result().design(), k.repeat()) == null) {
        logged.record(k.repeat(), r);
      }
    });
    return logged;
  }

  /** Header lines that tie a result log to these settings. */
  private List<String> logHeader() {
    return List.of(String.format(java.util.Locale.ROOT, "# settings=genes=%s kernels=%s sizes=%s"
        + " channels=%d/%d/%d epochs=%d batch=%d chips=%d train=%d test=%d seed=%d",
        space.granularity(), space.kernelSizes(), space.crossbarSizes(),
        settings.stageChannels()[0], settings.stageChannels()[1], settings.stageChannels()[2],
        settings.epochs(), settings.batchSize(), settings.trials(), train.size(), test.size(),
        seed), "# chip=" + settings.base());
  }

  private void record(int repeat, NaxResult r) {
    remember(repeat, r);
    if (log != null) {
      log.append(repeat, r);
    }
  }

  private void remember(int repeat, NaxResult r) {
    if (repeat == 0) {
      cache.put(r.design(), r);
    } else {
      retrained.put(key(r.design(), repeat), r);
    }
  }

  private NaxResult known(NaxDesign design, int repeat) {
    return repeat == 0 ? cache.get(design) : retrained.get(key(design, repeat));
  }

  /** Map key of a retraining (the entry's result only carries the design). */
  private static NaxResultLog.Entry key(NaxDesign design, int repeat) {
    return new NaxResultLog.Entry(repeat, new NaxResult(design, 0, 0, 0, 0, 0, 0, 0, 0));
  }

  /**
   * Returns the problem on {@code train} and {@code test} (same image shape and classes).
   *
   * @param seed seed of every network's initial weights and shuffles, and of the chips
   */
  public static NaxProblem of(NaxSpace space, Settings settings, ImageDataset train,
      ImageDataset test, long seed) {
    if (space == null || settings == null) {
      throw new ConfigException(space == null ? "space" : "settings", null, "a value");
    }
    if (train == null || train.size() == 0 || test == null || test.size() == 0) {
      throw new ConfigException("train/test", "empty", "non-empty image data sets");
    }
    long[] shape = train.features().shape();
    int lastStage = (int) Math.min(shape[2], shape[3]);
    lastStage = ((lastStage + 1) / 2 + 1) / 2; // two stride-2 stages, "same" padding
    int largest = space.kernelSizes().stream().mapToInt(Integer::intValue).max().orElseThrow();
    if (largest > lastStage) {
      throw new ConfigException("kernelSizes", space.kernelSizes(), "sides up to " + lastStage
          + ", the last stage's feature map for " + shape[2] + "x" + shape[3] + " images");
    }
    return new NaxProblem(space, settings, train, test, seed, null);
  }

  /** Returns the problem for {@code Optimization.minimize}: objectives accuracy, log10 EDAP. */
  public Problem problem() {
    return problem;
  }

  /** Returns the search space. */
  public NaxSpace space() {
    return space;
  }

  /**
   * Trains {@code design}'s network for the settings' epochs, maps it on its chip and returns its
   * accuracy over the settings' chips and its cost; cached per design.
   */
  public NaxResult evaluate(NaxDesign design) {
    return measure(design, 0);
  }

  /**
   * Returns {@code design} trained and measured with {@code seeds} training seeds (the study's
   * seed, then seed + 1, ...; each also draws its own chips): accuracy and clean accuracy are
   * means over seeds and {@code accuracySem} the standard error over seeds, which, unlike the
   * error over chips of {@link #evaluate}, covers the spread of training. Cost fields are the
   * design's (the same for every seed); {@code seconds} is the total. Every retraining is cached
   * and logged.
   *
   * @param seeds training seeds, 2..20
   */
  public NaxResult overTrainingSeeds(NaxDesign design, int seeds) {
    if (seeds < 2 || seeds > 20) {
      throw new ConfigException("seeds", seeds, "an integer in 2..20");
    }
    double[] acc = new double[seeds];
    double[] clean = new double[seeds];
    double seconds = 0;
    NaxResult first = null;
    for (int r = 0; r < seeds; r++) {
      NaxResult m = measure(design, r);
      first = r == 0 ? m : first;
      acc[r] = m.accuracy();
      clean[r] = m.cleanAccuracy();
      seconds += m.seconds();
    }
    return new NaxResult(design, SampleStatistics.mean(acc), SampleStatistics.standardError(acc),
        SampleStatistics.mean(clean),
        first.energyPicojoules(), first.latencyNanoseconds(), first.areaSquareMillimetres(),
        first.edap(), seconds);
  }

  private NaxResult measure(NaxDesign design, int repeat) {
    NaxResult known = known(design, repeat);
    if (known != null) {
      return known;
    }
    long start = System.nanoTime();
    long runSeed = seed + repeat;
    Network net = trained(design, runSeed);
    CrossbarMapping m = map(design, net);
    MonteCarloResult mc = MonteCarlo.evaluate(m, batches, settings.trials(), runSeed);
    CostReport cost = costModel.evaluate(m);
    Table s = mc.summary();
    NaxResult r = new NaxResult(design, s.doubleColumn(Columns.ACCURACY_TOP1_MEAN).get(0),
        s.doubleColumn(Columns.ACCURACY_TOP1_STD).get(0) / Math.sqrt(settings.trials()),
        s.doubleColumn(Columns.CLEAN_ACCURACY_TOP1).get(0), cost.energyPicojoules(),
        cost.latencyNanoseconds(), cost.areaSquareMillimetres(), cost.edap(),
        (System.nanoTime() - start) / 1e9);
    record(repeat, r);
    return r;
  }

  /** Returns the cost of {@code design}'s chip alone (no training: the shapes decide it). */
  public CostReport cost(NaxDesign design) {
    return costModel.evaluate(costMapping(design));
  }

  /** The mapping the cost reads: shapes and tiles only, so 8 calibration images do. */
  private CrossbarMapping costMapping(NaxDesign design) {
    return CrossbarMapping.map(network(design, seed), design.config(settings.base()),
        calibration.getFeatures().get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0,
            Math.min(8, calibration.numExamples()))).dup());
  }

  /**
   * Returns one row per homogeneous baseline (3x3 kernels, every layer on one tile size of the
   * space): {@code design}, {@code crossbar_size}, {@code accuracy_top1_mean},
   * {@code accuracy_top1_sem}, {@code clean_accuracy_top1}, {@code energy_pJ}, {@code latency_ns},
   * {@code area_mm2}, {@code edap_pJ_ns_mm2}, {@code eval_time_s}.
   */
  public Table homogeneousBaselines() {
    TableRows t = resultTable("homogeneous ResNet-20 baselines");
    for (int size : space.crossbarSizes()) {
      add(t, evaluate(NaxDesign.homogeneous(size)));
    }
    return t.table();
  }

  /**
   * Returns every design evaluated so far with its {@code role}: {@code baseline} (a homogeneous
   * ResNet-20 with 3x3 kernels), {@code Pareto set} (no other evaluated design is at least as
   * accurate and at least as cheap in EDAP, and better in one), {@code baseline, Pareto} for a
   * baseline on that set, else {@code dominated}; columns of {@link #homogeneousBaselines()} plus
   * {@code role}, sorted by EDAP. Plot it with {@code Figures.scatter(t, edap, accuracy, role)}.
   */
  public Table landscape() {
    List<NaxResult> all = List.copyOf(cache.values());
    TableRows t = resultTable("NAX landscape: accuracy under non-idealities against EDAP");
    List<String> roles = new java.util.ArrayList<>();
    all.stream().sorted(java.util.Comparator.comparingDouble(NaxResult::edap)).forEach(r -> {
      boolean dominated = all.stream().anyMatch(o -> o.accuracy() >= r.accuracy()
          && o.edap() <= r.edap() && (o.accuracy() > r.accuracy() || o.edap() < r.edap()));
      boolean baseline = r.design().equals(NaxDesign.homogeneous(r.design().crossbarSizes()[0]));
      roles.add(baseline ? (dominated ? "baseline" : "baseline, Pareto")
          : dominated ? "dominated" : "Pareto set");
      add(t, r);
    });
    Table out = t.table();
    out.addColumns(tech.tablesaw.api.StringColumn.create(Columns.ROLE, roles));
    return out;
  }

  /** Returns every design evaluated so far, in {@link #homogeneousBaselines()}' columns. */
  public Table evaluated() {
    TableRows t = resultTable("NAX designs evaluated");
    cache.values().forEach(r -> add(t, r));
    return t.table();
  }

  /**
   * Returns the per-layer table of {@code design}: {@code layer}, {@code kernel_size},
   * {@code crossbar_size}, {@code tiles}, {@code area_mm2}, {@code energy_pJ}, {@code latency_ns}
   * (the layer's parts of the chip's totals, leakage shared out by the cost model).
   */
  public Table layers(NaxDesign design) {
    CrossbarMapping m = costMapping(design);
    CostReport cost = costModel.evaluate(m);
    Table byLayer = cost.layers();
    TableRows t = TableRows.of("per-layer choices and cost of " + design.label(), Columns.LAYER,
        STRING, Columns.KERNEL_SIZE, INT, Columns.CROSSBAR_SIZE, INT, Columns.TILES, INT,
        Columns.AREA_MM2, DOUBLE, Columns.ENERGY_PJ, DOUBLE, Columns.LATENCY_NS, DOUBLE);
    List<String> convs = org.xbarlab.nn.ResNet20.convolutionNames();
    List<Integer> layers = m.crossbarLayers();
    for (int k = 0; k < layers.size(); k++) {
      int index = layers.get(k);
      String name = m.layerNames().get(index);
      var layout = m.layout(index).orElseThrow();
      int conv = convs.indexOf(name);
      // shortcut projections are 1x1, the classifier dense
      t.add(name, conv >= 0 ? design.kernels()[conv] : 1, layout.tileRows(),
          layout.tiles(), byLayer.doubleColumn(Columns.AREA_MM2).get(k),
          byLayer.doubleColumn(Columns.ENERGY_PJ).get(k),
          byLayer.doubleColumn(Columns.LATENCY_NS).get(k));
    }
    return t.table();
  }

  /** The paper's claims (papers.md 2.6, ResNet-20 on CIFAR-10). */
  public static final double PAPER_ACCURACY_GAIN_PP = 0.8;
  /** The paper's EDAP change against the baseline ResNet-20, percent. */
  public static final double PAPER_EDAP_CHANGE_PCT = -17;

  /**
   * Returns the baseline the searched networks are compared with: the most accurate homogeneous
   * ResNet-20 (3x3 kernels) over the space's tile sizes, the lower EDAP breaking a tie.
   */
  public NaxResult bestHomogeneous() {
    NaxResult best = null;
    for (int size : space.crossbarSizes()) {
      NaxResult r = evaluate(NaxDesign.homogeneous(size));
      if (best == null || r.accuracy() > best.accuracy()
          || (r.accuracy() == best.accuracy() && r.edap() < best.edap())) {
        best = r;
      }
    }
    return best;
  }

  /**
   * Returns the searched design to report: on the searches' Pareto fronts, the lowest-EDAP design
   * at least as accurate as {@link #bestHomogeneous()}, else the most accurate one.
   */
  public NaxResult chosen(OptimizationResult... searches) {
    NaxResult baseline = bestHomogeneous();
    NaxResult cheapestAsGood = null;
    NaxResult mostAccurate = null;
    for (OptimizationResult search : searches) {
      for (NaxResult r : front(search)) {
        if (r.accuracy() >= baseline.accuracy()
            && (cheapestAsGood == null || r.edap() < cheapestAsGood.edap())) {
          cheapestAsGood = r;
        }
        if (mostAccurate == null || r.accuracy() > mostAccurate.accuracy()) {
          mostAccurate = r;
        }
      }
    }
    return cheapestAsGood != null ? cheapestAsGood : mostAccurate;
  }

  /** Returns a search's short name: its algorithm up to the first parenthesis. */
  static String methodName(OptimizationResult search) {
    String a = search.algorithm();
    int p = a.indexOf('(');
    return p > 0 ? a.substring(0, p) : a;
  }

  /**
   * Returns the Pareto designs of each search against the best homogeneous baseline:
   * {@code method} (the search algorithm), {@code design}, {@code crossbar_size} ("mixed" if
   * heterogeneous),
   * {@code accuracy_top1_mean}, {@code accuracy_top1_sem}, {@code edap_pJ_ns_mm2},
   * {@code accuracy_gain_pp}, {@code change_pct} (EDAP against the baseline).
   */
  public Table compare(OptimizationResult... searches) {
    NaxResult base = bestHomogeneous();
    TableRows t = TableRows.of("searched Pareto designs vs the best homogeneous ResNet-20 ("
        + base.design().label() + ")", Columns.METHOD, STRING, Columns.DESIGN, STRING,
        Columns.CROSSBAR_SIZE, STRING, Columns.ACCURACY_TOP1_MEAN, DOUBLE,
        Columns.ACCURACY_TOP1_SEM, DOUBLE, Columns.EDAP, DOUBLE, Columns.ACCURACY_GAIN_PP, DOUBLE,
        Columns.CHANGE_PCT, DOUBLE);
    for (OptimizationResult search : searches) {
      for (NaxResult r : front(search)) {
        t.add(methodName(search), r.design().label(), sizeLabel(r.design()), r.accuracy(),
            r.accuracySem(), r.edap(), 100 * (r.accuracy() - base.accuracy()),
            100 * (r.edap() / base.edap() - 1));
      }
    }
    return t.table();
  }

  /**
   * Returns the paper's claims next to ours, from a Bayesian search and a random search with the
   * same budget: {@code claim}, {@code paper}, {@code measured}, {@code conditions}. Accuracies
   * are single trainings with their error over chips; see the overload for training seeds.
   */
  public Table paperVsMeasured(OptimizationResult bayesian, OptimizationResult random) {
    return paperVsMeasured(bayesian, random, 1);
  }

  /**
   * As {@link #paperVsMeasured(OptimizationResult, OptimizationResult)}, with the chosen design
   * and the baseline each retrained with {@code trainingSeeds} seeds ({@link #overTrainingSeeds}):
   * the accuracy gain is the difference of the means over seeds, its ± the combined standard
   * error over seeds (1: one training, ± over chips only).
   *
   * @param trainingSeeds 1..20
   */
  public Table paperVsMeasured(OptimizationResult bayesian, OptimizationResult random,
      int trainingSeeds) {
    if (trainingSeeds < 1 || trainingSeeds > 20) {
      throw new ConfigException("trainingSeeds", trainingSeeds, "an integer in 1..20");
    }
    NaxResult base = bestHomogeneous();
    NaxResult pick = chosen(bayesian, random);
    String finder = front(bayesian).contains(pick) ? methodName(bayesian) : methodName(random);
    NaxResult baseAcc = trainingSeeds == 1 ? base : overTrainingSeeds(base.design(), trainingSeeds);
    NaxResult pickAcc = trainingSeeds == 1 ? pick : overTrainingSeeds(pick.design(), trainingSeeds);
    String conditions = String.format(java.util.Locale.ROOT, "%d-%d-%d ResNet-20, %d epochs from"
        + " scratch, %d training / %d test images, %d chips; %s genes; %d evaluations per search;"
        + " baseline %s (the most accurate homogeneous design); ± %s", settings.stageChannels()[0],
        settings.stageChannels()[1], settings.stageChannels()[2], settings.epochs(), train.size(),
        test.size(), settings.trials(), space.granularity(), bayesian.observations().size(),
        base.design().label(), trainingSeeds == 1 ? "standard error over chips, one training"
            : "standard error over " + trainingSeeds + " training seeds");
    String source = "papers.md 2.6 (ResNet-20, CIFAR-10)";
    String picked = String.format(java.util.Locale.ROOT, "%s (found by %s) %.1f %% vs %.1f %%; ",
        pick.design().label(), finder, 100 * pickAcc.accuracy(), 100 * baseAcc.accuracy());
    StringBuilder dominated = new StringBuilder();
    long dominating = 0;
    for (int size : space.crossbarSizes()) {
      NaxResult b = evaluate(NaxDesign.homogeneous(size));
      long n = java.util.stream.Stream.of(bayesian, random).flatMap(s -> front(s).stream())
          .distinct().filter(r -> r.accuracy() > b.accuracy() && r.edap() < b.edap()).count();
      dominating += n;
      dominated.append(dominated.length() == 0 ? "" : ", ").append("x").append(size).append(": ")
          .append(n);
    }
    return PaperVsMeasured.titled("NAX: paper vs. measured")
        .add("accuracy gain of the searched network (points)", PAPER_ACCURACY_GAIN_PP, "pp", source,
            100 * (pickAcc.accuracy() - baseAcc.accuracy()),
            100 * Math.hypot(pickAcc.accuracySem(), baseAcc.accuracySem()), picked + conditions)
        .add("EDAP change of the searched network", PAPER_EDAP_CHANGE_PCT, "%", source,
            100 * (pick.edap() / base.edap() - 1), 0, picked + conditions)
        .addText("searched networks use heterogeneous crossbar sizes", "yes", source,
            (pick.design().isHomogeneous() ? "no: " : "yes: ") + pick.design().label(),
            conditions, pick.design().isHomogeneous() ? Verdict.DIFFERS : Verdict.MATCHES)
        .addText("searched designs more accurate and cheaper than a baseline", "yes (implied)",
            source, "per baseline: " + dominated, conditions,
            dominating > 0 ? Verdict.MATCHES : Verdict.DIFFERS)
        .addText("Bayesian search beats random search (hypervolume, same budget)", "not claimed",
            "-", String.format(java.util.Locale.ROOT, "%s %.4f vs %s %.4f", methodName(bayesian),
                bayesian.finalHypervolume(), methodName(random), random.finalHypervolume()),
            conditions, Verdict.NOT_COMPARABLE)
        .table();
  }

  private List<NaxResult> front(OptimizationResult search) {
    List<NaxResult> out = new java.util.ArrayList<>();
    Table front = search.paretoFront();
    List<org.xbarlab.optimize.Variable> vars = problem.space().variables();
    for (int r = 0; r < front.rowCount(); r++) {
      double[] x = new double[vars.size()];
      for (int i = 0; i < x.length; i++) {
        x[i] = front.doubleColumn(vars.get(i).name()).get(r);
      }
      NaxResult known = evaluate(space.decode(x));
      if (!out.contains(known)) {
        out.add(known);
      }
    }
    return out;
  }

  private static String sizeLabel(NaxDesign d) {
    return d.isHomogeneous() ? String.valueOf(d.crossbarSizes()[0]) : "mixed";
  }

  private Network network(NaxDesign design, long networkSeed) {
    return design.network((int) imageShape[2], (int) imageShape[3], (int) imageShape[1],
        train.classCounts().length, settings.stageChannels(), networkSeed);
  }

  private Network trained(NaxDesign design, long trainingSeed) {
    TrainingSetup setup = TrainingSetup.noiseUnaware().withEpochs(settings.epochs())
        .withBatchSize(settings.batchSize()).withSeed(trainingSeed);
    return NoiseAwareTraining.train(network(design, trainingSeed), setup, train, test,
        ProgressListener.none()).network();
  }

  private CrossbarMapping map(NaxDesign design, Network net) {
    return CrossbarMapping.map(net, design.config(settings.base()), calibration.getFeatures());
  }

  /** Chance accuracy 0; log10 EDAP half a decade above the costliest homogeneous corner. */
  private double[] referencePoint() {
    double worst = Double.NEGATIVE_INFINITY;
    for (int size : space.crossbarSizes()) {
      for (int kernel : List.of(space.kernelSizes().get(0),
          space.kernelSizes().get(space.kernelSizes().size() - 1))) {
        int[] k = new int[org.xbarlab.nn.ResNet20.CONVOLUTIONS];
        java.util.Arrays.fill(k, kernel);
        int[] s = new int[k.length];
        java.util.Arrays.fill(s, size);
        worst = Math.max(worst, Math.log10(cost(new NaxDesign(k, s)).edap()));
      }
    }
    return new double[] {0.0, worst + 0.5};
  }

  private static TableRows resultTable(String name) {
    return TableRows.of(name, Columns.DESIGN, STRING, Columns.CROSSBAR_SIZE, STRING,
        Columns.ACCURACY_TOP1_MEAN, DOUBLE, Columns.ACCURACY_TOP1_SEM, DOUBLE,
        Columns.CLEAN_ACCURACY_TOP1, DOUBLE, Columns.ENERGY_PJ, DOUBLE, Columns.LATENCY_NS, DOUBLE,
        Columns.AREA_MM2, DOUBLE, Columns.EDAP, DOUBLE, Columns.EVAL_TIME_S, DOUBLE);
  }

  private static void add(TableRows t, NaxResult r) {
    NaxDesign d = r.design();
    t.add(d.label(), sizeLabel(d),
        r.accuracy(), r.accuracySem(), r.cleanAccuracy(), r.energyPicojoules(),
        r.latencyNanoseconds(), r.areaSquareMillimetres(), r.edap(), r.seconds());
  }
}
