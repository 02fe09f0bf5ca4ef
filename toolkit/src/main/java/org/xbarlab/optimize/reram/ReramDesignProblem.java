package org.xbarlab.optimize.reram;

import java.nio.file.Path;
import java.util.List;
import org.xbarlab.ConfigException;
import org.xbarlab.ProgressListener;
import org.xbarlab.cost.CostDesign;
import org.xbarlab.cost.CostModel;
import org.xbarlab.cost.CostReport;
import org.xbarlab.cost.NetworkWorkload;
import org.xbarlab.crossbar.CrossbarConfig;
import org.xbarlab.crossbar.CrossbarMapping;
import org.xbarlab.data.Cifar10;
import org.xbarlab.data.FashionMnist;
import org.xbarlab.data.ImageDataset;
import org.xbarlab.nn.Architecture;
import org.xbarlab.nn.TrainedModels;
import org.xbarlab.optimize.DesignSpace;
import org.xbarlab.optimize.Evaluation;
import org.xbarlab.optimize.Evaluator;
import org.xbarlab.optimize.ExactObjectives;
import org.xbarlab.optimize.Fidelity;
import org.xbarlab.optimize.FidelityCostModel;
import org.xbarlab.optimize.Objective;
import org.xbarlab.optimize.Problem;
import org.xbarlab.optimize.Variable;
import org.xbarlab.train.FidelityResult;
import org.xbarlab.train.NoiseAwareTraining;
import org.xbarlab.train.NoiseModel;
import org.xbarlab.train.ResNet20Pretraining;
import org.xbarlab.train.TrainingSetup;
import org.xbarlab.Columns;
import org.xbarlab.nn.Network;

/**
 * The ICCAD 2021 ReRAM design problem, ready for {@code Optimization.minimize}: on Fashion-MNIST
 * with a small network ({@link #fashionMnist}), or in the paper's setting, ResNet-20 on CIFAR-10
 * ({@link #cifar10ResNet20}).
 *
 * <p>Design variables (papers.md 1.6; ranges partly assumed where the paper is silent): bits per
 * cell 2..8, crossbar size 32/64/128, operating frequency 100..1000 MHz, temperature 300..400 K.
 * All other fields come from {@link CrossbarConfig#resna()} (8-bit weights, PytorX noise).
 *
 * <p>Objectives, in this order: {@code accuracy_top1} (maximised; mean Monte-Carlo accuracy under the
 * design's own crossbar noise after ReSNA fine-tuning of a pre-trained network for z epochs),
 * {@code area_mm2}, {@code latency_ns}, {@code energy_pJ} (minimised; the cost model at 32 nm on the
 * same mapping). Fidelity: z epochs of ReSNA training, from {@code minEpochs} to {@code maxEpochs}.
 * Cost of an evaluation: the epochs it trained (the paper's computation cost is proportional to
 * epochs; counting epochs rather than seconds keeps a run repeatable). Measured seconds are kept in
 * {@link #secondsSpent()}.
 *
 * <pre>{@code
 * ReramDesignProblem reram = ReramDesignProblem.fashionMnist(ReramDesignProblem.Settings.quick(), 42, listener);
 * OptimizationResult r = Optimization.minimize(reram.problem(), BayesianOptimization.cfMesmo(),
 *     Termination.maxCost(40), 1);
 * }</pre>
 */
public final class ReramDesignProblem {
  /** Objective names, in the evaluator's order. */
  public static final List<String> OBJECTIVES = List.of(Columns.ACCURACY_TOP1, Columns.AREA_MM2, Columns.LATENCY_NS, Columns.ENERGY_PJ);

