package org.xbarlab.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.api.Layer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;
import org.xbarlab.ConfigException;
import org.xbarlab.ProgressListener;
import org.xbarlab.RandomSource;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;
import org.xbarlab.Columns;

/**
 * Accuracy of a trained network when every weight is perturbed by Gaussian noise whose standard
 * deviation is a fraction {@code sigma_rel} of its layer's largest |weight| (the same relative
 * scale a conductance range imposes on a crossbar). A fresh, seeded perturbation per Monte-Carlo
 * trial; biases stay clean (they are added digitally on a crossbar).
 *
 * <pre>{@code
 * WeightNoiseSweep.Result r = WeightNoiseSweep.run(net, test, new double[] {0, 0.05, 0.1}, 5, 42, listener);
 * Notebook.show(r.summary());
 * }</pre>
 */
public final class WeightNoiseSweep {
  /**
   * Result of a sweep.
   *
   * @param trials one row per (sigma, trial): weight_sigma_rel, trial, seed (the sweep's; trial i
   *     uses its split i), accuracy_top1
   * @param summary one row per sigma: weight_sigma_rel, trials, accuracy_top1_mean,
   *     accuracy_top1_std, accuracy_top1_ci95_half_width
   */
  public record Result(Table trials, Table summary) {}

  private WeightNoiseSweep() {}

  /**
   * Runs the sweep. The network is restored to its clean weights afterwards, also on failure.
   *
   * @param net a trained network
   * @param test evaluation data, read once into memory
   * @param relativeSigmas noise levels, each in [0, 10]
   * @param trials Monte-Carlo trials per level, 1..100000
   * @param seed seed of the whole sweep
   * @param progress receives one step per trial
   */
  public static Result run(Network net, DataSetIterator test, double[] relativeSigmas, int trials, long seed,
      ProgressListener progress) {
    if (trials < 1 || trials > 100_000) {
      throw new ConfigException("trials", trials, "an integer in 1..100000");
    }
    for (double s : relativeSigmas) {
      if (!(s >= 0 && s <= 10)) {
        throw new ConfigException("relativeSigmas", s, "noise levels in [0, 10] (fractions of max |w|)");
      }
    }
    List<DataSet> batches = new ArrayList<>();
    test.reset();
    while (test.hasNext()) {
      batches.add(test.next());
    }
    test.reset();
    INDArray clean = net.params().dup();
    DoubleColumn sigmaCol = DoubleColumn.create(Columns.WEIGHT_SIGMA_REL);
    IntColumn trialCol = IntColumn.create(Columns.TRIAL);
    LongColumn seedCol = LongColumn.create(Columns.SEED);
    DoubleColumn accCol = DoubleColumn.create(Columns.ACCURACY_TOP1);
    RandomSource root = RandomSource.seeded(seed);
    progress.begin("weight-noise sweep", (long) relativeSigmas.length * trials);
    try {
      for (int si = 0; si < relativeSigmas.length; si++) {
        for (int t = 0; t < trials; t++) {
          perturb(net, relativeSigmas[si], root.split((long) si * trials + t));
          double acc = accuracy(net, batches);
          net.setParams(clean);
          sigmaCol.append(relativeSigmas[si]);
          trialCol.append(t);
          seedCol.append(seed);
          accCol.append(acc);
          progress.step(String.format(java.util.Locale.ROOT, "sigma %.3f trial %d: %.4f", relativeSigmas[si], t, acc));
        }
      }
    } finally {
      net.setParams(clean);
      progress.end();
    }
    Table perTrial = Table.create("weight-noise trials", sigmaCol, trialCol, seedCol, accCol);
    return new Result(perTrial, summarize(perTrial));
  }

  /** Returns trials, mean, standard deviation and 95% confidence half-width of accuracy per sigma. */
  static Table summarize(Table perTrial) {
    Map<Double, double[]> moments = new java.util.LinkedHashMap<>(); // sigma -> {n, sum, sum of squares}
    for (int i = 0; i < perTrial.rowCount(); i++) {
      double a = perTrial.doubleColumn(Columns.ACCURACY_TOP1).get(i);
      double[] m = moments.computeIfAbsent(perTrial.doubleColumn(Columns.WEIGHT_SIGMA_REL).get(i), k -> new double[3]);
      m[0]++;
      m[1] += a;
      m[2] += a * a;
    }
    DoubleColumn sigma = DoubleColumn.create(Columns.WEIGHT_SIGMA_REL);
    IntColumn n = IntColumn.create(Columns.TRIALS);
    DoubleColumn mean = DoubleColumn.create(Columns.ACCURACY_TOP1_MEAN);
    DoubleColumn std = DoubleColumn.create(Columns.ACCURACY_TOP1_STD);
    DoubleColumn half = DoubleColumn.create(Columns.ACCURACY_TOP1_CI95_HALF_WIDTH);
    for (Map.Entry<Double, double[]> e : moments.entrySet()) {
      double[] m = e.getValue();
      double mu = m[1] / m[0];
      // Sample standard deviation (n - 1); the 95% half-width uses the normal quantile 1.96.
      double sd = m[0] > 1 ? Math.sqrt(Math.max(0, (m[2] - m[0] * mu * mu) / (m[0] - 1))) : 0;
      sigma.append(e.getKey());
      n.append((int) m[0]);
      mean.append(mu);
      std.append(sd);
      half.append(1.96 * sd / Math.sqrt(m[0]));
    }
    return Table.create("accuracy under weight noise", sigma, n, mean, std, half);
  }

  private static void perturb(Network net, double sigmaRel, RandomSource rng) {
    if (sigmaRel == 0) {
      return;
    }
    for (Layer layer : net.layers()) {
      Map<String, INDArray> params = layer.paramTable();
      INDArray w = params.get("W");
      if (w == null) {
        continue;
      }
      double scale = sigmaRel * w.amaxNumber().doubleValue();
      float[] noise = new float[(int) w.length()];
      rng.fillGaussian(noise);
      INDArray n = Nd4j.create(noise, w.shape(), w.ordering()).castTo(w.dataType()).muli(scale);
      layer.setParam("W", w.add(n));
    }
  }

  private static double accuracy(Network net, List<DataSet> batches) {
    long correct = 0;
    long total = 0;
    for (DataSet b : batches) {
      correct += Accuracy.correctCount(net.output(b.getFeatures()), b.getLabels());
      total += b.numExamples();
    }
    return (double) correct / total;
  }
}
