/**
 * Stage {@code cost}: hardware cost model (area, latency, energy, EDAP) of a network mapped onto
 * ReRAM crossbars. Inputs are this package's own small types ({@link
 * org.xbarlab.cost.LayerWorkload}, {@link org.xbarlab.cost.NetworkWorkload}, {@link
 * org.xbarlab.cost.CostDesign}); {@code NetworkWorkload.from(CrossbarMapping)} turns a simulated
 * mapping into them. {@link org.xbarlab.cost.CostModel} documents the equations and orchestrates one
 * small package-private class per {@link org.xbarlab.cost.CostComponent}; {@link
 * org.xbarlab.cost.TechnologyParameters} (with its nested {@link
 * org.xbarlab.cost.CircuitParameters}) holds every number and its source; {@link
 * org.xbarlab.cost.CostOptions} holds the modelling choices (XbarLab's default and a NeuroSim-like
 * preset); {@link org.xbarlab.cost.Calibration} compares with published DNN+NeuroSim results. Outputs
 * are tidy Tablesaw tables with column names in {@link org.xbarlab.Columns}.
 *
 * <p>Imports only {@code org.xbarlab} (root), {@code org.xbarlab.crossbar} (for the mapping
 * adapter) and Tablesaw.
 */
package org.xbarlab.cost;
