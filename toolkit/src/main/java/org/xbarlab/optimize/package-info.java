/**
 * Stage {@code optimize} of the pipeline ({@code ... -> cost -> optimize -> nax}): multi-objective,
 * multi-fidelity design-space exploration. A {@link org.xbarlab.optimize.Problem} (design space,
 * objectives with a direction each, fidelity range, evaluator) is solved by an
 * {@link org.xbarlab.optimize.Algorithm} (CF-MESMO, MESMO, NSGA-II, random search) until a
 * {@link org.xbarlab.optimize.Termination}, through the one entry point
 * {@link org.xbarlab.optimize.Optimization#minimize}. Bayesian optimisation is composed of a
 * {@link org.xbarlab.optimize.SurrogateModel}, an {@link org.xbarlab.optimize.Acquisition} and an
 * {@link org.xbarlab.optimize.AcquisitionOptimizer}. Every evaluation can be appended to a
 * {@link org.xbarlab.optimize.RunLog} so a killed run resumes where it stopped. Internally every
 * objective is minimised; the sign flip for maximised objectives lives in
 * {@link org.xbarlab.optimize.Objective#toMinimized(double)} only.
 */
package org.xbarlab.optimize;
