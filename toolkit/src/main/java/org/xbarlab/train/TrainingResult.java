package org.xbarlab.train;

import tech.tablesaw.api.Table;
import org.xbarlab.Columns;
import org.xbarlab.nn.Network;

/**
 * Outcome of {@link NoiseAwareTraining#train}.
 *
 * @param network the fine-tuned network (a copy; clean, no noise hook attached)
 * @param history one row per epoch: epoch, training_method, seed, train_loss, accuracy_top1, train_time_s
 *     (epochs restored from a checkpoint keep the values recorded when they ran)
 * @param resumedFromEpoch epochs taken from a checkpoint (0 for a fresh run)
 */
public record TrainingResult(Network network, Table history, int resumedFromEpoch) {
  /** Returns the clean top-1 accuracy after the last epoch, in [0, 1]. */
  public double finalAccuracyTop1() {
    return history.doubleColumn(Columns.ACCURACY_TOP1).get(history.rowCount() - 1);
  }
}
