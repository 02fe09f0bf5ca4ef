package org.xbarlab.optimize;

/** The posterior of a {@link SurrogateModel} over inputs {@code (x [d], z)} (rows [d+1]). */
public interface Posterior {
  /** Returns the posterior mean at {@code input} [d+1], in target units. */
  double mean(double[] input);

  /** Returns the posterior variance of the latent function at {@code input} [d+1]. */
  double variance(double[] input);

  /** Returns the posterior covariance of the latent function between two inputs. */
  double covariance(double[] a, double[] b);
}
