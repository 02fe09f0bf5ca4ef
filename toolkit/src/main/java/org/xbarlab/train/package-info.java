/**
 * Stage "train", after {@code crossbar}: ReSNA stochastic-noise-aware training (Yang et al., ICCAD
 * 2021, arXiv 2109.05437) and its baselines (noise-unaware fine-tuning, random Gaussian noise RGN,
 * programming noise only PROG), all behind one {@link org.xbarlab.train.WeightNoiseSampler}, so the
 * same noise model drives training, Monte-Carlo evaluation and majority voting. Imports
 * {@code org.xbarlab}, {@code data}, {@code nn}, {@code crossbar} and DL4J/ND4J/Tablesaw.
 */
package org.xbarlab.train;
