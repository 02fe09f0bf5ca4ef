package org.xbarlab.crossbar;

import org.xbarlab.Columns;

import tech.tablesaw.api.Table;

/**
 * Result of {@link MonteCarlo#evaluate}: per-trial rows and a one-row summary.
 *
 * @param trials columns {@code trial}, {@code seed}, {@code accuracy_top1}, {@code images}
 * @param summary columns {@code trials}, {@code seed}, {@code accuracy_top1_mean},
 *     {@code accuracy_top1_std}, {@code accuracy_top1_ci95_low}, {@code accuracy_top1_ci95_high},
 *     {@code baseline_accuracy_top1}, {@code images}, {@code eval_time_s}
 */
public record MonteCarloResult(Table trials, Table summary) {
  /** Returns the mean top-1 accuracy over trials. */
  public double meanAccuracy() {
    return summary.doubleColumn(Columns.ACCURACY_TOP1_MEAN).get(0);
  }
}
