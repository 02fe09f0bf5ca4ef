package org.xbarlab.optimize;

/** Receives a {@link OptimizationProgress} after every evaluation (the notebook layer renders it). */
@FunctionalInterface
public interface OptimizationListener {
  /** Called on the optimisation thread after each evaluation, including replayed ones. */
  void onProgress(OptimizationProgress progress);

  /** Returns a listener that ignores reports. */
  static OptimizationListener none() {
    return p -> {};
  }
}
