/**
 * Stage {@code cost}: hardware cost model (area, latency, energy, EDAP) of a network mapped onto
 * ReRAM crossbars. Inputs are this package's own small types ({@link
 * org.xbarlab.cost.LayerWorkload}, {@link org.xbarlab.cost.NetworkWorkload}, {@link
 * org.xbarlab.cost.CostDesign}); a later adapter turns {@code crossbar.CrossbarMapping} into them.
 * {@link org.xbarlab.cost.CostModel} documents the equations, {@link
 * org.xbarlab.cost.TechnologyParameters} every number and its source, {@link
 * org.xbarlab.cost.Calibration} the comparison with published DNN+NeuroSim results. Outputs are
 * tidy Tablesaw tables with column names in {@link org.xbarlab.cost.CostColumns}.
 *
 * <p>Imports only {@code org.xbarlab} (root) and Tablesaw.
 */
package org.xbarlab.cost;
