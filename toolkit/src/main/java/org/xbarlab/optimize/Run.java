package org.xbarlab.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;
import org.xbarlab.ResumeException;

/**
 * The state of one optimisation run as an {@link Algorithm} sees it: the problem, the run's
 * randomness, the observations so far and {@link #evaluate}, which evaluates (or, when resuming,
 * replays from the run log), records cost, appends to the log, updates the hypervolume trace and
 * reports progress. Created by {@link Optimization}; not thread-safe.
 *
 * <p>A design is never evaluated twice at the same fidelity in one run: proposing an evaluated
 * (snapped design, fidelity) pair again returns the stored observation, charges no cost, appends
 * nothing to the log and does not count as an evaluation, so an algorithm that proposes duplicates
 * simply proposes again. On a finite grid an algorithm stops once {@link #isExhausted(double)};
 * the run {@link #isFinished()} by itself when every design is evaluated at every fidelity level.
 */
public final class Run {
  private final Problem problem;
  private final Termination termination;
  private final long seed;
  private final RandomSource rng;
  private final Optional<RunLog> log;
  private final OptimizationListener listener;
  private final List<Observation> replay;
  private final List<Observation> observations = new ArrayList<>();
  private final List<double[]> topFront = new ArrayList<>();
  private final List<Double> cumulativeCost = new ArrayList<>();
  private final List<Double> hypervolume = new ArrayList<>();
  private final Map<String, Observation> evaluated = new HashMap<>();
  private final Map<Double, Integer> evaluatedPerFidelity = new HashMap<>();
  private final long designCount;
  private final double[] reference;
  private double totalCost;
  private double currentHv;

  Run(Problem problem, Termination termination, long seed, Optional<RunLog> log,
      OptimizationListener listener) {
    this.problem = problem;
    this.termination = termination;
    this.seed = seed;
    this.rng = RandomSource.seeded(seed);
    this.log = log;
    this.listener = listener;
    this.replay = log.map(RunLog::existing).orElse(List.of());
    this.reference = problem.minimizedReferencePoint();
    this.designCount = designCount(problem.space());
  }

  /** Number of distinct designs of a space, or {@code Long.MAX_VALUE} if it is not finite. */
  private static long designCount(DesignSpace space) {
    long n = 1;
    for (Variable v : space.variables()) {
      long c = v.cardinality();
      if (c == Long.MAX_VALUE || n > Long.MAX_VALUE / c) {
        return Long.MAX_VALUE;
      }
      n *= c;
    }
    return n;
  }

  /** Returns the problem. */
  public Problem problem() {
    return problem;
  }

  /** Returns the run's root random source (algorithms split it by purpose and iteration). */
  public RandomSource rng() {
    return rng;
  }

  /** Returns the run's seed. */
  public long seed() {
    return seed;
  }

  /** Returns the observations so far (an unmodifiable live view). */
  public List<Observation> observations() {
    return Collections.unmodifiableList(observations);
  }

