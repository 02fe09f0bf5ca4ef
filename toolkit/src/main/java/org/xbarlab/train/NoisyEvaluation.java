package org.xbarlab.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.deeplearning4j.nn.api.Layer;
import org.xbarlab.nn.Network;
import org.deeplearning4j.nn.conf.layers.BaseOutputLayer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.xbarlab.ConfigException;
import org.xbarlab.ProgressListener;
import org.xbarlab.RandomSource;
import org.xbarlab.data.ImageDataset;
import org.xbarlab.nn.Accuracy;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import org.xbarlab.Columns;

/**
 * Monte-Carlo accuracy of a trained network under a {@link NoiseModel} — the same model (sampler
 * and layer scale) that {@link NoiseAwareTraining} injects, so evaluation matches training.
 * Trial {@code t}, minibatch {@code k}, layer {@code i} use
 * {@code RandomSource.seeded(seed).split(t).split(k).split(i)}: fresh noise per read (minibatch),
 * order-independent, and the same seed gives the same table.
 *
 * <p>Majority voting (ReSNA, papers.md 1.5 item 5): the classifier layer is replicated three
 * times; each copy draws its own noise, votes per example, and the majority label wins. If all
 * three disagree, the label with the largest summed probability wins.
 *
 * <pre>{@code
 * NoisyEvaluation.Result r = NoisyEvaluation.monteCarlo(net, NoiseModel.resna(CrossbarConfig.resna()),
 *     FashionMnist.test().subsetPerClass(100, 1), 10, 42, true, NotebookProgress.bar());
 * r.summary();
 * }</pre>
 */
public final class NoisyEvaluation {
  /** Minibatch used for {@link ImageDataset} inputs (one noise read per minibatch). */
  public static final int DEFAULT_BATCH = 256;
  private static final int VOTERS = 3;

  private NoisyEvaluation() {}

  /**
   * Result of a Monte-Carlo evaluation.
   *
   * @param trials one row per trial: trial, seed, noise, majority_vote, accuracy_top1
   * @param summary one row: noise, majority_vote, trials, seed, accuracy_top1_mean,
   *     accuracy_top1_std (sample, n-1), accuracy_top1_sem (std / sqrt(trials))
   */
  public record Result(Table trials, Table summary) {
    /** Returns the mean accuracy over trials. */
    public double meanAccuracy() {
      return summary.doubleColumn(Columns.ACCURACY_TOP1_MEAN).get(0);
    }

    /** Returns the sample standard deviation of accuracy over trials (0 for one trial). */
    public double stdAccuracy() {
      return summary.doubleColumn(Columns.ACCURACY_TOP1_STD).get(0);
    }

    /** Returns the standard error of the mean accuracy. */
    public double standardError() {
      return summary.doubleColumn(Columns.ACCURACY_TOP1_SEM).get(0);
    }
  }

  /** Like {@link #monteCarlo(Network, NoiseModel, DataSetIterator, int, long, boolean, ProgressListener)} on an image dataset in minibatches of 256. */
  public static Result monteCarlo(Network net, NoiseModel noise, ImageDataset data, int trials,
      long seed, boolean majorityVote, ProgressListener progress) {
    return monteCarlo(net, noise, data.evaluationIterator(DEFAULT_BATCH), trials, seed, majorityVote, progress);
  }

