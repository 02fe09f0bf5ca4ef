/**
 * Pipeline stage "nax": NAX-style co-design of each convolution's kernel size and the crossbar size
 * it is mapped onto (Negi et al., DAC 2022; papers.md section 2, a reconstruction: no code is
 * public). {@link org.xbarlab.nax.NaxSpace} is the search space (per layer or per residual stage),
 * {@link org.xbarlab.nax.NaxDesign} one point of it (a ResNet-20 with per-layer kernels on a chip
 * with per-layer tile sizes), {@link org.xbarlab.nax.NaxProblem} the two-objective problem
 * (accuracy of the mapped network under non-idealities that grow with the tile size, against the
 * EDAP of the heterogeneous chip) for the project's optimisers. Imports {@code org.xbarlab},
 * {@code nn}, {@code data}, {@code crossbar}, {@code train}, {@code cost} and {@code optimize}.
 */
package org.xbarlab.nax;
