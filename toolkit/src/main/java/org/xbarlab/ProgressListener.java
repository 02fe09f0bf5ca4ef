package org.xbarlab;

/**
 * Receives progress of a long computation (training, Monte-Carlo runs, optimisation). Library
 * stages report through this interface so they never depend on the notebook layer, which supplies a
 * bar that updates in place ({@code NotebookProgress.bar()}).
 */
public interface ProgressListener {
  /** Called once before the first step. */
  void begin(String task, long totalSteps);

  /** Called after each finished step with a short status ("epoch 2 loss 0.41"). */
  void step(String message);

  /** Called once after the last step, also when the computation stops early. */
  void end();

  /** Returns a listener that ignores everything. */
  static ProgressListener none() {
    return new ProgressListener() {
      @Override
      public void begin(String task, long totalSteps) {}

      @Override
      public void step(String message) {}

      @Override
      public void end() {}
    };
  }
}