  /**
   * Sizes of the problem.
   *
   * @param architecture network trained on Fashion-MNIST and then fine-tuned per design; {@code null}
   *     for the CIFAR-10 problem, whose network is always ResNet-20 ({@link #resnet20Cifar10()})
   * @param trainPerClass training images per class for pre-training and ReSNA fine-tuning
   * @param testPerClass test images per class for the noisy accuracy
   * @param pretrainEpochs epochs of noise-unaware pre-training (cached across designs and runs)
   * @param minEpochs lowest fidelity in ReSNA epochs, >= 1
   * @param maxEpochs top fidelity in ReSNA epochs, > minEpochs
   * @param trials Monte-Carlo chips per accuracy evaluation, >= 1
   * @param readVoltageVolts read voltage of the noise model, > 0. PytorX derives it from the actual
   *     DAC-quantised input voltages (papers.md 1.4), which are millivolts for typical activations;
   *     the paper's value is not public. At 0.1 V the stochastic noise is about 0.5 % of max|W| and
   *     no design variable changes accuracy; at 5 mV it is a few percent and grows with frequency
   *     and temperature, the regime the paper describes.
   */
  public record Settings(Architecture architecture, int trainPerClass, int testPerClass, int pretrainEpochs,
      int minEpochs, int maxEpochs, int trials, double readVoltageVolts) {
    /** Validates. */
    public Settings {
      if (trainPerClass < 1 || trainPerClass > 6000) {
        throw new ConfigException("trainPerClass", trainPerClass, "an integer in 1..6000");
      }
      if (testPerClass < 1 || testPerClass > 1000) {
        throw new ConfigException("testPerClass", testPerClass, "an integer in 1..1000");
      }
      if (pretrainEpochs < 1) {
        throw new ConfigException("pretrainEpochs", pretrainEpochs, "an integer >= 1");
      }
      if (minEpochs < 1 || maxEpochs <= minEpochs) {
        throw new ConfigException("minEpochs/maxEpochs", minEpochs + "/" + maxEpochs, "1 <= minEpochs < maxEpochs");
      }
      if (trials < 1) {
        throw new ConfigException("trials", trials, "an integer >= 1");
      }
      if (!(readVoltageVolts > 0 && readVoltageVolts <= 5)) {
        throw new ConfigException("readVoltageVolts", readVoltageVolts, "a read voltage in (0, 5] V");
      }
    }

    /** Minutes on 2 cores: an MLP, 50 training and 30 test images per class, fidelity 1..3 epochs, 2 chips, 5 mV. */
    public static Settings quick() {
      return new Settings(Architecture.MLP, 50, 30, 3, 1, 3, 2, 0.005);
    }

    /** Paper-like: LeNet-5 on all of Fashion-MNIST, fidelity 1..20 epochs, 10 chips, 5 mV. */
    public static Settings full() {
      return new Settings(Architecture.LENET5, 6000, 1000, 10, 1, 20, 10, 0.005);
    }

    /**
     * The paper's setting for {@link #cifar10ResNet20}: all 5000 training images per class, 1000 test
     * images per class, 30 epochs of pre-training, fidelity 1..20 epochs, 10 chips, 5 mV.
     */
    public static Settings resnet20Cifar10() {
      return new Settings(null, 5000, 1000, 30, 1, 20, 10, 0.005);
    }
  }

  private final Settings settings;
  private final long seed;
  private final Network pretrained;
  private final ImageDataset train;
  private final ImageDataset test;
  private final NetworkWorkload workload;
  private final CostModel costModel = CostModel.nm32();
  private final DesignSpace space;
  private final Problem problem;
  private double secondsSpent;

