package org.xbarlab.optimize;

/**
 * A progress report after one evaluation.
 *
 * @param iteration algorithm iteration of the last evaluation
 * @param evaluations evaluations so far
 * @param cumulativeCost total measured evaluation cost so far
 * @param bestHypervolume hypervolume of the top-fidelity evaluations so far
 * @param fractionDone progress towards the termination budget in [0, 1]
 */
public record OptimizationProgress(int iteration, int evaluations, double cumulativeCost,
    double bestHypervolume, double fractionDone) {}
