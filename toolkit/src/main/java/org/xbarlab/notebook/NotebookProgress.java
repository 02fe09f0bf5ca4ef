package org.xbarlab.notebook;

import org.xbarlab.ProgressListener;

/** Adapts the library's {@link ProgressListener} to a {@link Progress} bar. */
public final class NotebookProgress implements ProgressListener {
  private Progress progress;

  private NotebookProgress() {}

  /**
   * Returns a listener for {@code Optimization...withListener(...)} that shows one bar for the run
   * (its fraction of the termination budget) with iteration, evaluations, cost and best hypervolume.
   */
  public static org.xbarlab.optimize.OptimizationListener optimization(String task) {
    long steps = 1000;
    Progress[] bar = new Progress[1];
    return p -> {
      if (bar[0] == null) {
        bar[0] = Progress.start(task, steps);
      }
      long target = Math.round(Math.min(1.0, Math.max(0.0, p.fractionDone())) * steps);
      bar[0].advance(Math.max(0, target - bar[0].done()), String.format(java.util.Locale.ROOT,
          "iteration %d, %d evaluations, cost %.3g, best hypervolume %.4g", p.iteration(), p.evaluations(),
          p.cumulativeCost(), p.bestHypervolume()));
      if (target >= steps) {
        bar[0].close();
      }
    };
  }

  /** Returns a listener that shows a bar in a notebook and periodic lines elsewhere. */
  public static ProgressListener bar() {
    return new NotebookProgress();
  }

  @Override
  public void begin(String task, long totalSteps) {
    end();
    progress = Progress.start(task, Math.max(1, totalSteps));
  }

  @Override
  public void step(String message) {
    if (progress != null) {
      progress.advance(message);
    }
  }

  @Override
  public void end() {
    if (progress != null) {
      progress.close();
      progress = null;
    }
  }
}