  /**
   * Returns true once the termination criterion is met, or once a finite space is evaluated at
   * every level of the problem's fidelity grid (nothing is left to learn).
   */
  public boolean isFinished() {
    if (termination.isDone(observations.size(), totalCost, currentHv)) {
      return true;
    }
    if (designCount == Long.MAX_VALUE) {
      return false;
    }
    for (double z : problem.fidelity().grid()) {
      if (!isExhausted(z)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns true if the design space is finite and every design has been evaluated at
   * {@code fidelity} in this run (always false for a space with a continuous variable).
   */
  public boolean isExhausted(double fidelity) {
    return designCount != Long.MAX_VALUE
        && evaluatedPerFidelity.getOrDefault(fidelity, 0) >= designCount;
  }

  /** Returns the number of distinct designs of the space, or {@code Long.MAX_VALUE} if infinite. */
  public long designCount() {
    return designCount;
  }

  /** Returns the cumulative measured cost so far. */
  public double cumulativeCost() {
    return totalCost;
  }

  /** Returns true if the next evaluation is available in the run log being resumed. */
  public boolean hasReplay() {
    return observations.size() < replay.size();
  }

  /**
   * Returns true if (unit, fidelity) has been evaluated in this run.
   *
   * @param point [d+1] unit coordinates then fidelity
   */
  public boolean isEvaluated(double[] point) {
    return evaluated.containsKey(Arrays.toString(point));
  }

  /**
   * Returns the observation of design {@code unit} (snapped to the grid) at {@code fidelity} if it
   * has been evaluated in this run.
   *
   * @param unit unit coordinates [d]
   * @param fidelity fidelity in (0, 1]
   */
  public Optional<Observation> lookup(double[] unit, double fidelity) {
    return Optional.ofNullable(evaluated.get(key(problem.space().snapUnit(unit), fidelity)));
  }

  private static String key(double[] snappedUnit, double fidelity) {
    double[] in = Arrays.copyOf(snappedUnit, snappedUnit.length + 1);
    in[snappedUnit.length] = fidelity;
    return Arrays.toString(in);
  }

  /**
   * Takes the next evaluation from the run log without proposing it. Algorithms whose proposals
   * depend only on the observations and per-iteration random streams use this to skip the
   * proposal work when resuming.
   */
  public Observation replayNext() {
    if (!hasReplay()) {
      throw new IllegalStateException("no logged evaluation left to replay");
    }
    Observation o = replay.get(observations.size());
    record(o, false);
    return o;
  }

  /**
   * Evaluates the design at unit coordinates {@code unit} (snapped to the space's grid) at
   * {@code fidelity}, or replays it from the run log when resuming. If that design was already
   * evaluated at that fidelity in this run, returns the stored observation (same index) without
   * evaluating, charging cost or logging.
   *
   * @param unit unit coordinates [d]
   * @param fidelity fidelity in (0, 1]
   * @param iteration the algorithm's iteration number, recorded in the tables
   * @throws IllegalStateException if the run is already finished
   * @throws ResumeException if the log holds a different point at this position
   */
  public Observation evaluate(double[] unit, double fidelity, int iteration) {
    if (isFinished()) {
      throw new IllegalStateException("the run is finished (" + termination
          + "); check isFinished() before evaluating");
    }
    double lowest = problem.fidelity().lowest();
    if (!(fidelity >= lowest - 1e-12 && fidelity <= 1)) {
      throw new ConfigException("fidelity", fidelity, "a value in [" + lowest + ", 1] for problem "
          + problem.name());
    }
    double[] u = problem.space().snapUnit(unit);
    Observation seen = evaluated.get(key(u, fidelity));
    if (seen != null) {
      return seen; // checked before the replay: a duplicate was never logged
    }
    if (hasReplay()) {
      Observation o = replay.get(observations.size());
      if (!Arrays.equals(o.unit(), u) || o.fidelity() != fidelity) {
        throw new ResumeException("run log record #" + o.index() + " holds design "
            + Arrays.toString(o.unit()) + " at fidelity " + o.fidelity() + " but the algorithm now "
            + "proposes " + Arrays.toString(u) + " at fidelity " + fidelity
            + "; the log was written by different code or settings");
      }
      record(o, false);
      return o;
    }
    double[] design = problem.space().fromUnit(u);
    Evaluation e = problem.evaluator().evaluate(design, fidelity);
    double[] y = e.objectives();
    if (y.length != problem.objectiveCount()) {
      throw new ConfigException("evaluator result length", y.length,
          problem.objectiveCount() + " objective values (one per Objective)");
    }
    double[] m = new double[y.length];
    for (int j = 0; j < y.length; j++) {
      m[j] = problem.objectives().get(j).toMinimized(y[j]);
    }
    Observation o = new Observation(observations.size(), iteration, u, fidelity, e.cost(), y, m);
    record(o, true);
    return o;
  }

  private void record(Observation o, boolean append) {
    if (append) {
      log.ifPresent(l -> l.append(o));
    }
    observations.add(o);
    if (evaluated.putIfAbsent(Arrays.toString(o.input()), o) == null) {
      evaluatedPerFidelity.merge(o.fidelity(), 1, Integer::sum);
    }
    totalCost += o.cost();
    if (o.isTopFidelity()) {
      double[] p = o.minimized();
      boolean dominated = false;
      for (double[] q : topFront) {
        if (Pareto.dominates(q, p) || Arrays.equals(q, p)) {
          dominated = true;
          break;
        }
      }
      if (!dominated) {
        topFront.removeIf(q -> Pareto.dominates(p, q));
        topFront.add(p);
        currentHv = Hypervolume.of(topFront.toArray(new double[0][]), reference);
      }
    }
    cumulativeCost.add(totalCost);
    hypervolume.add(currentHv);
    listener.onProgress(new OptimizationProgress(o.iteration(), observations.size(), totalCost, currentHv,
        termination.progress(observations.size(), totalCost)));
  }

  double[] cumulativeCosts() {
    return cumulativeCost.stream().mapToDouble(Double::doubleValue).toArray();
  }

  double[] hypervolumes() {
    return hypervolume.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
