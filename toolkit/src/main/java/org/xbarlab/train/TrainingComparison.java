package org.xbarlab.train;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xbarlab.ConfigException;
import org.xbarlab.PaperVsMeasured;
import org.xbarlab.ProgressListener;
import org.xbarlab.crossbar.CrossbarConfig;
import org.xbarlab.data.ImageDataset;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import org.xbarlab.Columns;
import org.xbarlab.nn.Network;

/**
 * The ReSNA paper's experiment as one call: fine-tune a pre-trained network with each training
 * method, then measure every trained network under the stochastic crossbar noise of every operating
 * point (Monte-Carlo, the same noise model as ReSNA's training), with and without majority voting.
 * The network is any {@link Network} (for example ResNet-20, a ComputationGraph).
 * Training is checkpointed per method, so a rerun or an interrupted run resumes.
 *
 * <pre>{@code
 * TrainingComparison c = TrainingComparison.train(pretrained,
 *     Map.of("noise-unaware", TrainingSetup.noiseUnaware(), "ReSNA", TrainingSetup.resna(harsh)),
 *     2, 42, train, test, Optional.of(checkpoints), listener);
 * Table t = c.evaluate(Map.of("1 GHz, 400 K", harsh), test, 5, 42, true);
 * }</pre>
 */
public final class TrainingComparison {
  private final Map<String, Network> trained;
  private final Map<String, Double> cleanAccuracy;
  private final Table histories;

  private TrainingComparison(Map<String, Network> trained, Map<String, Double> cleanAccuracy, Table histories) {
    this.trained = trained;
    this.cleanAccuracy = cleanAccuracy;
    this.histories = histories;
  }

  /**
   * Fine-tunes a copy of {@code pretrained} with every setup (its noise model; epochs, seed and
   * checkpoint folder are set here so that all methods train alike).
   *
   * @param methods method name to training setup, in display order
   * @param epochs fine-tuning epochs per method, 1..10000
   * @param checkpointRoot per-method checkpoints under {@code <root>/<method>-<hash of noise, seed, batch>}
   */
  public static TrainingComparison train(Network pretrained, Map<String, TrainingSetup> methods, int epochs,
      long seed, ImageDataset train, ImageDataset test, Optional<Path> checkpointRoot, ProgressListener progress) {
    if (methods.isEmpty()) {
      throw new ConfigException("methods", methods, "at least one training method");
    }
    Map<String, Network> nets = new LinkedHashMap<>();
    Map<String, Double> clean = new LinkedHashMap<>();
    Table histories = null;
    for (Map.Entry<String, TrainingSetup> m : methods.entrySet()) {
      TrainingSetup s = m.getValue().withEpochs(epochs).withSeed(seed);
      if (checkpointRoot.isPresent()) {
        // One folder per (method, noise model, seed, batch): a changed setup starts afresh instead
        // of being refused by the checkpoint's fingerprint; an unchanged one resumes.
        String key = m.getKey().replaceAll("[^A-Za-z0-9._-]", "_") + "-" + shortHash(s.noise().describe()
            + "|" + s.seed() + "|" + s.batchSize());
        s = s.withCheckpointDirectory(checkpointRoot.get().resolve(key));
      }
      TrainingResult r = NoiseAwareTraining.train(pretrained, s, train, test, progress);
      nets.put(m.getKey(), r.network());
      clean.put(m.getKey(), r.finalAccuracyTop1());
      Table h = r.history().copy();
      h.addColumns(StringColumn.create(Columns.METHOD, java.util.Collections.nCopies(h.rowCount(), m.getKey())));
      histories = histories == null ? h : histories.append(h);
    }
    histories.setName("fine-tuning history");
    return new TrainingComparison(nets, clean, histories);
  }

  private static String shortHash(String text) {
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d, 0, 6);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Returns the trained network of a method. */
  public Network network(String method) {
    Network n = trained.get(method);
    if (n == null) {
      throw new ConfigException("method", method, "one of " + trained.keySet());
    }
    return n;
  }

  /** Returns every method's per-epoch history (column {@code method}, the method's name, added). */
  public Table histories() {
    return histories;
  }

  /**
   * Returns one row per (method, operating point, voting): method, operating_point, majority_vote,
   * trials, accuracy_top1_mean, accuracy_top1_std, accuracy_top1_sem, clean_accuracy_top1.
   *
   * @param operatingPoints name to crossbar design point (its noise model is the evaluation noise)
   * @param withVoting also evaluate with majority voting over three classifier copies
   */
  public Table evaluate(Map<String, CrossbarConfig> operatingPoints, ImageDataset test, int trials, long seed,
      boolean withVoting) {
    StringColumn method = StringColumn.create(Columns.METHOD);
    StringColumn point = StringColumn.create(Columns.OPERATING_POINT);
    BooleanColumn vote = BooleanColumn.create(Columns.MAJORITY_VOTE);
    IntColumn n = IntColumn.create(Columns.TRIALS);
    DoubleColumn mean = DoubleColumn.create(Columns.ACCURACY_TOP1_MEAN);
    DoubleColumn std = DoubleColumn.create(Columns.ACCURACY_TOP1_STD);
    DoubleColumn sem = DoubleColumn.create(Columns.ACCURACY_TOP1_SEM);
    DoubleColumn clean = DoubleColumn.create(Columns.CLEAN_ACCURACY_TOP1);
    for (Map.Entry<String, CrossbarConfig> op : operatingPoints.entrySet()) {
      for (Map.Entry<String, Network> m : trained.entrySet()) {
        for (boolean v : withVoting ? List.of(false, true) : List.of(false)) {
          // Same seed for every method: each faces the same chips and reads.
          NoisyEvaluation.Result r = NoisyEvaluation.monteCarlo(m.getValue(), NoiseModel.resna(op.getValue()), test,
              trials, seed, v, ProgressListener.none());
          method.append(m.getKey());
          point.append(op.getKey());
          vote.append(v);
          n.append(trials);
          mean.append(r.meanAccuracy());
          std.append(r.stdAccuracy());
          sem.append(r.standardError());
          clean.append(cleanAccuracy.get(m.getKey()));
        }
      }
    }
    return Table.create("accuracy under stochastic crossbar noise", method, point, vote, n, mean, std, sem, clean);
  }