  private ReramDesignProblem(String name, Settings settings, long seed, Network pretrained, ImageDataset train,
      ImageDataset test) {
    this.settings = settings;
    this.seed = seed;
    this.pretrained = pretrained;
    this.train = train;
    this.test = test;
    // The layer shapes do not depend on the design point; the tiling does, and the cost model
    // applies the simulator's tiling rule to each design's CostDesign.
    var calibration = test.select(range(Math.min(64, test.size()))).features();
    this.workload = NetworkWorkload.from(CrossbarMapping.map(pretrained, CrossbarConfig.resna(), calibration));
    this.space = DesignSpace.of(
        Variable.integer(Columns.CELL_BITS, 2, 8),
        Variable.ordinal(Columns.CROSSBAR_SIZE, 32, 64, 128),
        Variable.continuous(Columns.FREQUENCY_MHZ, 100, 1000),
        Variable.continuous(Columns.TEMPERATURE_K, 300, 400));
    Fidelity fidelity = Fidelity.explicit("epochs", settings.minEpochs(), settings.maxEpochs(),
        settings.maxEpochs() - settings.minEpochs() + 1, FidelityCostModel.linear());
    this.problem = new Problem(name, space,
        List.of(Objective.maximize(OBJECTIVES.get(0)), Objective.minimize(OBJECTIVES.get(1)),
            Objective.minimize(OBJECTIVES.get(2)), Objective.minimize(OBJECTIVES.get(3))),
        fidelity, referencePoint(), Evaluator.explicit(fidelity, this::evaluate),
        ExactObjectives.of(List.of(1, 2, 3), this::costObjectives));
  }

  /**
   * Pre-trains (or loads from the model cache) the network and builds the problem.
   *
   * @param settings problem sizes
   * @param seed seed of data subsets, pre-training, ReSNA training and Monte-Carlo chips
   * @param progress receives pre-training steps
   */
  public static ReramDesignProblem fashionMnist(Settings settings, long seed, ProgressListener progress) {
    if (settings.architecture() == null) {
      throw new ConfigException("settings.architecture", null,
          "an Architecture for Fashion-MNIST (null selects ResNet-20, which needs cifar10ResNet20)");
    }
    Network pretrained = TrainedModels.fashionMnist(settings.architecture(), settings.trainPerClass(),
        settings.pretrainEpochs(), seed, progress).network();
    return new ReramDesignProblem("reram-" + settings.architecture().name().toLowerCase() + "-fashion-mnist",
        settings, seed, pretrained, FashionMnist.train().subsetPerClass(settings.trainPerClass(), seed),
        FashionMnist.test().subsetPerClass(settings.testPerClass(), seed));
  }

  /**
   * The paper's setting: ResNet-20 on CIFAR-10 (found or downloaded by {@link Cifar10#train()}),
   * pre-trained noise-unaware for {@code settings.pretrainEpochs()} by {@link ResNet20Pretraining}
   * under {@code checkpoints} (shared with notebook 02's full profile; an interrupted pre-training
   * resumes).
   *
   * @param settings sizes with {@code architecture == null}, e.g. {@link Settings#resnet20Cifar10()}
   */
  public static ReramDesignProblem cifar10ResNet20(Settings settings, long seed, Path checkpoints,
      ProgressListener progress) {
    return cifar10ResNet20(settings, seed, Cifar10.train(), Cifar10.test(), checkpoints, progress);
  }

  /**
   * Like {@link #cifar10ResNet20(Settings, long, Path, ProgressListener)} on given 32x32 RGB images
   * (a local copy, or small test data).
   */
  public static ReramDesignProblem cifar10ResNet20(Settings settings, long seed, ImageDataset train,
      ImageDataset test, Path checkpoints, ProgressListener progress) {
    if (settings.architecture() != null) {
      throw new ConfigException("settings.architecture", settings.architecture(),
          "null: the CIFAR-10 problem always uses ResNet-20 (see Settings.resnet20Cifar10())");
    }
    ImageDataset trainSubset = train.subsetPerClass(settings.trainPerClass(), seed);
    ImageDataset testSubset = test.subsetPerClass(settings.testPerClass(), seed);
    Network pretrained = ResNet20Pretraining.train(trainSubset, testSubset, settings.pretrainEpochs(), seed,
        checkpoints, progress);
    return new ReramDesignProblem("reram-resnet20-cifar10", settings, seed, pretrained, trainSubset, testSubset);
  }

  /** Returns the problem for {@code Optimization.minimize}. */
  public Problem problem() {
    return problem;
  }

