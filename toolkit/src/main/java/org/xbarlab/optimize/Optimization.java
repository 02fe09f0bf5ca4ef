package org.xbarlab.optimize;

import java.nio.file.Path;
import java.util.Optional;
import org.xbarlab.ConfigException;

/**
 * The entry point: solves a {@link Problem} with an {@link Algorithm} until a {@link Termination},
 * with a seed, optionally logging every evaluation to a resumable run log and reporting progress.
 * Never mutates its arguments; the same arguments give the same result, also after a resume.
 *
 * <pre>{@code
 * OptimizationResult r = Optimization.minimize(TestProblems.braninCurrin(),
 *     BayesianOptimization.cfMesmo(), Termination.maxCost(40.0), 7);
 * Table front = r.paretoFront();
 *
 * // resumable, with progress:
 * OptimizationResult r2 = Optimization.of(problem, BayesianOptimization.cfMesmo(),
 *         Termination.maxCost(40.0), 7)
 *     .withRunLog(Path.of("runs/cf-mesmo-7.csv"))
 *     .withListener(p -> System.out.println(p))
 *     .run();
 * }</pre>
 */
public final class Optimization {
  private final Problem problem;
  private final Algorithm algorithm;
  private final Termination termination;
  private final long seed;
  private final Optional<Path> runLog;
  private final OptimizationListener listener;

  private Optimization(Problem problem, Algorithm algorithm, Termination termination, long seed,
      Optional<Path> runLog, OptimizationListener listener) {
    if (problem == null) {
      throw new ConfigException("problem", null, "a Problem");
    }
    if (algorithm == null) {
      throw new ConfigException("algorithm", null,
          "an Algorithm such as BayesianOptimization.cfMesmo() or Nsga2.defaults()");
    }
    if (termination == null) {
      throw new ConfigException("termination", null,
          "Termination.maxCost(...) or Termination.maxEvaluations(...)");
    }
    this.problem = problem;
    this.algorithm = algorithm;
    this.termination = termination;
    this.seed = seed;
    this.runLog = runLog;
    this.listener = listener;
  }

  /** Returns a configurable optimisation; call {@link #run()} to execute it. */
  public static Optimization of(Problem problem, Algorithm algorithm, Termination termination,
      long seed) {
    return new Optimization(problem, algorithm, termination, seed, Optional.empty(),
        OptimizationListener.none());
  }

  /** Runs {@code algorithm} on {@code problem} until {@code termination} and returns the result. */
  public static OptimizationResult minimize(Problem problem, Algorithm algorithm,
      Termination termination, long seed) {
    return of(problem, algorithm, termination, seed).run();
  }

  /** As {@link #minimize(Problem, Algorithm, Termination, long)}, logging to (and resuming from) {@code runLog}. */
  public static OptimizationResult minimize(Problem problem, Algorithm algorithm,
      Termination termination, long seed, Path runLog) {
    return of(problem, algorithm, termination, seed).withRunLog(runLog).run();
  }

  /** Returns a copy that appends every evaluation to {@code path} and resumes from it if present. */
  public Optimization withRunLog(Path path) {
    if (path == null) {
      throw new ConfigException("runLog", null, "a file path");
    }
    return new Optimization(problem, algorithm, termination, seed, Optional.of(path), listener);
  }

  /** Returns a copy reporting progress to {@code newListener} after every evaluation. */
  public Optimization withListener(OptimizationListener newListener) {
    if (newListener == null) {
      throw new ConfigException("listener", null, "a OptimizationListener (OptimizationListener.none())");
    }
    return new Optimization(problem, algorithm, termination, seed, runLog, newListener);
  }

  /** Executes the run and returns its result. */
  public OptimizationResult run() {
    Optional<RunLog> log = runLog.map(p -> RunLog.open(p, problem, algorithm.describe(), seed));
    try {
      Run run = new Run(problem, termination, seed, log, listener);
      algorithm.run(run);
      while (!run.isFinished() && run.hasReplay()) {
        run.replayNext();
      }
      return new OptimizationResult(problem, algorithm.describe(), seed,
          run.observations(), run.cumulativeCosts(), run.hypervolumes());
    } finally {
      log.ifPresent(RunLog::close);
    }
  }
}
