package org.xbarlab.optimize;

import org.xbarlab.RandomSource;

/**
 * Baseline: uniform random designs at the top fidelity; proposal i uses {@code rng.split(i)}. A
 * proposal of a design already evaluated costs nothing (see {@link Run}) and is followed by the
 * next proposal; on a finite grid the search stops once every design is evaluated.
 */
public final class RandomSearch implements Algorithm {
  private RandomSearch() {}

  /** Returns the random-search baseline. */
  public static RandomSearch create() {
    return new RandomSearch();
  }

  @Override
  public String describe() {
    return "random-search";
  }

  @Override
  public void run(Run run) {
    RandomSource root = run.rng().split("random-search");
    int d = run.problem().space().dimension();
    // counts proposals, not evaluations: a duplicate must not repeat the same random stream
    for (int i = 0; !run.isFinished() && !run.isExhausted(1.0); i++) {
      RandomSource r = root.split(i);
      double[] u = new double[d];
      for (int j = 0; j < d; j++) {
        u[j] = r.uniform();
      }
      run.evaluate(u, 1.0, i);
    }
  }
}
