package org.xbarlab.train;

import org.xbarlab.nn.Network;
import tech.tablesaw.api.Table;

/**
 * Outcome of one fidelity evaluation for the optimiser ({@link NoiseAwareTraining#fidelity}):
 * a design trained to {@code epochs} epochs, its accuracies and the cost of getting them.
 *
 * @param network the trained network (clean)
 * @param history per-epoch training history (see {@link TrainingResult#history()})
 * @param epochs the fidelity: total training epochs reached
 * @param accuracyTop1Clean noise-free top-1 accuracy on the test data, in [0, 1]
 * @param noisy Monte-Carlo accuracy under the evaluation noise model
 * @param evalCostSeconds wall-clock seconds spent in this call (training of the epochs not taken
 *     from the checkpoint, plus evaluation)
 */
public record FidelityResult(Network network, Table history, int epochs,
    double accuracyTop1Clean, NoisyEvaluation.Result noisy, double evalCostSeconds) {
  /** Returns the mean noisy top-1 accuracy over the Monte-Carlo trials. */
  public double accuracyTop1Noisy() {
    return noisy.meanAccuracy();
  }
}
