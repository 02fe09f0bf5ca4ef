package org.xbarlab.optimize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.xbarlab.Columns;
import org.xbarlab.ConfigException;
import org.xbarlab.PaperVsMeasured;
import org.xbarlab.RandomSource;
import org.xbarlab.TableRows;
import tech.tablesaw.api.Table;

/**
 * Compares optimisers by the cost they need to reach a fixed fraction of a reference hypervolume
 * (the true front's, where it is known): every method runs with the same cost budget on the same
 * paired seeds, and a run that never reaches the target is kept as a failure, not dropped.
 *
 * <p><b>Statistics.</b> A failed run's cost-to-reach is censored at the budget: it would have
 * needed at least the budget. Per method: the success rate and the median censored cost with a
 * bootstrap 95 % interval over seeds (the median is itself censored when half the runs or more
 * failed). Between two methods: the cost reduction {@code 1 - median(cost_a) / median(cost_b)}
 * with a paired bootstrap 95 % interval (2000 resamples of the seeds, seeded), and a two-sided
 * paired Wilcoxon signed-rank test on the censored costs (ties, such as two failures, are
 * dropped, as Wilcoxon's test prescribes). Hypervolume regret {@code 1 - HV(cost) / HV*} against
 * cumulative cost gives the whole curve, with a 95 % band of its mean over seeds.
 *
 * <pre>{@code
 * TargetComparison c = TargetComparison.run(table.problem(), table.referenceHypervolume(), 0.99,
 *     List.of(TargetComparison.method("CF-MESMO", BayesianOptimization.cfMesmo()),
 *             TargetComparison.method("random", RandomSearch.create())),
 *     300, seeds, Optional.of(runFolder), name -> OptimizationListener.none());
 * c.summary(0.90, 0.95);        // success rate and median cost per target and method
 * c.reductions("CF-MESMO", 0.95); // against every other method, with intervals and p-values
 * }</pre>
 */
public final class TargetComparison {
  /** Bootstrap resamples of the seeds for every interval. */
  public static final int BOOTSTRAP_RESAMPLES = 2000;

  /** The ICCAD 2021 paper's cost reductions of CF-MESMO (papers.md 1.10), by baseline name. */
  static final Map<String, Double> PAPER_REDUCTION_PCT = Map.of("NSGA-II", 90.91, "MESMO", 78.18, "random", 91.21);

  /** A named algorithm. */
  public record Method(String name, Algorithm algorithm) {
    /** Validates. */
    public Method {
      if (name == null || name.isBlank()) {
        throw new ConfigException("method.name", name, "a non-blank name");
      }
      if (algorithm == null) {
        throw new ConfigException("method.algorithm", null, "an Algorithm");
      }
    }
  }

  private final double referenceHypervolume;
  private final double stopFraction;
  private final double budget;
  private final Map<String, List<OptimizationResult>> results;

  private TargetComparison(double referenceHypervolume, double stopFraction, double budget,
      Map<String, List<OptimizationResult>> results) {
    this.referenceHypervolume = referenceHypervolume;
    this.stopFraction = stopFraction;
    this.budget = budget;
    this.results = results;
  }

  /** Returns a named method. */
  public static Method method(String name, Algorithm algorithm) {
    return new Method(name, algorithm);
  }

