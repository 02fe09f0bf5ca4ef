package org.xbarlab.train;

/**
 * The training methods compared in ReSNA (papers.md 1.5): the method is fixed by the
 * {@link WeightNoiseSampler} used during training.
 */
public enum TrainingMethod {
  /** Plain fine-tuning with clean weights (the paper's noise-unaware baseline). */
  NOISE_UNAWARE,
  /** Random Gaussian weight noise, sigma relative to max |W| per layer (baseline RGN). */
  RGN,
  /** Programming noise only: quantised weights plus a third of a level step (baseline PROG). */
  PROG,
  /** Full stochastic crossbar noise (thermal, shot, programming, RTN, faults): ReSNA. */
  RESNA,
  /**
   * ReSNA's loop with one programmed chip as the noise: its frozen stuck-at fault map (and any
   * device variation) in every minibatch ({@link FrozenChipWeightNoise}), so the network learns
   * around the faults of the chip it will run on.
   */
  FAULT_AWARE
}
