package org.xbarlab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.xbarlab.RandomSource;
import org.xbarlab.crossbar.CrossbarConfig;
import org.xbarlab.crossbar.CrossbarMapping;
import org.xbarlab.crossbar.ProgrammedChip;
import org.xbarlab.crossbar.TileLayout;
import org.xbarlab.nn.Network;

/**
 * Java half of {@code benchmarks/aihwkit_comparison.py} (not a test): the pytorx case of
 * {@link CrossbarBenchmark} alone, so that the Python half can time IBM aihwkit on the same
 * LeNet-size workload in the same run and report the throughput ratio.
 *
 * <p>Workload: {@link CrossbarBenchmark#lenet()} with random (seeded Xavier) weights, 2048 seeded
 * uniform 28x28x1 images in batches of 256, {@link CrossbarConfig#pytorx()} (64x64 tiles, 8-bit
 * DAC/ADC, differential pair of 7-bit cells, read noise and RTN drawn afresh on every read, line
 * resistance off). One timed pass = programming one chip plus all 2048 images; warm-up once, then
 * best of 5 (the machine may be shared, the fastest pass is the least disturbed one). DL4J's
 * digital {@code net.output} is timed alongside as a reference.
 *
 * <p>Usage: {@code AihwkitWorkload <out.json> [images] [reps]}
 */
public final class AihwkitWorkload {
  private AihwkitWorkload() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "build/aihwkit-xbarlab.json");
    int images = args.length > 1 ? Integer.parseInt(args[1]) : 2048;
    int reps = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    int batch = 256;
    MultiLayerNetwork net = CrossbarBenchmark.lenet();
    INDArray x = CrossbarBenchmark.uniform(new long[] {images, 1, 28, 28}, 1);
    CrossbarConfig cfg = CrossbarConfig.pytorx();
    CrossbarMapping m = CrossbarMapping.map(Network.of(net), cfg, x.get(NDArrayIndex.interval(0, batch)));
    CrossbarBenchmark.dl4j(net, x, batch);
    CrossbarBenchmark.xbar(m, x, batch, 0, 1); // warm-up
    double bestDl4j = Double.MAX_VALUE;
    double bestXbar = Double.MAX_VALUE;
    for (int r = 0; r < reps; r++) {
      bestDl4j = Math.min(bestDl4j, CrossbarBenchmark.dl4j(net, x, batch));
      bestXbar = Math.min(bestXbar, CrossbarBenchmark.xbar(m, x, batch, r + 1, 1));
    }
    // sanity, untimed: noise is on (two reads differ) and of a size comparable to aihwkit's
    INDArray b = x.get(NDArrayIndex.interval(0, batch));
    RandomSource rng = RandomSource.seeded(11);
    ProgrammedChip chip = m.program(rng.split("chip"));
    INDArray y1 = chip.output(b, rng.split("read1"));
    INDArray y2 = chip.output(b, rng.split("read2"));
    INDArray digital = net.output(b, false);
    double twoReads = y1.sub(y2).amean(0, 1).getDouble(0);
    double vsDigital = y1.sub(digital).amean(0, 1).getDouble(0);
    double agree = y1.argMax(1).eq(digital.argMax(1)).castTo(DataType.FLOAT).meanNumber()
        .doubleValue();
    StringBuilder tiles = new StringBuilder();
    for (int layer : m.crossbarLayers()) {
      TileLayout t = m.layout(layer).orElseThrow();
      tiles.append(tiles.length() == 0 ? "" : ",").append(String.format(Locale.ROOT,
          "{\"layer\":%d,\"fan_in\":%d,\"fan_out\":%d,\"row_tiles\":%d,\"column_tiles\":%d}",
          layer, t.fanIn(), t.fanOut(), t.rowTiles(), t.columnTiles()));
    }
    String json = String.format(Locale.ROOT, "{\"tool\":\"XbarLab\",\"config\":\"pytorx\","
        + "\"images\":%d,\"batch\":%d,\"reps\":%d,\"threads\":%d,"
        + "\"best_seconds\":%.6f,\"images_per_second\":%.3f,"
        + "\"digital_best_seconds\":%.6f,\"digital_images_per_second\":%.3f,"
        + "\"mean_abs_diff_two_reads\":%.4e,\"mean_abs_diff_vs_digital\":%.4e,"
        + "\"top1_agreement_vs_digital\":%.4f,\"crossbar_tiles\":%d,\"tiles\":[%s]}%n",
        images, batch, reps, Runtime.getRuntime().availableProcessors(), bestXbar,
        images / bestXbar, bestDl4j, images / bestDl4j, twoReads, vsDigital, agree,
        tileCount(m), tiles);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.writeString(out, json);
    System.out.printf(Locale.ROOT, "XbarLab pytorx crossbar MC: %.0f images/s (best of %d, %.3f s"
        + " for %d images); DL4J digital: %.0f images/s; wrote %s%n", images / bestXbar, reps,
        bestXbar, images, images / bestDl4j, out);
    System.out.printf(Locale.ROOT, "XbarLab: %d crossbar tiles; two reads differ by %.2e (mean |dy|),"
        + " vs digital %.2e, top-1 agreement %.3f%n", tileCount(m), twoReads, vsDigital, agree);
  }

  private static int tileCount(CrossbarMapping m) {
    return m.crossbarLayers().stream().mapToInt(l -> m.layout(l).orElseThrow().tiles()).sum();
  }
}
