package org.xbarlab.crossbar;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.xbarlab.Columns;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;
import org.xbarlab.nn.Network;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * Monte-Carlo accuracy of a network on crossbars. Trial {@code t} programs one chip from
 * {@code RandomSource.seeded(seed).split(t)} (frozen faults and device variation) and reads it once
 * per minibatch (fresh per-read noise shared by the images of that minibatch), so trials are
 * independent of order and the same seed gives the same table.
 *
 * <pre>{@code
 * MonteCarloResult r = MonteCarlo.evaluate(Network.of(net), CrossbarConfig.resna(), testSet, 10, 42);
 * r.summary();   // accuracy_top1_mean, accuracy_top1_std, 95% CI, clean_accuracy_top1
 * }</pre>
 */
public final class MonteCarlo {
  /** Minibatch size used by the {@link DataSet} overloads (one read per minibatch). */
  public static final int DEFAULT_BATCH = 256;
  /** Images used to calibrate DAC/ADC ranges when none are given: the first this many. */
  public static final int DEFAULT_CALIBRATION_IMAGES = 256;

  private MonteCarlo() {}

  /**
   * Maps {@code network} under {@code config} (calibrating on the first 256 images of
   * {@code data}) and evaluates {@code trials} chips on all of {@code data} in minibatches of 256.
   *
   * @param network trained network (read, not modified)
   * @param config design point
   * @param data features and one-hot labels
   * @param trials number of chips, {@code >= 1}
   * @param seed seed of the whole run
   */
  public static MonteCarloResult evaluate(Network network, CrossbarConfig config,
      DataSet data, int trials, long seed) {
    long n = data.numExamples();
    INDArray calibration = rowsOf(data.getFeatures(), 0, Math.min(n, DEFAULT_CALIBRATION_IMAGES));
    CrossbarMapping mapping = CrossbarMapping.map(network, config, calibration);
    return evaluate(mapping, batches(data, DEFAULT_BATCH), trials, seed);
  }

  /**
   * Like {@link #evaluate(Network, CrossbarConfig, DataSet, int, long)} but reads the data from an
   * iterator (reset before use; its minibatches are the reads) and calibrates on its first
   * minibatch. All minibatches are collected in memory first so every trial sees the same data.
   */
  public static MonteCarloResult evaluate(Network network, CrossbarConfig config,
      DataSetIterator data, int trials, long seed) {
    List<DataSet> list = new ArrayList<>();
    data.reset();
    while (data.hasNext()) {
      list.add(data.next());
    }
    if (list.isEmpty()) {
      throw new ConfigException("data", "empty iterator", "at least one minibatch");
    }
    CrossbarMapping mapping = CrossbarMapping.map(network, config, list.get(0).getFeatures());
    return evaluate(mapping, list, trials, seed);
  }

  /** Evaluates an existing mapping on the given minibatches (one read per minibatch). */
  public static MonteCarloResult evaluate(CrossbarMapping mapping, List<DataSet> batches,
      int trials, long seed) {
    if (trials < 1) {
      throw new ConfigException("trials", trials, "an integer >= 1");
    }
    long start = System.nanoTime();
    IntColumn trialCol = IntColumn.create(Columns.TRIAL);
    LongColumn seedCol = LongColumn.create(Columns.SEED);
    DoubleColumn acc = DoubleColumn.create(Columns.ACCURACY_TOP1);
    LongColumn images = LongColumn.create(Columns.IMAGES);
    long total = 0;
    for (DataSet b : batches) {
      total += b.numExamples();
    }
    for (int t = 0; t < trials; t++) {
      trialCol.append(t);
      seedCol.append(seed);
      acc.append(trialAccuracy(mapping, batches, seed, t));
      images.append(total);
    }
    double clean = cleanAccuracy(mapping.network(), batches);
    double seconds = (System.nanoTime() - start) / 1e9;
    Table perTrial = Table.create("monte carlo trials", trialCol, seedCol, acc, images);
    double mean = acc.mean();
    double std = trials > 1 ? acc.standardDeviation() : 0.0;
    double half = trials > 1
        ? new TDistribution(trials - 1).inverseCumulativeProbability(0.975) * std
            / Math.sqrt(trials)
        : Double.NaN;
    Table summary = Table.create("monte carlo summary",
        IntColumn.create(Columns.TRIALS, new int[] {trials}),
        LongColumn.create(Columns.SEED, new long[] {seed}),
        DoubleColumn.create(Columns.ACCURACY_TOP1_MEAN, new double[] {mean}),
        DoubleColumn.create(Columns.ACCURACY_TOP1_STD, new double[] {std}),
        DoubleColumn.create(Columns.ACCURACY_TOP1_CI95_LOW, new double[] {mean - half}),
        DoubleColumn.create(Columns.ACCURACY_TOP1_CI95_HIGH, new double[] {mean + half}),
        DoubleColumn.create(Columns.CLEAN_ACCURACY_TOP1,
            new double[] {clean}),
        LongColumn.create(Columns.IMAGES, new long[] {total}),
        DoubleColumn.create(Columns.EVAL_TIME_S, new double[] {seconds}));
    return new MonteCarloResult(perTrial, summary);
  }

