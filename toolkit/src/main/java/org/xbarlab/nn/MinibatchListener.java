package org.xbarlab.nn;

import java.util.Locale;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.xbarlab.ProgressListener;

/**
 * A DL4J training listener that averages the minibatch losses of the current epoch, counts its
 * examples, runs an optional hook after every minibatch (noise-aware training advances its noise
 * clock there) and reports one progress step per minibatch.
 */
public final class MinibatchListener extends BaseTrainingListener {
  private final ProgressListener progress;
  private final Runnable afterEachBatch;
  private int epoch;
  private int epochs;
  private double lossSum;
  private long batches;
  private long examples;

  /**
   * Creates the listener.
   *
   * @param progress receives "epoch e/E, loss x" after every minibatch
   * @param afterEachBatch runs after each minibatch, before the progress step
   */
  public MinibatchListener(ProgressListener progress, Runnable afterEachBatch) {
    this.progress = progress;
    this.afterEachBatch = afterEachBatch;
  }

  /** Resets the epoch's averages; {@code e} of {@code total} is shown in the progress message. */
  public void startEpoch(int e, int total) {
    epoch = e;
    epochs = total;
    lossSum = 0;
    batches = 0;
    examples = 0;
  }

  /** Returns the mean minibatch loss of the epoch so far (NaN before the first minibatch). */
  public double meanLoss() {
    return batches == 0 ? Double.NaN : lossSum / batches;
  }

  /** Returns the examples seen in the epoch so far. */
  public long examples() {
    return examples;
  }

  @Override
  public void iterationDone(Model model, int iteration, int epochIndex) {
    lossSum += model.score();
    batches++;
    examples += model.batchSize();
    afterEachBatch.run();
    progress.step(String.format(Locale.ROOT, "epoch %d/%d, loss %.4f", epoch, epochs, meanLoss()));
  }
}
