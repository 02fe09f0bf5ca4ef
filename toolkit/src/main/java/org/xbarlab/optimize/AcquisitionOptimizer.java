package org.xbarlab.optimize;

import java.util.function.Predicate;
import org.xbarlab.RandomSource;

/** Finds the (design, fidelity) pair that maximises an {@link Acquisition}. */
public interface AcquisitionOptimizer {
  /**
   * Returns the proposed point [d+1]: unit design coordinates snapped to the space's grid, then the
   * fidelity (one of {@code fidelities}).
   *
   * @param acquisition the acquisition to maximise
   * @param space the design space (for dimension and snapping of discrete variables)
   * @param fidelities allowed fidelities, ascending
   * @param alreadyEvaluated true for a point [d+1] that must not be proposed again
   * @param rng randomness
   */
  double[] propose(Acquisition acquisition, DesignSpace space, double[] fidelities,
      Predicate<double[]> alreadyEvaluated, RandomSource rng);
}
