package org.xbarlab.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deeplearning4j.nn.api.Layer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.xbarlab.ConfigException;
import org.xbarlab.ProgressListener;
import org.xbarlab.RandomSource;
import org.xbarlab.data.ImageDataset;
import org.xbarlab.nn.MinibatchListener;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import org.xbarlab.Columns;
import org.xbarlab.nn.Network;

/**
 * ReSNA stochastic-noise-aware training and its baselines (Yang et al., ICCAD 2021, arXiv
 * 2109.05437; papers.md 1.5): starting from a pre-trained network, every minibatch samples fresh
 * weight noise from the setup's {@link NoiseModel} for every dense, convolution and output layer,
 * runs forward and backward through the noisy weights and applies the gradient to the clean
 * master weights ({@link ResnaWeightNoise}). The method is the sampler's: NOISE_UNAWARE (none),
 * RGN, PROG or RESNA (crossbar engine).
 *
 * <p>Works for {@code MultiLayerNetwork} and single-input, single-output {@code ComputationGraph}
 * (e.g. {@link org.xbarlab.nn.ResNet20}). The caller's network is never modified: training runs on a clone. With a checkpoint
 * directory, a checkpoint is written atomically after every epoch and a later call with the same
 * setup resumes from it, reaching exactly the parameters of an uninterrupted run (shuffles and
 * noise are keyed by epoch and minibatch; updater state and DL4J counters are restored).
 *
 * <pre>{@code
 * TrainingResult r = NoiseAwareTraining.train(pretrained,
 *     TrainingSetup.resna(CrossbarConfig.resna()).withEpochs(3).withSeed(42),
 *     train, test, NotebookProgress.bar());
 * r.history();       // epoch, training_method, seed, train_loss, accuracy_top1, train_time_s
 * }</pre>
 */
public final class NoiseAwareTraining {
  /** Minibatch size of the clean accuracy evaluation after each epoch. */
  public static final int EVALUATION_BATCH = 256;

  private NoiseAwareTraining() {}

  /**
   * Fine-tunes a copy of {@code pretrained} with {@code setup}, resuming from the setup's
   * checkpoint directory if it holds a checkpoint.
   *
   * @param pretrained a trained (or at least initialised) network; not modified
   * @param setup noise model, epochs, minibatch, seed, checkpoint directory
   * @param train training images (shuffled per epoch with a seed derived from the setup's seed)
   * @param test evaluation images for the per-epoch clean accuracy
   * @param progress receives one step per minibatch
   * @return the trained copy and its history
   * @throws org.xbarlab.ResumeException if the checkpoint was written by another configuration
   */
  public static TrainingResult train(Network pretrained, TrainingSetup setup, ImageDataset train,
      ImageDataset test, ProgressListener progress) {
    return train(pretrained, setup, train, test, progress, (epoch, net, rows) -> { });
  }

  /** Called after each epoch trained in this call, with the network and the history so far. */
  private interface EpochEnd {
    void after(int epoch, Network net, List<double[]> rows);
  }

