package org.xbarlab.optimize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import org.xbarlab.Columns;
import org.xbarlab.TableRows;

/**
 * The paper's comparison (Yang et al., ICCAD 2021): run a baseline (NSGA-II at full fidelity) and
 * other methods on the same problem with several seeds, then measure the cost each method needs to
 * reach the baseline's best hypervolume. Every run can log to (and resume from) its own file, so an
 * interrupted comparison loses no finished evaluation.
 *
 * <pre>{@code
 * CostComparison c = CostComparison.run(problem,
 *     CostComparison.method("NSGA-II", new Nsga2(6), Termination.maxEvaluations(18)),
 *     List.of(CostComparison.method("CF-MESMO", BayesianOptimization.cfMesmo(), null)),
 *     1.0, List.of(1L, 2L), Optional.of(runFolder), name -> OptimizationListener.none());
 * c.costToReach();   // method, seed, target_hypervolume, cost_to_reach, reached, total_cost, final_hypervolume
 * }</pre>
 */
public final class CostComparison {

  /**
   * A named algorithm with its termination; a null termination means "the baseline's total cost
   * times the budget factor".
   */
  public record Method(String name, Algorithm algorithm, Termination termination) {}

  private final String baseline;
  private final Map<String, List<OptimizationResult>> results;

  private CostComparison(String baseline, Map<String, List<OptimizationResult>> results) {
    this.baseline = baseline;
    this.results = results;
  }

  /** Returns a method; pass {@code termination = null} to give it the baseline's cost budget. */
  public static Method method(String name, Algorithm algorithm, Termination termination) {
    return new Method(name, algorithm, termination);
  }

  /**
   * Runs the baseline and then every other method for every seed.
   *
   * @param problem the problem
   * @param baseline the reference method (its termination must be set)
   * @param others methods compared against it
   * @param budgetFactor others get {@code budgetFactor x} the baseline's total cost of the same seed, > 0
   * @param seeds seeds, at least one
   * @param runFolder where run logs go ({@code <problem>-<method>-seed<k>.csv}), to resume interrupted runs
   * @param listener a progress listener per method name
   */
  public static CostComparison run(Problem problem, Method baseline, List<Method> others, double budgetFactor,
      List<Long> seeds, Optional<Path> runFolder, Function<String, OptimizationListener> listener) {
    if (baseline.termination() == null) {
      throw new org.xbarlab.ConfigException("baseline.termination", null, "a Termination for the baseline");
    }
    if (!(budgetFactor > 0)) {
      throw new org.xbarlab.ConfigException("budgetFactor", budgetFactor, "a positive multiple of the baseline's cost");
    }
    if (seeds.isEmpty()) {
      throw new org.xbarlab.ConfigException("seeds", seeds, "at least one seed");
    }
    Map<String, List<OptimizationResult>> results = new LinkedHashMap<>();
    for (long seed : seeds) {
      OptimizationResult base = runOne(problem, baseline, baseline.termination(), seed, runFolder, listener);
      results.computeIfAbsent(baseline.name(), k -> new ArrayList<>()).add(base);
      for (Method m : others) {
        Termination t = m.termination() != null ? m.termination() : Termination.maxCost(budgetFactor * base.totalCost());
        results.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(runOne(problem, m, t, seed, runFolder, listener));
      }
    }
    return new CostComparison(baseline.name(), results);
  }

  private static OptimizationResult runOne(Problem problem, Method m, Termination t, long seed, Optional<Path> folder,
      Function<String, OptimizationListener> listener) {
    Optimization o = Optimization.of(problem, m.algorithm(), t, seed).withListener(listener.apply(m.name()));
    if (folder.isPresent()) {
      String file = (problem.name() + "-" + m.name() + "-seed" + seed + ".csv").replaceAll("[^A-Za-z0-9._-]", "_");
      o = o.withRunLog(folder.get().resolve(file));
    }
    return o.run();
  }

  /** Returns the results of one method, one per seed, in seed order. */
  public List<OptimizationResult> results(String method) {
    List<OptimizationResult> r = results.get(method);
    if (r == null) {
      throw new org.xbarlab.ConfigException("method", method, "one of " + results.keySet());
    }
    return r;
  }

  /**
   * Returns one row per (method, seed): method, seed, target_hypervolume (the baseline's final
   * hypervolume in that seed), cost_to_reach (missing if never reached), reached, total_cost,
   * final_hypervolume. For the baseline itself cost_to_reach is when it first reached its own best.
   */
  public Table costToReach() {
    TableRows t = TableRows.of("cost to reach the " + baseline + " hypervolume", Columns.METHOD,
        TableRows.Type.STRING, Columns.SEED, TableRows.Type.LONG, Columns.TARGET_HYPERVOLUME,
        TableRows.Type.DOUBLE, Columns.COST_TO_REACH, TableRows.Type.DOUBLE, Columns.REACHED,
        TableRows.Type.BOOLEAN, Columns.TOTAL_COST, TableRows.Type.DOUBLE,
        Columns.FINAL_HYPERVOLUME, TableRows.Type.DOUBLE);
    List<OptimizationResult> base = results.get(baseline);
    for (Map.Entry<String, List<OptimizationResult>> e : results.entrySet()) {
      for (int s = 0; s < e.getValue().size(); s++) {
        OptimizationResult r = e.getValue().get(s);
        double goal = base.get(s).finalHypervolume();
        OptionalDouble c = r.costToReach(goal);
        t.add(e.getKey(), r.seed(), goal, c.isPresent() ? c.getAsDouble() : null, c.isPresent(),
            r.totalCost(), r.finalHypervolume());
      }
    }
    return t.table();
  }

