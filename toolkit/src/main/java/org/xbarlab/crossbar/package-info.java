/**
 * Pipeline stage "crossbar": the design point ({@link org.xbarlab.crossbar.CrossbarConfig} and its
 * presets), the weight-to-conductance mapping read by the simulator and the cost model alike
 * ({@link org.xbarlab.crossbar.WeightMapping}, {@link org.xbarlab.crossbar.MappingScheme}), the
 * mapping of a trained {@link org.xbarlab.nn.Network} onto crossbar tiles
 * ({@link org.xbarlab.crossbar.CrossbarMapping}), optionally placed by a
 * {@link org.xbarlab.crossbar.Remapping} (rows and kernels permuted per layer, as the remapping
 * strategies of {@code org.xbarlab.remap} produce), programmed chips with their tiled MVM, DAC/ADC and
 * non-idealities ({@link org.xbarlab.crossbar.ProgrammedChip}), Monte-Carlo accuracy, per-layer
 * errors, sweeps and the effective-weight hook for noise-aware training
 * ({@link org.xbarlab.crossbar.EffectiveWeights}). Imports {@code org.xbarlab}, {@code nn},
 * {@code device}, {@code noise} and DL4J/ND4J/Tablesaw.
 */
package org.xbarlab.crossbar;