  private static TrainingResult train(Network pretrained, TrainingSetup setup, ImageDataset train,
      ImageDataset test, ProgressListener progress, EpochEnd epochEnd) {
    if (pretrained == null) {
      throw new ConfigException("pretrained", null, "an initialised Network");
    }
    Network original = pretrained;
    if (setup == null) {
      throw new ConfigException("setup", null, "a TrainingSetup");
    }
    if (train == null || train.size() == 0) {
      throw new ConfigException("train", train == null ? null : train.name() + " (0 images)", "a non-empty ImageDataset");
    }
    if (test == null || test.size() == 0) {
      throw new ConfigException("test", test == null ? null : test.name() + " (0 images)", "a non-empty ImageDataset");
    }
    Map<String, String> fingerprint = fingerprint(original, setup, train);
    Network net = original.copy();
    List<double[]> rows = new ArrayList<>();
    int resumed = 0;
    if (setup.checkpointDirectory().isPresent()) {
      Path dir = setup.checkpointDirectory().get();
      Optional<Checkpoint> ckpt = Checkpoint.read(dir);
      if (ckpt.isPresent()) {
        Checkpoint c = ckpt.get();
        c.requireFingerprint(fingerprint, dir);
        restore(net, c);
        rows.addAll(c.history());
        resumed = Math.min(c.epochsCompleted(), setup.epochs());
        if (c.epochsCompleted() > setup.epochs()) {
          throw new ConfigException("epochs", setup.epochs(), "at least the " + c.epochsCompleted()
              + " epochs already in checkpoint " + Checkpoint.file(dir));
        }
      }
    }
    long batchesPerEpoch = (train.size() + setup.batchSize() - 1) / setup.batchSize();
    RandomSource shuffles = RandomSource.seeded(setup.seed()).split("shuffle");
    ResnaWeightNoise.Clock clock = new ResnaWeightNoise.Clock();
    progress.begin("noise-aware training (" + setup.method() + ")", batchesPerEpoch * (setup.epochs() - resumed));
    MinibatchListener listener = null;
    try (ResnaWeightNoise.Attachment hook = ResnaWeightNoise.attach(net, setup.noise(), setup.seed(), clock)) {
      listener = new MinibatchListener(progress, hook::nextMinibatch);
      net.addListener(listener);
      for (int e = resumed + 1; e <= setup.epochs(); e++) {
        hook.startEpoch(e);
        listener.startEpoch(e, setup.epochs());
        long start = System.nanoTime();
        net.fit(train.iterator(setup.batchSize(), shuffles.split(e).nextLong()));
        double seconds = (System.nanoTime() - start) / 1e9;
        double accuracy = NoisyEvaluation.cleanAccuracy(net, test.evaluationIterator(EVALUATION_BATCH));
        rows.add(new double[] {e, listener.meanLoss(), accuracy, seconds});
        if (setup.checkpointDirectory().isPresent()) {
          snapshot(net, fingerprint, e, rows).write(setup.checkpointDirectory().get());
        }
        epochEnd.after(e, net, rows);
      }
    } finally {
      if (listener != null) {
        net.removeListener(listener);
      }
      progress.end();
    }
    return new TrainingResult(net, history(rows, setup), resumed);
  }

  /**
   * The optimiser's fidelity hook: trains {@code design} to {@code epochs} epochs (continuing from
   * its checkpoint directory if set), then measures clean accuracy and Monte-Carlo accuracy under
   * {@code evaluationNoise}, and reports the wall-clock cost of this call.
   *
   * @param pretrained the starting network; not modified
   * @param design the training setup of the design point (its epochs are replaced by {@code epochs})
   * @param epochs the fidelity, total epochs, 1..10000
   * @param evaluationNoise the deployment noise model (usually the design's crossbar model)
   * @param trials Monte-Carlo trials, 1..100000
   * @param progress receives training and evaluation steps
   */
  public static FidelityResult fidelity(Network pretrained, TrainingSetup design, int epochs,
      ImageDataset train, ImageDataset test, NoiseModel evaluationNoise, int trials, ProgressListener progress) {
    long start = System.nanoTime();
    TrainingResult r = train(pretrained, design.withEpochs(epochs), train, test, progress);
    NoisyEvaluation.Result noisy = NoisyEvaluation.monteCarlo(r.network(), evaluationNoise, test, trials,
        RandomSource.seeded(design.seed()).split("evaluation").nextLong(), false, progress);
    double seconds = (System.nanoTime() - start) / 1e9;
    return new FidelityResult(r.network(), r.history(), epochs, r.finalAccuracyTop1(), noisy, seconds);
  }

