package org.xbarlab.optimize;

import java.util.List;

/**
 * CF-MESMO acquisition (papers.md 1.7 steps 5-7, transcribed from iMOCA): information gain about
 * the Pareto front per unit cost. At the top fidelity the TG formula is used; at a lower fidelity z
 * the EG approximation with the posterior correlation between f(x, z) and f(x, 1). The sum over
 * objectives of the sample-averaged gain is divided by {@code cost(z) / cost(1)}. Lower fidelities
 * are pruned BOCA-style: level m of M is disallowed for an objective when
 * {@code sigma(x, z_m) < xi_m (cost(z_m)/cost(1))^q} or {@code xi_m < beta_t / l_z}, with
 * {@code xi_m = ((M-1-m)/(M-1)) / l_z}, {@code q = 1/(d+3)},
 * {@code beta_t = 0.125 d ln(2 l_x t + 1)} (sigma in standardised units); a level is scored only
 * if at least one objective allows it.
 *
 * <p>With a joint top-fidelity gain ({@link #withJointGain}, PFES for 2-3 objectives) the score of
 * (x, z) is that gain at (x, 1) times the share of MESMO's per-objective gain that an evaluation at
 * z keeps, {@code sum_j EG_j(x, z) / sum_j TG_j(x)}, per unit cost: an XbarLab approximation (the
 * joint extended-Gaussian entropy has no closed form) that is exact at the top fidelity and keeps
 * the per-objective decorrelation of the lower ones.
 */
public final class CfMesmoAcquisition implements Acquisition {
  private final List<GaussianProcess.Fitted> posteriors;
  private final FrontThresholds thresholds;
  private final Fidelity fidelity;
  private final int iteration;
  private final boolean prune;
  private final ParetoFrontierEntropy joint;

  /**
   * Creates the acquisition.
   *
   * @param posteriors one fitted GP per objective over (x, z), minimisation convention
   * @param yStar [S x k] sampled per-objective minima of the top-fidelity Pareto front
   * @param fidelity fidelity grid and a-priori cost model
   * @param iteration BO iteration t >= 1 (enters beta_t of the pruning rule)
   * @param prune whether to apply the fidelity pruning of step 7
   */
  public CfMesmoAcquisition(List<GaussianProcess.Fitted> posteriors, double[][] yStar,
      Fidelity fidelity, int iteration, boolean prune) {
    this(posteriors, FrontThresholds.constant(yStar), fidelity, iteration, prune);
  }

  /**
   * Creates the acquisition with design-dependent thresholds (exact objectives); other parameters
   * as {@link #CfMesmoAcquisition(List, double[][], Fidelity, int, boolean)}.
   */
  public CfMesmoAcquisition(List<GaussianProcess.Fitted> posteriors, FrontThresholds thresholds,
      Fidelity fidelity, int iteration, boolean prune) {
    this(posteriors, thresholds, fidelity, iteration, prune, null);
  }

  private CfMesmoAcquisition(List<GaussianProcess.Fitted> posteriors, FrontThresholds thresholds,
      Fidelity fidelity, int iteration, boolean prune, ParetoFrontierEntropy joint) {
    this.posteriors = List.copyOf(posteriors);
    this.thresholds = thresholds;
    this.fidelity = fidelity;
    this.iteration = Math.max(1, iteration);
    this.prune = prune;
    this.joint = joint;
  }

  /** Returns a copy whose top-fidelity gain is {@code topGain}'s joint one (see the class note). */
  public CfMesmoAcquisition withJointGain(ParetoFrontierEntropy topGain) {
    return new CfMesmoAcquisition(posteriors, thresholds, fidelity, iteration, prune, topGain);
  }

  @Override
  public double[] score(double[][] candidates) {
    double[] out = new double[candidates.length];
    for (int i = 0; i < candidates.length; i++) {
      int d = candidates[i].length - 1;
      double[] x = java.util.Arrays.copyOf(candidates[i], d);
      out[i] = scoreAcrossFidelities(x, new double[] {candidates[i][d]})[0];
    }
    return out;
  }

  @Override
  public double[] scoreAcrossFidelities(double[] design, double[] zs) {
    int d = design.length;
    int levels = fidelity.levels();
    double[] zsTop = java.util.Arrays.copyOf(zs, zs.length + 1);
    zsTop[zs.length] = 1.0;
    double[] gain = new double[zs.length];
    boolean[] allowed = new boolean[zs.length];
    for (int m = 0; m < zs.length; m++) {
      allowed[m] = !prune || zs[m] >= 1.0;
    }
    double q = 1.0 / (d + 3);
    double[][] yStar = thresholds.at(design);
    double topGain = 0;
    double[] muTops = new double[posteriors.size()];
    double[] sdTops = new double[posteriors.size()];
    for (int j = 0; j < posteriors.size(); j++) {
      GaussianProcess.Fitted post = posteriors.get(j);
      double[][] pred = post.predictAcrossFidelities(design, zsTop);
      double muTop = pred[0][zs.length];
      double sdTop = Math.sqrt(pred[1][zs.length]);
      double lz = post.fidelityLengthScale();
      double lx = post.designLengthScale();
      double betaT = 0.125 * d * Math.log(2 * lx * iteration + 1);
      muTops[j] = muTop;
      sdTops[j] = sdTop;
      for (double[] ys : yStar) {
        topGain += InformationGain.truncatedGaussian((muTop - ys[j]) / sdTop) / yStar.length;
      }
      for (int m = 0; m < zs.length; m++) {
        double rho = pred[2][m];
        double sum = 0;
        for (double[] ys : yStar) {
          double g = (muTop - ys[j]) / sdTop;
          sum += zs[m] >= 1.0 ? InformationGain.truncatedGaussian(g)
              : InformationGain.extendedGaussian(g, rho);
        }
        gain[m] += sum / yStar.length;
        if (prune && !allowed[m]) {
          double level = levels > 1
              ? (zs[m] - fidelity.lowest()) / (1.0 - fidelity.lowest()) * (levels - 1) : levels - 1;
          double xi = ((levels - 1 - level) / Math.max(1, levels - 1)) / lz;
          double gammaM = xi * Math.pow(fidelity.costModel().normalized(zs[m]), q);
          double sdStd = Math.sqrt(pred[1][m]) / post.targetStd();
          if (!(sdStd < gammaM || xi < betaT / lz)) {
            allowed[m] = true;
          }
        }
      }
    }
    if (joint != null) {
      double j = joint.gain(muTops, sdTops);
      for (int m = 0; m < zs.length; m++) {
        // EG <= TG in exact arithmetic; the EG table's interpolation error (< 2e-3 nats) can
        // push the share a hair above 1
        gain[m] = topGain > 0 ? j * Math.min(1.0, gain[m] / topGain) : 0.0;
      }
    }
    double[] out = new double[zs.length];
    for (int m = 0; m < zs.length; m++) {
      out[m] = allowed[m] ? gain[m] / fidelity.costModel().normalized(zs[m])
          : Double.NEGATIVE_INFINITY;
    }
    return out;
  }
}
