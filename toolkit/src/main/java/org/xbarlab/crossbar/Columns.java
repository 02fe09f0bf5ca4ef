package org.xbarlab.crossbar;

/** Column names of the tables produced by this package (units in the names, R5/R9). */
public final class Columns {
  private Columns() {}

  /** Monte-Carlo trial index (0-based). */
  public static final String TRIAL = "trial";
  /** Seed of the run that produced the row. */
  public static final String SEED = "seed";
  /** Top-1 accuracy in [0, 1]. */
  public static final String ACCURACY_TOP1 = "accuracy_top1";
  /** Number of images evaluated. */
  public static final String IMAGES = "images";
  /** Number of Monte-Carlo trials. */
  public static final String TRIALS = "trials";
  /** Mean of accuracy_top1 over trials. */
  public static final String ACCURACY_MEAN = "accuracy_top1_mean";
  /** Sample standard deviation of accuracy_top1 over trials. */
  public static final String ACCURACY_STD = "accuracy_top1_std";
  /** Lower end of the 95% Student-t confidence interval of the mean. */
  public static final String ACCURACY_CI95_LOW = "accuracy_top1_ci95_low";
  /** Upper end of the 95% Student-t confidence interval of the mean. */
  public static final String ACCURACY_CI95_HIGH = "accuracy_top1_ci95_high";
  /** Accuracy of the unmodified DL4J network (float32) on the same data. */
  public static final String BASELINE_ACCURACY = "baseline_accuracy_top1";
  /** Name of the swept configuration field. */
  public static final String PARAMETER = "parameter";
  /** Value of the swept field, as text. */
  public static final String PARAMETER_VALUE = "parameter_value";
  /** Wall-clock time of an evaluation in seconds. */
  public static final String EVAL_TIME_S = "eval_time_s";
}
