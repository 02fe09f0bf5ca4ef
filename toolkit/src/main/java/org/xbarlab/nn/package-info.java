/**
 * Stage "nn", after {@code data}: the one network abstraction every later stage takes
 * ({@link org.xbarlab.nn.Network}, over DL4J's {@code MultiLayerNetwork} and single-input,
 * single-output {@code ComputationGraph}), the one layer kind ({@link org.xbarlab.nn.LayerKind}),
 * network builders (MLP, small CNN, LeNet-5, VGG-style, ResNet-20), training loops with progress,
 * accuracy evaluation, weight-noise sweeps and a cache of pre-trained networks. Everything is
 * seeded. Imports {@code org.xbarlab}, {@code data} and DL4J/ND4J/Tablesaw.
 */
package org.xbarlab.nn;