  /**
   * Returns, for {@code method} against every other method, the relative cost reduction
   * {@code 1 - cost(method) / cost(other)} in percent per seed (a method that never reached the
   * target counts with its total cost, so the reduction is then a lower bound), with mean and
   * standard deviation over seeds. Columns: versus, seeds, reduction_mean_pct, reduction_std_pct,
   * lower_bound (true if any seed used a total cost).
   */
  public Table reductions(String method) {
    List<OptimizationResult> mine = results(method);
    List<OptimizationResult> base = results.get(baseline);
    StringColumn versus = StringColumn.create(Columns.VERSUS);
    IntColumn n = IntColumn.create(Columns.SEEDS);
    DoubleColumn mean = DoubleColumn.create(Columns.REDUCTION_MEAN_PCT);
    DoubleColumn std = DoubleColumn.create(Columns.REDUCTION_STD_PCT);
    BooleanColumn bound = BooleanColumn.create(Columns.LOWER_BOUND);
    for (Map.Entry<String, List<OptimizationResult>> e : results.entrySet()) {
      if (e.getKey().equals(method)) {
        continue;
      }
      double sum = 0;
      double sumSq = 0;
      int count = 0;
      boolean lower = false;
      for (int s = 0; s < mine.size(); s++) {
        double goal = base.get(s).finalHypervolume();
        OptionalDouble c = mine.get(s).costToReach(goal);
        if (c.isEmpty()) {
          continue; // the method itself never reached the target in this seed: no reduction to claim
        }
        OptionalDouble other = e.getValue().get(s).costToReach(goal);
        double otherCost = other.isPresent() ? other.getAsDouble() : e.getValue().get(s).totalCost();
        lower |= other.isEmpty();
        double pct = 100 * (1 - c.getAsDouble() / otherCost);
        sum += pct;
        sumSq += pct * pct;
        count++;
      }
      versus.append(e.getKey());
      n.append(count);
      if (count == 0) {
        mean.appendMissing();
        std.appendMissing();
      } else {
        double mu = sum / count;
        mean.append(mu);
        std.append(count > 1 ? Math.sqrt(Math.max(0, (sumSq - count * mu * mu) / (count - 1))) : 0);
      }
      bound.append(lower);
    }
    return Table.create(method + " cost reduction", versus, n, mean, std, bound);
  }

  /** The ICCAD 2021 paper's cost reductions of CF-MESMO (papers.md 1.10), by baseline name. */
  private static final Map<String, Double> PAPER_REDUCTION_PCT =
      Map.of("NSGA-II", 90.91, "MESMO", 78.18, "random", 91.21);

  /**
   * Returns {@link #reductions(String)} of {@code method} as a paper-vs-measured table: one row per
   * other method the paper reports (NSGA-II, MESMO, random), the measured mean reduction with its
   * standard error over the seeds that reached the target.
   */
  public Table paperVsMeasured(String method) {
    Table r = reductions(method);
    org.xbarlab.PaperVsMeasured t =
        org.xbarlab.PaperVsMeasured.titled(method + " cost reduction: paper vs. measured");
    for (int row = 0; row < r.rowCount(); row++) {
      String versus = r.stringColumn(Columns.VERSUS).get(row);
      Double paper = PAPER_REDUCTION_PCT.get(versus);
      if (paper == null) {
        continue;
      }
      int seeds = r.intColumn(Columns.SEEDS).get(row);
      boolean missing = r.doubleColumn(Columns.REDUCTION_MEAN_PCT).isMissing(row);
      double mean = missing ? Double.NaN : r.doubleColumn(Columns.REDUCTION_MEAN_PCT).get(row);
      double se = missing || seeds < 2 ? Double.NaN
          : r.doubleColumn(Columns.REDUCTION_STD_PCT).get(row) / Math.sqrt(seeds);
      t.add("cost reduction of " + method + " against " + versus + " to reach " + baseline
          + "'s hypervolume", paper, "%", "ICCAD 2021 (papers.md 1.10)", mean, se,
          seeds + " of " + results(method).size() + " seeds reached the target"
              + (r.booleanColumn(Columns.LOWER_BOUND).get(row)
                  ? "; a lower bound (" + versus + " did not reach it in some seeds)" : ""));
    }
    return t.table();
  }

  /** Returns every method's hypervolume trace with method and seed columns, for one figure. */
  public Table traces() {
    Table all = null;
    for (Map.Entry<String, List<OptimizationResult>> e : results.entrySet()) {
      for (OptimizationResult r : e.getValue()) {
        Table t = r.hypervolumeTrace();
        t.addColumns(StringColumn.create(Columns.METHOD, java.util.Collections.nCopies(t.rowCount(), e.getKey())),
            LongColumn.create(Columns.SEED, java.util.Collections.nCopies(t.rowCount(), r.seed())
                .stream().mapToLong(Long::longValue).toArray()));
        all = all == null ? t : all.append(t);
      }
    }
    all.setName("hypervolume against cumulative cost");
    return all;
  }
}
