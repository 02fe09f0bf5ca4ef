package org.xbarlab.nax;

/**
 * What one NAX design measured: accuracy of its trained network on its own chip (mean and standard
 * error over Monte-Carlo chips, and the digital network's clean accuracy) and the chip's cost.
 *
 * @param design the design
 * @param accuracy mean top-1 accuracy over chips
 * @param accuracySem standard error of {@code accuracy} over chips
 * @param cleanAccuracy the trained network's accuracy in floating point
 * @param energyPicojoules energy per inference, pJ
 * @param latencyNanoseconds latency per inference, ns
 * @param areaSquareMillimetres chip area, mm^2
 * @param edap energy x delay x area, pJ ns mm^2
 * @param seconds wall-clock seconds of training and evaluation
 */
public record NaxResult(NaxDesign design, double accuracy, double accuracySem, double cleanAccuracy,
    double energyPicojoules, double latencyNanoseconds, double areaSquareMillimetres, double edap,
    double seconds) {}
