package org.xbarlab.optimize;

import org.xbarlab.RandomSource;

/** Baseline: uniform random designs at the top fidelity; evaluation i uses {@code rng.split(i)}. */
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
    while (!run.isFinished()) {
      int i = run.observations().size();
      RandomSource r = root.split(i);
      double[] u = new double[d];
      for (int j = 0; j < d; j++) {
        u[j] = r.uniform();
      }
      run.evaluate(u, 1.0, i);
    }
  }
}
