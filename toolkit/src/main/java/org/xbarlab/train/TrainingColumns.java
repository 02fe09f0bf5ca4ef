package org.xbarlab.train;

/**
 * Column names of the tables this package produces (units in names, STYLE R5/R9). Shared names
 * ({@code trial}, {@code seed}, {@code accuracy_top1}, ...) equal those of
 * {@link org.xbarlab.crossbar.Columns}.
 */
public final class TrainingColumns {
  private TrainingColumns() {}

  /** Epoch number, 1-based. */
  public static final String EPOCH = "epoch";
  /** Training method name ({@link TrainingMethod}). */
  public static final String METHOD = "method";
  /** Seed of the run. */
  public static final String SEED = org.xbarlab.crossbar.Columns.SEED;
  /** Mean training loss over the epoch's minibatches (computed through the noisy weights). */
  public static final String TRAIN_LOSS = "train_loss";
  /** Clean (noise-free) top-1 accuracy in [0, 1]. */
  public static final String ACCURACY_TOP1 = org.xbarlab.crossbar.Columns.ACCURACY_TOP1;
  /** Wall-clock seconds of the epoch's training, evaluation excluded. */
  public static final String TRAIN_TIME_S = "train_time_s";
  /** Monte-Carlo trial index, 0-based. */
  public static final String TRIAL = org.xbarlab.crossbar.Columns.TRIAL;
  /** Description of the evaluation noise model. */
  public static final String NOISE = "noise";
  /** Whether the classifier layer was majority-voted over three noisy copies. */
  public static final String MAJORITY_VOTE = "majority_vote";
  /** Number of Monte-Carlo trials. */
  public static final String TRIALS = org.xbarlab.crossbar.Columns.TRIALS;
  /** Mean of accuracy_top1 over trials. */
  public static final String ACCURACY_MEAN = org.xbarlab.crossbar.Columns.ACCURACY_MEAN;
  /** Sample standard deviation of accuracy_top1 over trials. */
  public static final String ACCURACY_STD = org.xbarlab.crossbar.Columns.ACCURACY_STD;
  /** Standard error of the mean, {@code std / sqrt(trials)}. */
  public static final String ACCURACY_SEM = "accuracy_top1_sem";
}
