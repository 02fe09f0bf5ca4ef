/**
 * Stage "nn", after {@code data}: network builders (MLP, small CNN, LeNet-5, VGG-style, ResNet-20), training loops with
 * progress, and accuracy evaluation of DL4J networks. Everything is seeded.
 */
package org.xbarlab.nn;
