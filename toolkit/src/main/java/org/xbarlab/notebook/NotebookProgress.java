package org.xbarlab.notebook;

import org.xbarlab.ProgressListener;

/** Adapts the library's {@link ProgressListener} to a {@link Progress} bar. */
public final class NotebookProgress implements ProgressListener {
  private Progress progress;

  private NotebookProgress() {}

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
