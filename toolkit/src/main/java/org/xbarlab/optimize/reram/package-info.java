/**
 * The ReRAM-crossbar design problem of Yang et al., ICCAD 2021 (arXiv 2109.05437), for the
 * optimisers of {@code org.xbarlab.optimize}: design variables cell bits, crossbar size, operating
 * frequency and temperature; objectives accuracy under stochastic noise after ReSNA training at a
 * fidelity of z epochs (maximised) and area, latency and energy from the cost model (minimised).
 * This sub-package joins the stages (train, crossbar, cost) that the generic optimiser must not know.
 * {@link org.xbarlab.optimize.reram.ReramDesignProblem} is the live problem; {@link
 * org.xbarlab.optimize.reram.ReramTable} tabulates it on a {@link org.xbarlab.optimize.reram.ReramGrid}
 * once, so comparisons of many seeds run against the table.
 */
package org.xbarlab.optimize.reram;
