package org.xbarlab.optimize;

import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;

/**
 * One approximate sample of a GP posterior function, built from random Fourier features of the
 * product RBF kernel (CF-MESMO step 3): {@code phi(u) = sqrt(2 s2 / D) cos(W u + b)} with
 * {@code u = (x_1 / l_1, ..., x_d / l_d, z / lz)} (the GP's ARD length-scales and amplitude s2),
 * {@code W ~ N(0, I)}, {@code b ~ U(0, 2 pi)}, and Bayesian linear
 * regression on the standardised targets with prior {@code w ~ N(0, I)} and noise variance
 * {@code max(1/beta, GP noise)}. The weight vector is drawn exactly from {@code N(A^-1 Phi^T y, A^-1 / beta)},
 * {@code A = Phi^T Phi + I / beta}, through Matheron's rule
 * {@code w = w0 + Phi^T (Phi Phi^T + I/beta)^-1 (y - Phi w0 - eps)}, which needs an n x n instead
 * of a D x D factorisation.
 */
public final class FourierFeatureSample {
  private final double[][] omega;
  private final double[] phase;
  private final double[] weights;
  private final double scale;
  private final double[] invLx;
  private final double invLz;
  private final double mean;
  private final double std;

  private FourierFeatureSample(double[][] omega, double[] phase, double[] weights, double[] invLx,
      double invLz, double amplitude, double mean, double std) {
    this.omega = omega;
    this.phase = phase;
    this.weights = weights;
    this.scale = Math.sqrt(2.0 * amplitude / phase.length);
    this.invLx = invLx;
    this.invLz = invLz;
    this.mean = mean;
    this.std = std;
  }

  /**
   * Draws one posterior function sample.
   *
   * @param posterior the fitted GP (its data, length-scales and standardisation are used)
   * @param features number of random features D (iMOCA 100, MESMO 1000)
   * @param beta noise precision of the regression on standardised targets (iMOCA 1e3)
   * @param rng source of the features and the weight draw
   */
  public static FourierFeatureSample draw(GaussianProcess.Fitted posterior, int features,
      double beta, RandomSource rng) {
    if (features < 1) {
      throw new ConfigException("features", features, "an integer >= 1");
    }
    if (!(beta > 0)) {
      throw new ConfigException("beta", beta, "a noise precision > 0");
    }
    double[][] x = posterior.inputs();
    double[] y = posterior.standardizedTargets();
    int n = x.length;
    int p = x[0].length;
    double[][] omega = new double[features][p];
    double[] phase = new double[features];
    for (int f = 0; f < features; f++) {
      for (int j = 0; j < p; j++) {
        omega[f][j] = rng.gaussian();
      }
      phase[f] = 2 * Math.PI * rng.uniform();
    }
    double[] lengths = posterior.designLengthScales();
    double[] invL = new double[lengths.length];
    for (int j = 0; j < invL.length; j++) {
      invL[j] = 1.0 / lengths[j];
    }
    FourierFeatureSample proto = new FourierFeatureSample(omega, phase, new double[features],
        invL, 1.0 / posterior.fidelityLengthScale(), posterior.amplitude(),
        posterior.targetMean(), posterior.targetStd());
    double[][] phi = new double[n][];
    for (int i = 0; i < n; i++) {
      phi[i] = proto.features(x[i]);
    }
    double noise = Math.max(1.0 / beta, posterior.noiseVariance());
    double[] w0 = new double[features];
    for (int f = 0; f < features; f++) {
      w0[f] = rng.gaussian();
    }
    double[] resid = new double[n];
    for (int i = 0; i < n; i++) {
      resid[i] = y[i] - Linalg.dot(phi[i], w0) - Math.sqrt(noise) * rng.gaussian();
    }
    double[][] g = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double v = Linalg.dot(phi[i], phi[j]);
        g[i][j] = v;
        g[j][i] = v;
      }
    }
    double[][] l = null;
    for (double jitter = noise; l == null && jitter < 1; jitter *= 10) {
      for (int i = 0; i < n; i++) {
        g[i][i] = Linalg.dot(phi[i], phi[i]) + jitter;
      }
      l = Linalg.cholesky(g);
    }
    if (l == null) {
      throw new IllegalStateException("feature Gram matrix not positive definite");
    }
    double[] c = Linalg.cholSolve(l, resid);
    double[] w = w0.clone();
    for (int i = 0; i < n; i++) {
      for (int f = 0; f < features; f++) {
        w[f] += phi[i][f] * c[i];
      }
    }
    return new FourierFeatureSample(omega, phase, w, proto.invLx, proto.invLz,
        posterior.amplitude(), proto.mean, proto.std);
  }

  private double[] features(double[] input) {
    int p = input.length;
    double[] u = new double[p];
    for (int j = 0; j < p - 1; j++) {
      u[j] = input[j] * invLx[j];
    }
    u[p - 1] = input[p - 1] * invLz;
    double[] out = new double[phase.length];
    for (int f = 0; f < out.length; f++) {
      out[f] = scale * Math.cos(Linalg.dot(omega[f], u) + phase[f]);
    }
    return out;
  }

  /** Returns the sampled function value at {@code input} [d+1] in target units. */
  public double value(double[] input) {
    int p = input.length;
    double s = 0;
    for (int f = 0; f < phase.length; f++) {
      double[] o = omega[f];
      double a = phase[f] + o[p - 1] * input[p - 1] * invLz;
      for (int j = 0; j < p - 1; j++) {
        a += o[j] * input[j] * invLx[j];
      }
      s += weights[f] * Math.cos(a);
    }
    return mean + std * scale * s;
  }

  /** Returns the sampled function value in standardised units (zero mean, unit std targets). */
  double standardizedValue(double[] input) {
    return (value(input) - mean) / std;
  }
}