  /**
   * Returns the ReSNA paper's three claims (ICCAD 2021, papers.md 1.10: +1.62 % without voting and
   * +2.57 % with majority voting at 500 MHz / 350 K, +5.47 % at 1000 MHz / 400 K) beside the gains of
   * method "ReSNA" over "noise-unaware" in {@code accuracy} (a table of {@link #evaluate} with
   * voting), in accuracy points with the combined standard error over chips.
   *
   * @param moderatePoint the operating point standing for 500 MHz / 350 K in {@code accuracy}
   * @param harshPoint the operating point standing for 1000 MHz / 400 K
   */
  public static Table paperVsMeasured(Table accuracy, String moderatePoint, String harshPoint) {
    PaperVsMeasured t = PaperVsMeasured.titled("ReSNA: paper vs. measured");
    String source = "ICCAD 2021 (papers.md 1.10; ResNet-20, CIFAR-10)";
    Object[][] claims = {{"ReSNA gain, no voting (500 MHz, 350 K)", 1.62, moderatePoint, false},
        {"ReSNA gain, with voting (500 MHz, 350 K)", 2.57, moderatePoint, true},
        {"ReSNA gain at the harsh point (1000 MHz, 400 K)", 5.47, harshPoint, false}};
    for (Object[] c : claims) {
      int resna = row(accuracy, "ReSNA", (String) c[2], (Boolean) c[3]);
      int plain = row(accuracy, "noise-unaware", (String) c[2], (Boolean) c[3]);
      DoubleColumn mean = accuracy.doubleColumn(Columns.ACCURACY_TOP1_MEAN);
      DoubleColumn sem = accuracy.doubleColumn(Columns.ACCURACY_TOP1_SEM);
      t.add((String) c[0], (Double) c[1], "pp", source,
          100 * (mean.get(resna) - mean.get(plain)), 100 * Math.hypot(sem.get(resna), sem.get(plain)),
          String.format(java.util.Locale.ROOT, "%s%s: ReSNA %.2f %% vs noise-unaware %.2f %%, %d chips"
              + " (the same for both)", c[2], (Boolean) c[3] ? ", majority vote" : "",
              100 * mean.get(resna), 100 * mean.get(plain),
              accuracy.intColumn(Columns.TRIALS).get(resna)));
    }
    return t.table();
  }

  private static int row(Table accuracy, String method, String point, boolean vote) {
    for (int r = 0; r < accuracy.rowCount(); r++) {
      if (accuracy.stringColumn(Columns.METHOD).get(r).equals(method)
          && accuracy.stringColumn(Columns.OPERATING_POINT).get(r).equals(point)
          && accuracy.booleanColumn(Columns.MAJORITY_VOTE).get(r) == vote) {
        return r;
      }
    }
    throw new ConfigException("accuracy", method + " at " + point + (vote ? " with voting" : ""),
        "a row of TrainingComparison.evaluate(..., withVoting = true) for that method and point");
  }

  /**
   * Returns accuracy against one design field for every method: method, field (double),
   * accuracy_top1_mean, accuracy_top1_std.
   *
   * @param field column name for the varied value, e.g. {@code frequency_MHz}
   * @param values values of the field
   * @param configAt the operating point at a value
   */
  public Table sweep(String field, List<Double> values, java.util.function.DoubleFunction<CrossbarConfig> configAt,
      ImageDataset test, int trials, long seed) {
    StringColumn method = StringColumn.create(Columns.METHOD);
    DoubleColumn value = DoubleColumn.create(field);
    DoubleColumn mean = DoubleColumn.create(Columns.ACCURACY_TOP1_MEAN);
    DoubleColumn std = DoubleColumn.create(Columns.ACCURACY_TOP1_STD);
    for (Map.Entry<String, Network> m : trained.entrySet()) {
      for (double v : values) {
        NoisyEvaluation.Result r = NoisyEvaluation.monteCarlo(m.getValue(), NoiseModel.resna(configAt.apply(v)), test,
            trials, seed, false, ProgressListener.none());
        method.append(m.getKey());
        value.append(v);
        mean.append(r.meanAccuracy());
        std.append(r.stdAccuracy());
      }
    }
    return Table.create("accuracy against " + field, method, value, mean, std);
  }
}
