package org.xbarlab.optimize;

/** Receives a {@link Progress} after every evaluation (the notebook layer renders it). */
@FunctionalInterface
public interface ProgressListener {
  /** Called on the optimisation thread after each evaluation, including replayed ones. */
  void onProgress(Progress progress);

  /** Returns a listener that ignores reports. */
  static ProgressListener none() {
    return p -> {};
  }
}