  /**
   * Runs every method for every seed with the cost budget {@code budget}; a run stops early once
   * it reaches {@code stopFraction} of the reference hypervolume, the highest target it will be
   * asked about (regret after that point is carried forward, an upper bound below
   * {@code 1 - stopFraction}).
   *
   * @param problem the problem
   * @param referenceHypervolume the hypervolume targets are fractions of, > 0 (the true front's)
   * @param stopFraction the highest target, in (0, 1]
   * @param methods the methods, distinct names, at least two
   * @param budget cost budget of every run, > 0 (the same for every method)
   * @param seeds paired seeds (each method runs each seed), at least two
   * @param runFolder where run logs go ({@code <problem>-<method>-seed<k>.csv}), so an interrupted
   *     comparison resumes without repeating any evaluation
   * @param listener a progress listener per method name
   */
  public static TargetComparison run(Problem problem, double referenceHypervolume, double stopFraction,
      List<Method> methods, double budget, List<Long> seeds, Optional<Path> runFolder, Function<String, OptimizationListener> listener) {
    if (problem == null) {
      throw new ConfigException("problem", null, "a Problem");
    }
    if (!(referenceHypervolume > 0) || !Double.isFinite(referenceHypervolume)) {
      throw new ConfigException("referenceHypervolume", referenceHypervolume, "a finite hypervolume > 0");
    }
    if (!(stopFraction > 0 && stopFraction <= 1)) {
      throw new ConfigException("stopFraction", stopFraction, "a fraction of the reference hypervolume in (0, 1]");
    }
    if (methods == null || methods.size() < 2) {
      throw new ConfigException("methods", methods, "at least two methods to compare");
    }
    if (!(budget > 0) || !Double.isFinite(budget)) {
      throw new ConfigException("budget", budget, "a finite cost budget > 0");
    }
    if (seeds == null || seeds.size() < 2 || seeds.stream().distinct().count() != seeds.size()) {
      throw new ConfigException("seeds", seeds, "at least two distinct seeds");
    }
    Map<String, List<OptimizationResult>> results = new LinkedHashMap<>();
    for (Method m : methods) {
      if (results.put(m.name(), new ArrayList<>()) != null) {
        throw new ConfigException("methods", m.name(), "distinct method names");
      }
    }
    for (long seed : seeds) {
      for (Method m : methods) {
        Termination stop = Termination.maxCost(budget).orHypervolume(stopFraction * referenceHypervolume);
        Optimization o = Optimization.of(problem, m.algorithm(), stop, seed)
            .withListener(listener.apply(m.name()));
        if (runFolder.isPresent()) {
          String file = (problem.name() + "-" + m.name() + "-seed" + seed + ".csv").replaceAll("[^A-Za-z0-9._-]", "_");
          o = o.withRunLog(runFolder.get().resolve(file));
        }
        results.get(m.name()).add(o.run());
      }
    }
    return new TargetComparison(referenceHypervolume, stopFraction, budget, results);
  }

  /** Returns the results of one method, one per seed, in seed order. */
  public List<OptimizationResult> results(String method) {
    List<OptimizationResult> r = results.get(method);
    if (r == null) {
      throw new ConfigException("method", method, "one of " + results.keySet());
    }
    return r;
  }

  /** Returns the cost budget of every run. */
  public double budget() {
    return budget;
  }

  /** Returns the reference hypervolume. */
  public double referenceHypervolume() {
    return referenceHypervolume;
  }

  /**
   * Returns one row per (method, seed): method, seed, target_hypervolume, cost_to_reach (missing
   * if the target was never reached), reached, total_cost, final_hypervolume, fraction (final
   * hypervolume / reference).
   */
  public Table costToReach(double fraction) {
    double target = target(fraction);
    TableRows t = TableRows.of("cost to reach " + percent(fraction) + " of the reference hypervolume",
        Columns.METHOD, TableRows.Type.STRING, Columns.SEED, TableRows.Type.LONG, Columns.TARGET_HYPERVOLUME,
        TableRows.Type.DOUBLE, Columns.COST_TO_REACH, TableRows.Type.DOUBLE, Columns.REACHED, TableRows.Type.BOOLEAN,
        Columns.TOTAL_COST, TableRows.Type.DOUBLE, Columns.FINAL_HYPERVOLUME, TableRows.Type.DOUBLE, Columns.FRACTION,
        TableRows.Type.DOUBLE);
    for (Map.Entry<String, List<OptimizationResult>> e : results.entrySet()) {
      for (OptimizationResult r : e.getValue()) {
        OptionalDouble c = r.costToReach(target);
        t.add(e.getKey(), r.seed(), target, c.isPresent() ? c.getAsDouble() : null, c.isPresent(), r.totalCost(),
            r.finalHypervolume(), r.finalHypervolume() / referenceHypervolume);
      }
    }
    return t.table();
  }

  /**
   * Returns one row per target and method: target_fraction, method, seeds, reached (runs that
   * reached the target), success_rate, median_cost (censored costs: a failure counts as the
   * budget), median_censored (true when half the runs or more failed, so the median is only a
   * lower bound), ci95_low, ci95_high (seed bootstrap of the median).
   *
   * @param fractions targets as fractions of the reference hypervolume, each in (0, stopFraction]
   */
  public Table summary(double... fractions) {
    if (fractions.length == 0) {
      throw new ConfigException("fractions", "none", "at least one target fraction");
    }
    TableRows t = TableRows.of("success and median cost to reach a fraction of the reference hypervolume",
        Columns.TARGET_FRACTION, TableRows.Type.DOUBLE, Columns.METHOD, TableRows.Type.STRING, Columns.SEEDS,
        TableRows.Type.INT, Columns.REACHED, TableRows.Type.INT, Columns.SUCCESS_RATE, TableRows.Type.DOUBLE,
        Columns.MEDIAN_COST, TableRows.Type.DOUBLE, Columns.MEDIAN_CENSORED, TableRows.Type.BOOLEAN, Columns.CI95_LOW,
        TableRows.Type.DOUBLE, Columns.CI95_HIGH, TableRows.Type.DOUBLE);
    for (double fraction : fractions) {
      for (String m : results.keySet()) {
        double[] c = censoredCosts(m, fraction);
        int reached = reachedCount(m, fraction);
        double[] ci = bootstrap(c, null, (a, b) -> median(a), "summary " + m);
        t.add(fraction, m, c.length, reached, reached / (double) c.length, median(c), 2 * reached <= c.length, ci[0],
            ci[1]);
      }
    }
    return t.table();
  }

