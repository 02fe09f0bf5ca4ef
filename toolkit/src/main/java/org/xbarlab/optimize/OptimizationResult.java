package org.xbarlab.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;
import org.xbarlab.Columns;

/** The outcome of {@link Optimization#minimize}: every evaluation, as tidy tables. Immutable. */
public final class OptimizationResult {
  private final Problem problem;
  private final String algorithm;
  private final long seed;
  private final List<Observation> observations;
  private final double[] cumulativeCost;
  private final double[] hypervolume;
  private final boolean[] pareto;

  OptimizationResult(Problem problem, String algorithm, long seed, List<Observation> observations,
      double[] cumulativeCost, double[] hypervolume) {
    this.problem = problem;
    this.algorithm = algorithm;
    this.seed = seed;
    this.observations = List.copyOf(observations);
    this.cumulativeCost = cumulativeCost.clone();
    this.hypervolume = hypervolume.clone();
    List<Integer> top = new ArrayList<>();
    for (Observation o : this.observations) {
      if (o.isTopFidelity()) {
        top.add(o.index());
      }
    }
    double[][] pts = new double[top.size()][];
    for (int i = 0; i < pts.length; i++) {
      pts[i] = this.observations.get(top.get(i)).minimized();
    }
    this.pareto = new boolean[this.observations.size()];
    for (int i : Pareto.nondominatedIndices(pts)) {
      pareto[top.get(i)] = true;
    }
  }

  /** Returns the problem. */
  public Problem problem() {
    return problem;
  }

  /** Returns the algorithm description. */
  public String algorithm() {
    return algorithm;
  }

  /** Returns the seed. */
  public long seed() {
    return seed;
  }

  /** Returns the observations in evaluation order. */
  public List<Observation> observations() {
    return observations;
  }

  /** Returns the total measured evaluation cost. */
  public double totalCost() {
    return cumulativeCost.length == 0 ? 0 : cumulativeCost[cumulativeCost.length - 1];
  }

  /** Returns the hypervolume of the top-fidelity evaluations at the end of the run. */
  public double finalHypervolume() {
    return hypervolume.length == 0 ? 0 : hypervolume[hypervolume.length - 1];
  }

  /**
   * Returns the cumulative cost at which the top-fidelity hypervolume first reached
   * {@code target}, or empty if it never did.
   */
  public OptionalDouble costToReach(double target) {
    for (int i = 0; i < hypervolume.length; i++) {
      if (hypervolume[i] >= target) {
        return OptionalDouble.of(cumulativeCost[i]);
      }
    }
    return OptionalDouble.empty();
  }

  /**
   * Returns one row per evaluation. Schema: {@code evaluation} (int), {@code iteration} (int),
   * {@code design_id} (int, shared by evaluations of the same design), {@code fidelity} (double,
   * normalised to (0, 1]), {@code fidelity_<unit>} (double, only if the problem's fidelity has an
   * explicit unit, for example {@code fidelity_epochs}), {@code eval_cost} (double), one double column per design variable (natural units, named as
   * the variable), one double column per objective (natural units and direction, named as the
   * objective), {@code is_pareto} (boolean: non-dominated among top-fidelity rows),
   * {@code seed} (long).
   */
  public Table evaluations() {
    return table("evaluations", false);
  }

  /** Returns the non-dominated top-fidelity rows of {@link #evaluations()}, same schema. */
  public Table paretoFront() {
    return table("pareto_front", true);
  }

  private Table table(String name, boolean onlyPareto) {
    IntColumn evaluation = IntColumn.create(Columns.EVALUATION);
    IntColumn iteration = IntColumn.create(Columns.ITERATION);
    IntColumn designId = IntColumn.create(Columns.DESIGN_ID);
    DoubleColumn fidelity = DoubleColumn.create(Columns.FIDELITY);
    DoubleColumn cost = DoubleColumn.create(Columns.EVAL_COST);
    Fidelity fid = problem.fidelity();
    DoubleColumn explicit = DoubleColumn.create(Columns.suffixed(Columns.FIDELITY, fid.explicitUnit()));
    List<Variable> vars = problem.space().variables();
    DoubleColumn[] varCols = new DoubleColumn[vars.size()];
    for (int i = 0; i < varCols.length; i++) {
      varCols[i] = DoubleColumn.create(vars.get(i).name());
    }
    DoubleColumn[] objCols = new DoubleColumn[problem.objectiveCount()];
    for (int j = 0; j < objCols.length; j++) {
      objCols[j] = DoubleColumn.create(problem.objectives().get(j).name());
    }
    BooleanColumn isPareto = BooleanColumn.create(Columns.IS_PARETO);
    LongColumn seedCol = LongColumn.create(Columns.SEED);
    Map<String, Integer> ids = new HashMap<>();
    for (Observation o : observations) {
      int id = ids.computeIfAbsent(Arrays.toString(o.unit()), k -> ids.size());
      if (onlyPareto && !pareto[o.index()]) {
        continue;
      }
      evaluation.append(o.index());
      iteration.append(o.iteration());
      designId.append(id);
      fidelity.append(o.fidelity());
      explicit.append(fid.toExplicit(o.fidelity()));
      cost.append(o.cost());
      double[] design = problem.space().fromUnit(o.unit());
      for (int i = 0; i < varCols.length; i++) {
        varCols[i].append(design[i]);
      }
      double[] y = o.objectives();
      for (int j = 0; j < objCols.length; j++) {
        objCols[j].append(y[j]);
      }
      isPareto.append(pareto[o.index()]);
      seedCol.append(seed);
    }
    Table t = Table.create(name, evaluation, iteration, designId, fidelity);
    if (fid.hasExplicitUnit()) {
      t.addColumns(explicit);
    }
    t.addColumns(cost);
    t.addColumns(varCols);
    t.addColumns(objCols);
    t.addColumns(isPareto, seedCol);
    return t;
  }

  /**
   * Returns the hypervolume trace. Schema: {@code evaluation} (int), {@code cumulative_cost}
   * (double), {@code hypervolume} (double: of the top-fidelity evaluations so far, reference point
   * {@link Problem#referencePoint()}).
   */
  public Table hypervolumeTrace() {
    IntColumn evaluation = IntColumn.create(Columns.EVALUATION);
    DoubleColumn cost = DoubleColumn.create(Columns.CUMULATIVE_COST);
    DoubleColumn hv = DoubleColumn.create(Columns.HYPERVOLUME);
    for (int i = 0; i < hypervolume.length; i++) {
      evaluation.append(i);
      cost.append(cumulativeCost[i]);
      hv.append(hypervolume[i]);
    }
    return Table.create("hypervolume_trace", evaluation, cost, hv);
  }

  @Override
  public String toString() {
    return "OptimizationResult[" + problem.name() + ", " + algorithm + ", seed=" + seed + ", "
        + observations.size() + " evaluations, cost=" + totalCost() + ", hv=" + finalHypervolume()
        + "]";
  }
}
