package org.xbarlab.optimize;

/**
 * A probabilistic regression model over inputs {@code (x, z)}: unit design coordinates [d]
 * followed by the fidelity z, one row per observation.
 */
public interface SurrogateModel {
  /**
   * Fits the model and returns its posterior.
   *
   * @param inputs [n x (d+1)] unit design coordinates then fidelity
   * @param targets [n] observed values (minimisation convention)
   */
  Posterior fit(double[][] inputs, double[] targets);
}