  /**
   * Returns, for {@code method} against every other method: versus, seeds, reduction_pct
   * ({@code 100 (1 - median(cost_method) / median(cost_versus))} on censored costs), ci95_low,
   * ci95_high (paired seed bootstrap), p_value (two-sided paired Wilcoxon signed-rank test;
   * 1 when every pair ties), lower_bound (true when {@code versus}'s median is censored, so the
   * reduction is at least the value shown), undefined (true when {@code method}'s own median is
   * censored: it did not reach the target in most seeds, and there is no reduction to claim).
   */
  public Table reductions(String method, double fraction) {
    double[] mine = censoredCosts(method, fraction);
    TableRows t = TableRows.of(method + " cost reduction to reach " + percent(fraction) + " of the reference hypervolume",
        Columns.VERSUS, TableRows.Type.STRING, Columns.SEEDS, TableRows.Type.INT, Columns.REDUCTION_PCT,
        TableRows.Type.DOUBLE, Columns.CI95_LOW, TableRows.Type.DOUBLE, Columns.CI95_HIGH, TableRows.Type.DOUBLE,
        Columns.P_VALUE, TableRows.Type.DOUBLE, Columns.LOWER_BOUND, TableRows.Type.BOOLEAN, Columns.UNDEFINED,
        TableRows.Type.BOOLEAN);
    for (String other : results.keySet()) {
      if (other.equals(method)) {
        continue;
      }
      double[] theirs = censoredCosts(other, fraction);
      double[] ci = bootstrap(mine, theirs, TargetComparison::reductionPct, method + " vs " + other);
      t.add(other, mine.length, reductionPct(mine, theirs), ci[0], ci[1], wilcoxon(mine, theirs),
          2 * reachedCount(other, fraction) <= theirs.length, 2 * reachedCount(method, fraction) <= mine.length);
    }
    return t.table();
  }

  /**
   * Returns the paper-vs-measured table of {@code method}'s cost reductions against the baselines
   * the paper reports (NSGA-II, MESMO, random), each with the paper's value, the measured
   * reduction with its bootstrap standard error, and as conditions the 95 % interval, the
   * Wilcoxon p-value and the success rates.
   */
  public Table paperVsMeasured(String method, double fraction) {
    Table r = reductions(method, fraction);
    PaperVsMeasured t = PaperVsMeasured.titled(method + " cost reduction: paper vs. measured");
    int seeds = results(method).size();
    for (int row = 0; row < r.rowCount(); row++) {
      String versus = r.stringColumn(Columns.VERSUS).get(row);
      Double paper = PAPER_REDUCTION_PCT.get(versus);
      if (paper == null) {
        continue;
      }
      boolean undefined = r.booleanColumn(Columns.UNDEFINED).get(row);
      double reduction = undefined ? Double.NaN : r.doubleColumn(Columns.REDUCTION_PCT).get(row);
      double lo = r.doubleColumn(Columns.CI95_LOW).get(row);
      double hi = r.doubleColumn(Columns.CI95_HIGH).get(row);
      String conditions = String.format(Locale.ROOT,
          "to reach %s of the reference hypervolume; 95%% CI [%.0f, %.0f] %%, Wilcoxon p = %.2g; reached in %d/%d"
              + " (%s) and %d/%d (%s) of %d paired seeds; cost budget %.0f%s%s",
          percent(fraction), lo, hi, r.doubleColumn(Columns.P_VALUE).get(row), reachedCount(method, fraction), seeds,
          method, reachedCount(versus, fraction), seeds, versus, seeds, budget,
          r.booleanColumn(Columns.LOWER_BOUND).get(row) ? "; a lower bound (" + versus + " failed in half the seeds or more)" : "",
          undefined ? "; not measured: " + method + " failed in half the seeds or more" : "");
      t.add("cost reduction of " + method + " against " + versus, paper, "%", "ICCAD 2021 (papers.md 1.10)",
          reduction, undefined ? Double.NaN : (hi - lo) / (2 * 1.96), conditions);
    }
    return t.table();
  }

