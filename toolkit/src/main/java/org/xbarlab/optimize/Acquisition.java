package org.xbarlab.optimize;

/**
 * Scores candidate (design, fidelity) pairs; larger is better. Built from a fitted surrogate per
 * objective for one iteration and then discarded.
 */
public interface Acquisition {
  /**
   * Returns one score per candidate row.
   *
   * @param candidates [n x (d+1)] unit design coordinates followed by the fidelity
   */
  double[] score(double[][] candidates);

  /**
   * Returns the score of design {@code design} [d] at each fidelity of {@code fidelities}
   * ({@code -infinity} for a fidelity the acquisition disallows). Implementations override this to
   * share work across fidelities.
   */
  default double[] scoreAcrossFidelities(double[] design, double[] fidelities) {
    double[][] rows = new double[fidelities.length][];
    for (int m = 0; m < fidelities.length; m++) {
      rows[m] = java.util.Arrays.copyOf(design, design.length + 1);
      rows[m][design.length] = fidelities[m];
    }
    return score(rows);
  }
}
