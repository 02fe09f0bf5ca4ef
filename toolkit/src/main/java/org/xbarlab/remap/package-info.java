/**
 * Pipeline stage "remap": sensitivity-ranked remapping against line resistance (X-CHANGR, Agrawal,
 * Lee, Roy 2019; papers.md section 3). A {@link org.xbarlab.remap.PositionErrorProfile} says, from
 * the exact nodal solve, how much current each word-line and bit-line position loses;
 * {@link org.xbarlab.remap.KernelSensitivity} ranks kernels and weights; the static
 * ({@link org.xbarlab.remap.StaticRemapping}, SRS) and dynamic
 * ({@link org.xbarlab.remap.DynamicRemapping}, DRS) strategies turn both into a
 * {@link org.xbarlab.crossbar.Remapping}, an input of {@link org.xbarlab.crossbar.CrossbarMapping};
 * {@link org.xbarlab.remap.RemappingStudy} compares them with the paper. Imports {@code org.xbarlab},
 * {@code nn}, {@code device}, {@code noise} and {@code crossbar}.
 */
package org.xbarlab.remap;
