package org.xbarlab.optimize;

/**
 * An optimiser. {@link #run(Run)} proposes points and calls {@link Run#evaluate} until
 * {@link Run#isFinished()}; the {@link Run} does the bookkeeping (cost, run log, hypervolume,
 * progress). An algorithm must be deterministic given the run's {@link Run#rng()} and the
 * observations so far, so that a resumed run repeats the same proposals.
 */
public interface Algorithm {
  /** Returns a one-line description including every setting (recorded in run logs). */
  String describe();

  /** Runs until the run is finished. */
  void run(Run run);
}
