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
 *
 * <pre>{@code
 * Problem p = TestProblems.braninCurrin();                  // or your own Problem.of(...)
 * OptimizationResult r = Optimization.of(p, BayesianOptimization.cfMesmo(),
 *         Termination.maxCost(30.0), 7)
 *     .withRunLog(Path.of("runs/cf-mesmo-7.csv"))          // resumes if the file exists
 *     .withListener(progress -> System.out.println(progress))
 *     .run();
 * Table evals = r.evaluations();      // one row per evaluation (schema in its Javadoc)
 * Table front = r.paretoFront();      // non-dominated top-fidelity rows
 * Table trace = r.hypervolumeTrace(); // cumulative_cost vs hypervolume
 * OptionalDouble cost = r.costToReach(0.9 * referenceHypervolume);
 * }</pre>
 *
 * <p>Differences from the MESMO / iMOCA reference code (papers.md 1.7): the GP has one design and
 * one fidelity length-scale, fitted every iteration by grid + pattern search on the log marginal
 * likelihood (no sklearn restarts, no 20-iteration grid refresh); posterior function samples use
 * Matheron's rule (exact for the Bayesian linear regression, n x n instead of D x D); the EG
 * integral is tabulated and interpolated; the acquisition is maximised by random candidates plus a
 * bounded coordinate pattern search instead of L-BFGS-B; the initial design is uniform random
 * instead of a Sobol grid; the evaluation cost of Branin/Currin-CF is the sum of both objectives'
 * costs.
 */
package org.xbarlab.optimize;
