package org.xbarlab.bench;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.xbarlab.RandomSource;
import org.xbarlab.crossbar.CrossbarConfig;
import org.xbarlab.crossbar.CrossbarMapping;
import org.xbarlab.crossbar.ProgrammedChip;
import org.xbarlab.nn.NativeHelpers;
import org.xbarlab.noise.LineResistance;
import org.xbarlab.noise.LineResistanceMode;
import org.xbarlab.noise.TileCircuit;
import org.xbarlab.nn.Network;

/**
 * Throughput benchmark (not a test): Monte-Carlo crossbar inference of a LeNet-size network with
 * random weights (PytorX noise + 8-bit DAC/ADC, line resistance off) versus DL4J
 * {@code net.output} (its Java convolution path and, on the oneDNN build, its oneDNN helpers), and
 * the exact IR-drop solve of a 128x128 tile for 64 input vectors.
 *
 * <p>Run: {@code mvn -o -q -pl toolkit test-compile dependency:build-classpath
 * -Dmdep.outputFile=/tmp/cp.txt && java -cp toolkit/target/classes:toolkit/target/test-classes:$(cat
 * /tmp/cp.txt) org.xbarlab.bench.CrossbarBenchmark}
 */
public final class CrossbarBenchmark {
  private CrossbarBenchmark() {}

