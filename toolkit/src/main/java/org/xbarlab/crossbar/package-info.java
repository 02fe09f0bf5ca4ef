/**
 * Pipeline stage "crossbar": the design point ({@link org.xbarlab.crossbar.CrossbarConfig} and its
 * presets), the mapping of a trained DL4J network onto crossbar tiles
 * ({@link org.xbarlab.crossbar.CrossbarMapping}), the tiled MVM with DAC/ADC and non-idealities
 * ({@link org.xbarlab.crossbar.CrossbarSimulator}), Monte-Carlo accuracy, per-layer errors, sweeps
 * and the effective-weight hook for noise-aware training
 * ({@link org.xbarlab.crossbar.EffectiveWeights}). Imports {@code org.xbarlab}, {@code device},
 * {@code noise} and DL4J/ND4J/Tablesaw.
 */
package org.xbarlab.crossbar;