  /** Returns the crossbar design point of a design vector {@code [cell_bits, crossbar_size, frequency_MHz, temperature_K]}. */
  public CrossbarConfig config(double[] design) {
    return CrossbarConfig.resna().withReadVoltageVolts(settings.readVoltageVolts())
        .withCellBits((int) Math.round(design[0]))
        .withCrossbarSize((int) Math.round(design[1]))
        .withFrequencyHertz(design[2] * 1e6)
        .withTemperatureKelvin(design[3]);
  }

  /** Returns the wall-clock seconds all evaluations of this problem object have taken so far. */
  public double secondsSpent() {
    return secondsSpent;
  }

  /** Returns the problem's sizes. */
  public Settings settings() {
    return settings;
  }

  /** Returns the cost report of a design (no training needed). */
  public CostReport cost(double[] design) {
    return costModel.evaluate(workload, CostDesign.from(config(design)));
  }

  /** Area, latency and energy from the cost model: exact, free and independent of the fidelity. */
  private double[] costObjectives(double[] design) {
    CostReport c = cost(design);
    return new double[] {c.areaSquareMillimetres(), c.latencyNanoseconds(), c.energyPicojoules()};
  }

  /**
   * Evaluates a design at every fidelity from one training run ({@link
   * NoiseAwareTraining#fidelities}): result e-1 is what the problem's evaluator returns at
   * {@code minEpochs <= e <= maxEpochs} epochs, with the Monte-Carlo spread and measured seconds.
   * Used by {@link ReramTable} to tabulate the problem.
   *
   * @return one result per epoch 1..maxEpochs
   */
  public List<FidelityResult> allFidelities(double[] design) {
    CrossbarConfig cfg = config(design);
    List<FidelityResult> all = NoiseAwareTraining.fidelities(pretrained, trainingSetup(cfg), settings.maxEpochs(),
        train, test, NoiseModel.resna(cfg), settings.trials(), ProgressListener.none());
    secondsSpent += all.get(all.size() - 1).evalCostSeconds();
    return all;
  }

  private TrainingSetup trainingSetup(CrossbarConfig cfg) {
    return TrainingSetup.resna(cfg).withSeed(seed).withBatchSize(64);
  }

  /** Returns the seed of data subsets, training and Monte-Carlo chips. */
  public long seed() {
    return seed;
  }

  private Evaluation evaluate(double[] design, double epochsValue) {
    int epochs = (int) Math.round(epochsValue);
    CrossbarConfig cfg = config(design);
    FidelityResult r = NoiseAwareTraining.fidelity(pretrained, trainingSetup(cfg), epochs, train, test,
        NoiseModel.resna(cfg), settings.trials(), ProgressListener.none());
    secondsSpent += r.evalCostSeconds();
    double[] c = costObjectives(design);
    return new Evaluation(new double[] {r.accuracyTop1Noisy(), c[0], c[1], c[2]}, epochs);
  }

  /** Chance accuracy 0 and 1.1 x the worst area, latency and energy over the discrete corners. */
  private double[] referencePoint() {
    double area = 0;
    double latency = 0;
    double energy = 0;
    for (int cellBits = 2; cellBits <= 8; cellBits++) {
      for (int size : new int[] {32, 64, 128}) {
        for (double f : new double[] {100, 1000}) {
          for (double t : new double[] {300, 400}) {
            CostReport c = cost(new double[] {cellBits, size, f, t});
            area = Math.max(area, c.areaSquareMillimetres());
            latency = Math.max(latency, c.latencyNanoseconds());
            energy = Math.max(energy, c.energyPicojoules());
          }
        }
      }
    }
    return new double[] {0.0, 1.1 * area, 1.1 * latency, 1.1 * energy};
  }

  private static int[] range(int n) {
    int[] r = new int[n];
    for (int i = 0; i < n; i++) {
      r[i] = i;
    }
    return r;
  }
}
