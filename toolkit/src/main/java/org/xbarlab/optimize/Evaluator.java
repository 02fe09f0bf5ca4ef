package org.xbarlab.optimize;

/**
 * Evaluates a design at a fidelity. For noise-aware training the fidelity is the fraction of the
 * full training budget (epochs / max epochs); single-fidelity problems always receive 1.0.
 * Implementations must be deterministic for a given (design, fidelity) or draw randomness from
 * their own seeded source; the optimiser never retries an evaluation.
 */
@FunctionalInterface
public interface Evaluator {
  /**
   * Returns the objective values and the measured cost.
   *
   * @param design design values [d] in natural units, in the order of the problem's space
   * @param fidelity fidelity in (0, 1], 1 = highest (full) fidelity
   */
  Evaluation evaluate(double[] design, double fidelity);

  /**
   * Returns an evaluator that receives the explicit fidelity value ({@link Fidelity#toExplicit},
   * for example epochs) instead of the normalised fidelity.
   *
   * @param fidelity the problem's fidelity setting
   * @param explicitEvaluator called with (design, explicit fidelity value)
   */
  static Evaluator explicit(Fidelity fidelity, Evaluator explicitEvaluator) {
    return (design, z) -> explicitEvaluator.evaluate(design, fidelity.toExplicit(z));
  }
}