  /** Runs the benchmark and prints the numbers. */
  public static void main(String[] args) {
    int images = args.length > 0 ? Integer.parseInt(args[0]) : 2048;
    int batch = 256;
    MultiLayerNetwork net = lenet();
    INDArray x = uniform(new long[] {images, 1, 28, 28}, 1);
    // The machine is shared: DL4J passes and crossbar Monte-Carlo trials are interleaved and the
    // best (fastest) of several repetitions is reported for each, which is robust to other load.
    boolean quick = args.length > 1 && args[1].equals("quick");
    CrossbarConfig cfg = CrossbarConfig.pytorx();
    String[] configs = quick ? new String[] {"pytorx (64x64, 7-bit cells)"}
        : new String[] {"pytorx (64x64, 7-bit cells)", "resna (128x128, 8-bit cells)",
            "pytorx, 2-bit cells (4 slices)", "pytorx, 1 % stuck-at faults",
            "pytorx, 1 % faults + correction"};
    int reps = 5;
    // DL4J's two inference paths: its Java im2col + GEMM convolution (M2.1's default, helpers off)
    // and oneDNN's convolution and pooling (the toolkit's build with DL4J's helpers on).
    MultiLayerNetwork javaPath = lenetWithHelpers(false);
    MultiLayerNetwork oneDnn = NativeHelpers.oneDnnBuild() ? lenetWithHelpers(true) : null;
    System.out.println(NativeHelpers.describe());
    for (String name : configs) {
      CrossbarConfig c = name.startsWith("resna") ? CrossbarConfig.resna()
          : name.contains("2-bit") ? cfg.withCellBits(2) : cfg;
      if (name.contains("faults")) {
        c = c.withStuckAtFaults(0.01, 5.0).withStuckAtCorrection(name.contains("correction"));
      }
      CrossbarMapping m = CrossbarMapping.map(Network.of(net), c, x.get(
          org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 256)));
      dl4j(javaPath, x, batch);
      if (oneDnn != null) {
        dl4j(oneDnn, x, batch);
      }
      xbar(m, x, batch, 0, 1); // warm-up
      double bestJava = Double.MAX_VALUE;
      double bestOneDnn = Double.MAX_VALUE;
      double bestXbar = Double.MAX_VALUE;
      for (int r = 0; r < reps; r++) {
        bestJava = Math.min(bestJava, dl4j(javaPath, x, batch));
        if (oneDnn != null) {
          bestOneDnn = Math.min(bestOneDnn, dl4j(oneDnn, x, batch));
        }
        bestXbar = Math.min(bestXbar, xbar(m, x, batch, r + 1, 1));
      }
      System.out.printf("%-32s crossbar MC trial (noise+ADC, IR off) %7.0f images/s | DL4J net.output,"
          + " Java path %7.0f images/s (ratio %.2f)", name, images / bestXbar, images / bestJava,
          bestJava / bestXbar);
      if (oneDnn != null) {
        System.out.printf(" | DL4J net.output, oneDNN helpers %7.0f images/s (ratio %.2f)",
            images / bestOneDnn, bestOneDnn / bestXbar);
      }
      System.out.println();
    }
    if (quick) {
      return;
    }
    // IR solve
    for (double rw : new double[] {1.0, 2.0, 1 / 0.0357}) {
      RandomSource rng = RandomSource.seeded(3);
      int n = 128;
      double[] g = new double[n * n];
      for (int k = 0; k < g.length; k++) {
        g[k] = 3.33e-7 + rng.uniform() * (3.33e-4 - 3.33e-7);
      }
      double[][] v = new double[64][n];
      for (double[] row : v) {
        for (int i = 0; i < n; i++) {
          row[i] = 0.1 * rng.uniform();
        }
      }
      LineResistance lr = LineResistance.of(LineResistanceMode.EXACT, rw, 4, 4);
      for (double tol : new double[] {1e-6, 1e-10}) {
        for (int w = 0; w < 3; w++) { // JIT warm-up on throw-away circuits
          TileCircuit.of(g, n, n, lr).withRelativeTolerance(tol).solve(v);
        }
        TileCircuit c = TileCircuit.of(g, n, n, lr).withRelativeTolerance(tol);
        long tFirst = System.nanoTime();
        c.solve(v); // includes the one-off coarse-grid setup of this tile
        double firstMs = (System.nanoTime() - tFirst) / 1e6;
        double best = Double.MAX_VALUE;
        for (int r = 0; r < 7; r++) {
          long t0 = System.nanoTime();
          c.solve(v);
          best = Math.min(best, (System.nanoTime() - t0) / 1e6);
        }
        System.out.printf("exact IR solve 128x128, batch 64, wire %.1f ohm, load 4 ohm, tol %.0e:"
            + " best of 7 %7.1f ms, %d PCG iterations (first solve of the tile %.1f ms, coarse grid %d)%n",
            rw, tol, best, c.lastIterationCount(), firstMs, c.coarseSide());
      }
    }
  }

  static double dl4j(MultiLayerNetwork net, INDArray x, int batch) {
    long t0 = System.nanoTime();
    for (long from = 0; from < x.size(0); from += batch) {
      INDArray b = x.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(from,
          Math.min(x.size(0), from + batch)));
      net.output(b, false);
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  static double xbar(CrossbarMapping m, INDArray x, int batch, int first, int trials) {
    long t0 = System.nanoTime();
    RandomSource root = RandomSource.seeded(7);
    for (int t = first; t < first + trials; t++) {
      ProgrammedChip chip = m.program(root.split(t));
      int k = 0;
      for (long from = 0; from < x.size(0); from += batch) {
        INDArray b = x.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(from,
            Math.min(x.size(0), from + batch)));
        chip.output(b, root.split(t).split(k++));
      }
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  /** The same network (same seed, same weights) with DL4J's native helpers on or off. */
  static MultiLayerNetwork lenetWithHelpers(boolean helpers) {
    String before = System.getProperty(NativeHelpers.DISABLE_PROPERTY);
    System.setProperty(NativeHelpers.DISABLE_PROPERTY, Boolean.toString(!helpers));
    try {
      return lenet();
    } finally {
      if (before == null) {
        System.clearProperty(NativeHelpers.DISABLE_PROPERTY);
      } else {
        System.setProperty(NativeHelpers.DISABLE_PROPERTY, before);
      }
    }
  }

  static MultiLayerNetwork lenet() {
    MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
        .seed(1).dataType(DataType.FLOAT).weightInit(WeightInit.XAVIER).list()
        .layer(new ConvolutionLayer.Builder(5, 5).nOut(20).activation(Activation.RELU).build())
        .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2)
            .stride(2, 2).build())
        .layer(new ConvolutionLayer.Builder(5, 5).nOut(50).activation(Activation.RELU).build())
        .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2)
            .stride(2, 2).build())
        .layer(new DenseLayer.Builder().nOut(500).activation(Activation.RELU).build())
        .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(10)
            .activation(Activation.SOFTMAX).build())
        .setInputType(InputType.convolutionalFlat(28, 28, 1))
        .build();
    MultiLayerNetwork net = new MultiLayerNetwork(conf);
    net.init();
    return net;
  }

  static INDArray uniform(long[] shape, long seed) {
    RandomSource rng = RandomSource.seeded(seed);
    long len = 1;
    for (long s : shape) {
      len *= s;
    }
    float[] v = new float[(int) len];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) rng.uniform();
    }
    INDArray a = Nd4j.createFromArray(v).reshape('c', shape);
    return shape.length == 4 ? a.reshape('c', shape[0], shape[1] * shape[2] * shape[3]) : a;
  }
}