  /**
   * Every fidelity of a design from one training run: trains {@code design} for {@code maxEpochs}
   * epochs and, after each epoch e, measures what {@link #fidelity fidelity(..., e, ...)} would
   * (the same parameters, since shuffles and noise are keyed by epoch, and the same Monte-Carlo
   * seed). Used to tabulate a design problem at all fidelities for the price of its top one.
   *
   * @param design the training setup of the design point, without a checkpoint directory (its
   *     epochs are replaced by {@code maxEpochs})
   * @param maxEpochs the top fidelity, 1..10000
   * @return one result per epoch 1..maxEpochs; result e holds a copy of the network after epoch e,
   *     the history up to e, and as cost the training seconds of epochs 1..e plus its evaluation
   */
  public static List<FidelityResult> fidelities(Network pretrained, TrainingSetup design, int maxEpochs,
      ImageDataset train, ImageDataset test, NoiseModel evaluationNoise, int trials, ProgressListener progress) {
    if (design == null) {
      throw new ConfigException("design", null, "a TrainingSetup");
    }
    if (design.checkpointDirectory().isPresent()) {
      throw new ConfigException("design.checkpointDirectory", design.checkpointDirectory().get(),
          "none: every epoch of fidelities(...) is trained in one call (use withoutCheckpoints())");
    }
    long evaluationSeed = RandomSource.seeded(design.seed()).split("evaluation").nextLong();
    TrainingSetup setup = design.withEpochs(maxEpochs);
    List<FidelityResult> results = new ArrayList<>();
    double[] trainingSeconds = {0};
    train(pretrained, setup, train, test, progress, (epoch, net, rows) -> {
      double[] last = rows.get(rows.size() - 1);
      trainingSeconds[0] += last[3];
      long start = System.nanoTime();
      NoisyEvaluation.Result noisy = NoisyEvaluation.monteCarlo(net, evaluationNoise, test, trials,
          evaluationSeed, false, ProgressListener.none());
      double seconds = trainingSeconds[0] + (System.nanoTime() - start) / 1e9;
      Network snapshot = epoch == maxEpochs ? net : net.copy();
      results.add(new FidelityResult(snapshot, history(rows, setup), epoch, last[2], noisy, seconds));
    });
    return List.copyOf(results);
  }

  /** Returns the settings a checkpoint must share with this run to be resumed. */
  static Map<String, String> fingerprint(Network pretrained, TrainingSetup setup, ImageDataset train) {
    Map<String, String> fp = new LinkedHashMap<>();
    fp.put("method", setup.method().name());
    fp.put("noise", setup.noise().describe());
    fp.put("seed", Long.toString(setup.seed()));
    fp.put("batchSize", Integer.toString(setup.batchSize()));
    StringBuilder arch = new StringBuilder();
    for (Layer l : pretrained.layers()) {
      arch.append(l.conf().getLayer().getClass().getSimpleName());
      l.paramTable().forEach((k, v) -> arch.append(' ').append(k).append(Arrays.toString(v.shape())));
      arch.append("; ");
    }
    fp.put("architecture", arch.toString().trim());
    fp.put("pretrainedParamsHash", Integer.toHexString(Arrays.hashCode(pretrained.params().data().asFloat())));
    fp.put("trainData", train.name() + " n=" + train.size() + " labelsHash="
        + Integer.toHexString(Arrays.hashCode(train.labels())));
    return fp;
  }

  private static Checkpoint snapshot(Network net, Map<String, String> fp, int epochs, List<double[]> rows) {
    return new Checkpoint(fp, epochs, net.iterationCount(), net.epochCount(), net.params().dup(),
        net.updaterState().map(INDArray::dup), List.copyOf(rows));
  }

  private static void restore(Network net, Checkpoint c) {
    net.setParams(c.params());
    if (c.updaterState().isPresent()) {
      INDArray live = net.updaterState().orElseThrow(() -> new org.xbarlab.ResumeException(
          "checkpoint has updater state but the network has no updater"));
      live.assign(c.updaterState().get());
    }
    net.setCounts(c.iterationCount(), c.epochCount());
  }

  private static Table history(List<double[]> rows, TrainingSetup setup) {
    IntColumn epoch = IntColumn.create(Columns.EPOCH);
    StringColumn method = StringColumn.create(Columns.TRAINING_METHOD);
    LongColumn seed = LongColumn.create(Columns.SEED);
    DoubleColumn loss = DoubleColumn.create(Columns.TRAIN_LOSS);
    DoubleColumn acc = DoubleColumn.create(Columns.ACCURACY_TOP1);
    DoubleColumn time = DoubleColumn.create(Columns.TRAIN_TIME_S);
    for (double[] r : rows) {
      epoch.append((int) r[0]);
      method.append(setup.method().name());
      seed.append(setup.seed());
      loss.append(r[1]);
      acc.append(r[2]);
      time.append(r[3]);
    }
    return Table.create("noise-aware training history", epoch, method, seed, loss, acc, time);
  }
}