  /**
   * Evaluates {@code net} under {@code noise}; the network's weights are restored afterwards,
   * also on failure.
   *
   * @param net a trained network; its output
   *     layer must be dense if {@code majorityVote}
   * @param noise the noise model (same as in training, or the hardware's)
   * @param data labelled minibatches (read once into memory; each minibatch is one read)
   * @param trials Monte-Carlo trials, 1..100000
   * @param seed seed of the whole evaluation
   * @param majorityVote vote over three noisy copies of the classifier layer
   * @param progress receives one step per trial
   * @throws ConfigException naming {@code trials}, {@code data} or {@code majorityVote}
   */
  public static Result monteCarlo(Network net, NoiseModel noise, DataSetIterator data, int trials,
      long seed, boolean majorityVote, ProgressListener progress) {
    if (trials < 1 || trials > 100_000) {
      throw new ConfigException("trials", trials, "an integer in 1..100000");
    }
    if (noise == null) {
      throw new ConfigException("noise", null, "a NoiseModel");
    }
    List<DataSet> batches = new ArrayList<>();
    data.reset();
    while (data.hasNext()) {
      batches.add(data.next());
    }
    data.reset();
    if (batches.isEmpty()) {
      throw new ConfigException("data", "empty iterator", "at least one labelled minibatch");
    }
    if (net == null) {
      throw new ConfigException("network", null, "a trained Network");
    }
    Layer[] layers = net.layers();
    Layer classifier = net.classifier();
    int last = java.util.Arrays.asList(layers).indexOf(classifier);
    List<Integer> noisy = NoisyLayers.indices(layers);
    if (majorityVote && (!noisy.contains(last)
        || NoisyLayers.roleOf(classifier).orElse(null) != LayerRole.CLASSIFIER
        || classifier.getParam(NoisyLayers.WEIGHT_KEY).rank() != 2)) {
      throw new ConfigException("majorityVote", true, "a network whose last layer is a dense output layer");
    }
    Map<Integer, INDArray> clean = new HashMap<>();
    for (int i : noisy) {
      clean.put(i, layers[i].getParam(NoisyLayers.WEIGHT_KEY).dup());
    }
    IntColumn trialCol = IntColumn.create(Columns.TRIAL);
    LongColumn seedCol = LongColumn.create(Columns.SEED);
    StringColumn noiseCol = StringColumn.create(Columns.NOISE);
    BooleanColumn voteCol = BooleanColumn.create(Columns.MAJORITY_VOTE);
    DoubleColumn accCol = DoubleColumn.create(Columns.ACCURACY_TOP1);
    RandomSource root = RandomSource.seeded(seed);
    progress.begin("Monte-Carlo accuracy under " + noise.method(), trials);
    try {
      for (int t = 0; t < trials; t++) {
        RandomSource trial = root.split(t);
        long correct = 0;
        long total = 0;
        for (int k = 0; k < batches.size(); k++) {
          DataSet b = batches.get(k);
          RandomSource read = trial.split(k);
          for (int i : noisy) {
            if (majorityVote && i == last) {
              continue;
            }
            LayerRole role = NoisyLayers.roleOf(layers[i]).orElseThrow();
            layers[i].setParam(NoisyLayers.WEIGHT_KEY, noise.noisyWeights(role, clean.get(i), read.split(i)));
          }
          if (majorityVote) {
            int[] predicted = vote(net, b.getFeatures(), noise, clean.get(last), read.split(last));
            int[] labels = b.getLabels().argMax(1).toIntVector();
            for (int n = 0; n < labels.length; n++) {
              correct += predicted[n] == labels[n] ? 1 : 0;
            }
          } else {
            correct += Accuracy.correctCount(net.output(b.getFeatures()), b.getLabels());
          }
          total += b.numExamples();
        }
        double acc = (double) correct / total;
        trialCol.append(t);
        seedCol.append(seed);
        noiseCol.append(noise.describe());
        voteCol.append(majorityVote);
        accCol.append(acc);
        progress.step(String.format(Locale.ROOT, "trial %d/%d: accuracy %.4f", t + 1, trials, acc));
      }
    } finally {
      for (int i : noisy) {
        layers[i].setParam(NoisyLayers.WEIGHT_KEY, clean.get(i));
      }
      progress.end();
    }
    Table perTrial = Table.create("noisy accuracy trials", trialCol, seedCol, noiseCol, voteCol, accCol);
    double mean = accCol.mean();
    double std = trials > 1 ? accCol.standardDeviation() : 0.0;
    Table summary = Table.create("noisy accuracy",
        StringColumn.create(Columns.NOISE, new String[] {noise.describe()}),
        BooleanColumn.create(Columns.MAJORITY_VOTE, new boolean[] {majorityVote}),
        IntColumn.create(Columns.TRIALS, new int[] {trials}),
        LongColumn.create(Columns.SEED, new long[] {seed}),
        DoubleColumn.create(Columns.ACCURACY_TOP1_MEAN, new double[] {mean}),
        DoubleColumn.create(Columns.ACCURACY_TOP1_STD, new double[] {std}),
        DoubleColumn.create(Columns.ACCURACY_TOP1_SEM, new double[] {std / Math.sqrt(trials)}));
    return new Result(perTrial, summary);
  }

  /** Returns the clean top-1 accuracy of {@code net} on {@code data}, in [0, 1]. */
  static double cleanAccuracy(Network net, DataSetIterator data) {
    data.reset();
    long correct = 0;
    long total = 0;
    while (data.hasNext()) {
      DataSet b = data.next();
      correct += Accuracy.correctCount(net.output(b.getFeatures()), b.getLabels());
      total += b.numExamples();
    }
    if (total == 0) {
      throw new ConfigException("test", "0 images", "a non-empty evaluation set");
    }
    return (double) correct / total;
  }

  /** Returns the majority-voted labels of three noisy classifier copies, shape {@code [n]}. */
  private static int[] vote(Network net, INDArray features, NoiseModel noise, INDArray cleanW,
      RandomSource rng) {
    INDArray x = net.classifierInput(features);
    Layer out = net.classifier();
    BaseOutputLayer conf = (BaseOutputLayer) out.conf().getLayer();
    INDArray bias = out.getParam("b");
    int n = (int) x.size(0);
    int[][] predictions = new int[VOTERS][];
    INDArray probabilitySum = null;
    for (int c = 0; c < VOTERS; c++) {
      INDArray w = noise.noisyWeights(LayerRole.CLASSIFIER, cleanW, c == 0 ? rng : rng.split(c));
      INDArray z = x.mmul(w);
      if (bias != null) {
        z.addiRowVector(bias);
      }
      INDArray p = conf.getActivationFn().getActivation(z, false);
      predictions[c] = p.argMax(1).toIntVector();
      probabilitySum = probabilitySum == null ? p.dup() : probabilitySum.addi(p);
    }
    int[] soft = probabilitySum.argMax(1).toIntVector();
    int[] result = new int[n];
    for (int i = 0; i < n; i++) {
      int a = predictions[0][i];
      int b = predictions[1][i];
      int c = predictions[2][i];
      result[i] = (a == b || a == c) ? a : (b == c ? b : soft[i]);
    }
    return result;
  }
}