  /**
   * Returns hypervolume regret against cost: method, cumulative_cost (0 to the budget in
   * {@code points} steps), regret_mean (of {@code 1 - HV / HV*} over seeds; HV of the top-fidelity
   * evaluations bought by that cost), ci95_low, ci95_high (mean ± 1.96 standard errors),
   * ci95_half_width. After a run stopped at the target its last hypervolume is carried forward.
   */
  public Table regret(int points) {
    if (points < 2) {
      throw new ConfigException("points", points, "an integer >= 2");
    }
    TableRows t = TableRows.of("hypervolume regret against cost", Columns.METHOD, TableRows.Type.STRING,
        Columns.CUMULATIVE_COST, TableRows.Type.DOUBLE, Columns.REGRET_MEAN, TableRows.Type.DOUBLE, Columns.CI95_LOW,
        TableRows.Type.DOUBLE, Columns.CI95_HIGH, TableRows.Type.DOUBLE, Columns.CI95_HALF_WIDTH, TableRows.Type.DOUBLE);
    for (Map.Entry<String, List<OptimizationResult>> e : results.entrySet()) {
      for (int i = 0; i < points; i++) {
        double cost = budget * i / (points - 1);
        double[] regret = e.getValue().stream().mapToDouble(r -> 1 - hypervolumeAt(r, cost) / referenceHypervolume)
            .toArray();
        double mean = Arrays.stream(regret).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(regret).map(x -> (x - mean) * (x - mean)).sum() / (regret.length - 1));
        double half = 1.96 * sd / Math.sqrt(regret.length);
        t.add(e.getKey(), cost, mean, mean - half, mean + half, half);
      }
    }
    return t.table();
  }

  /** The top-fidelity hypervolume a run had reached once it had spent {@code cost}. */
  static double hypervolumeAt(OptimizationResult r, double cost) {
    Table trace = r.hypervolumeTrace();
    double hv = 0;
    for (int i = 0; i < trace.rowCount(); i++) {
      if (trace.doubleColumn(Columns.CUMULATIVE_COST).get(i) > cost) {
        break;
      }
      hv = trace.doubleColumn(Columns.HYPERVOLUME).get(i);
    }
    return hv;
  }

  private double target(double fraction) {
    if (!(fraction > 0 && fraction <= stopFraction)) {
      throw new ConfigException("fraction", fraction, "a fraction in (0, " + stopFraction
          + "]: the runs stopped once they reached " + stopFraction + " of the reference hypervolume");
    }
    return fraction * referenceHypervolume;
  }

  /** Costs to reach the target per seed, a failure counting as the budget. */
  private double[] censoredCosts(String method, double fraction) {
    double target = target(fraction);
    return results(method).stream().mapToDouble(r -> r.costToReach(target).orElse(budget)).toArray();
  }

  private int reachedCount(String method, double fraction) {
    double target = target(fraction);
    return (int) results(method).stream().filter(r -> r.costToReach(target).isPresent()).count();
  }

  static double median(double[] x) {
    double[] s = x.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
  }

  static double reductionPct(double[] mine, double[] theirs) {
    return 100 * (1 - median(mine) / median(theirs));
  }

  /** Two-sided paired Wilcoxon signed-rank p-value; zero differences are dropped. */
  static double wilcoxon(double[] a, double[] b) {
    List<double[]> pairs = new ArrayList<>();
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        pairs.add(new double[] {a[i], b[i]});
      }
    }
    if (pairs.isEmpty()) {
      return 1.0;
    }
    double[] x = pairs.stream().mapToDouble(p -> p[0]).toArray();
    double[] y = pairs.stream().mapToDouble(p -> p[1]).toArray();
    return new WilcoxonSignedRankTest().wilcoxonSignedRankTest(x, y, x.length <= 30);
  }

  private interface Statistic {
    double of(double[] a, double[] b);
  }

  /** Percentile 95 % interval of {@code statistic} over paired resamples of the seeds. */
  private static double[] bootstrap(double[] a, double[] b, Statistic statistic, String stream) {
    RandomSource rng = RandomSource.seeded(0).split("bootstrap " + stream);
    int n = a.length;
    double[] values = new double[BOOTSTRAP_RESAMPLES];
    double[] ra = new double[n];
    double[] rb = b == null ? null : new double[n];
    for (int k = 0; k < values.length; k++) {
      for (int i = 0; i < n; i++) {
        int j = rng.nextInt(n);
        ra[i] = a[j];
        if (rb != null) {
          rb[i] = b[j];
        }
      }
      values[k] = statistic.of(ra, rb);
    }
    Arrays.sort(values);
    return new double[] {values[(int) Math.floor(0.025 * (values.length - 1))],
        values[(int) Math.ceil(0.975 * (values.length - 1))]};
  }

  private static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.0f %%", 100 * fraction);
  }
}
