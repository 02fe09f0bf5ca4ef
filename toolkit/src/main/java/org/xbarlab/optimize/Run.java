package org.xbarlab.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;
import org.xbarlab.ResumeException;

/**
 * The state of one optimisation run as an {@link Algorithm} sees it: the problem, the run's
 * randomness, the observations so far and {@link #evaluate}, which evaluates (or, when resuming,
 * replays from the run log), records cost, appends to the log, updates the hypervolume trace and
 * reports progress. Created by {@link Optimization}; not thread-safe.
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
  private final Set<String> evaluatedKeys = new HashSet<>();
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

  /** Returns true once the termination criterion is met. */
  public boolean isFinished() {
    return termination.isDone(observations.size(), totalCost);
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
    return evaluatedKeys.contains(Arrays.toString(point));
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
   * {@code fidelity}, or replays it from the run log when resuming.
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
    evaluatedKeys.add(Arrays.toString(o.input()));
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
