/**
 * Pipeline stage "fault": stuck-at-fault studies of a mapped network (the JLPEA 2022 mapping
 * transformation, papers.md section 4). The mappings compared are
 * {@link org.xbarlab.crossbar.MappingScheme}s the engine and the cost model both understand; the
 * fault maps are the engine's ({@link org.xbarlab.noise.StuckAtFaults}, every cell of every bit
 * slice independently). {@link org.xbarlab.fault.WeightHistogram} shows why zeros matter;
 * {@link org.xbarlab.fault.FaultStudy} sweeps fault rate and SA1:SA0 ratio over frozen fault maps,
 * runs the baselines (profiled digital correction, fault-aware fine-tuning on each chip) and costs
 * the faulty chips from their programmed conductances. Imports {@code org.xbarlab}, {@code nn},
 * {@code device}, {@code noise}, {@code crossbar}, {@code cost}, {@code train} and {@code data}.
 */
package org.xbarlab.fault;
