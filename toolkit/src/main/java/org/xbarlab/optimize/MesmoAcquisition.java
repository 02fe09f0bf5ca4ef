package org.xbarlab.optimize;

import java.util.List;

/**
 * MESMO (Belakaria et al., NeurIPS 2019): the sum over objectives of the truncated-Gaussian
 * max-value entropy gain, averaged over Pareto-front samples. Single fidelity: every candidate is
 * scored as if evaluated at its own fidelity with the TG formula, without cost normalisation.
 */
public final class MesmoAcquisition implements Acquisition {
  private final List<GaussianProcess.Fitted> posteriors;
  private final FrontThresholds thresholds;

  /**
   * Creates the acquisition.
   *
   * @param posteriors one fitted GP per objective (minimisation convention)
   * @param yStar [S x k] sampled per-objective minima of the Pareto front (clamped)
   */
  public MesmoAcquisition(List<GaussianProcess.Fitted> posteriors, double[][] yStar) {
    this(posteriors, FrontThresholds.constant(yStar));
  }

  /**
   * Creates the acquisition with design-dependent thresholds (exact objectives).
   *
   * @param posteriors one fitted GP per evaluated objective (minimisation, model units)
   * @param thresholds what each front sample says each of them cannot beat
   */
  public MesmoAcquisition(List<GaussianProcess.Fitted> posteriors, FrontThresholds thresholds) {
    this.posteriors = List.copyOf(posteriors);
    this.thresholds = thresholds;
  }

  @Override
  public double[] score(double[][] candidates) {
    double[] out = new double[candidates.length];
    for (int i = 0; i < candidates.length; i++) {
      double total = 0;
      double[][] yStar = thresholds.at(
          java.util.Arrays.copyOf(candidates[i], candidates[i].length - 1));
      for (int j = 0; j < posteriors.size(); j++) {
        GaussianProcess.Fitted post = posteriors.get(j);
        double mu = post.mean(candidates[i]);
        double sd = Math.sqrt(post.variance(candidates[i]));
        double sum = 0;
        for (double[] ys : yStar) {
          sum += InformationGain.truncatedGaussian((mu - ys[j]) / sd);
        }
        total += sum / yStar.length;
      }
      out[i] = total;
    }
    return out;
  }
}