  /**
   * Returns the top-1 accuracy of trial {@code trial} alone of {@link #evaluate(CrossbarMapping,
   * List, int, long)} with run seed {@code seed}: the chip programmed from {@link #chipSource}, one
   * read per minibatch.
   */
  public static double trialAccuracy(CrossbarMapping mapping, List<DataSet> batches, long seed,
      int trial) {
    ProgrammedChip chip = mapping.program(chipSource(seed, trial));
    RandomSource reads = RandomSource.seeded(seed).split(trial).split("reads");
    long correct = 0;
    long total = 0;
    for (int k = 0; k < batches.size(); k++) {
      DataSet b = batches.get(k);
      INDArray out = chip.output(b.getFeatures(), reads.split(k));
      correct += countCorrect(out, b.getLabels());
      total += b.numExamples();
    }
    return (double) correct / total;
  }

  /** Returns the top-1 accuracy of {@code network} in floating point (no crossbar) on the batches. */
  public static double cleanAccuracy(Network network, List<DataSet> batches) {
    long correct = 0;
    long total = 0;
    for (DataSet b : batches) {
      correct += countCorrect(network.output(b.getFeatures()), b.getLabels());
      total += b.numExamples();
    }
    return (double) correct / total;
  }

  /** Returns the source trial {@code trial} of a run with seed {@code seed} programs its chip from. */
  public static RandomSource chipSource(long seed, int trial) {
    return RandomSource.seeded(seed).split(trial).split("chip");
  }

  /**
   * Throws {@link ConfigException} naming {@code field} unless {@code data} holds at least one
   * example (features present).
   */
  public static void requireExamples(String field, DataSet data) {
    if (data == null || data.getFeatures() == null || data.numExamples() < 1) {
      throw new ConfigException(field, data == null ? null : data.numExamples() + " examples",
          "a data set with at least one example");
    }
  }

  /** Splits {@code data} into minibatches of {@code size} (the last may be smaller). */
  public static List<DataSet> batches(DataSet data, int size) {
    if (size < 1) {
      throw new ConfigException("batchSize", size, "an integer >= 1");
    }
    List<DataSet> out = new ArrayList<>();
    long n = data.numExamples();
    for (long from = 0; from < n; from += size) {
      long to = Math.min(n, from + size);
      out.add(new DataSet(rowsOf(data.getFeatures(), from, to), rowsOf(data.getLabels(), from, to)));
    }
    return out;
  }

  static INDArray rowsOf(INDArray a, long from, long to) {
    if (from == 0 && to == a.size(0)) {
      return a;
    }
    NDArrayIndex.all();
    org.nd4j.linalg.indexing.INDArrayIndex[] idx =
        new org.nd4j.linalg.indexing.INDArrayIndex[a.rank()];
    idx[0] = NDArrayIndex.interval(from, to);
    for (int d = 1; d < idx.length; d++) {
      idx[d] = NDArrayIndex.all();
    }
    return a.get(idx).dup('c');
  }

  static long countCorrect(INDArray output, INDArray labels) {
    INDArray p = output.argMax(1);
    INDArray l = labels.argMax(1);
    return p.eq(l).castTo(org.nd4j.linalg.api.buffer.DataType.INT).sumNumber().longValue();
  }
}
