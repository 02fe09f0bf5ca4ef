package org.xbarlab.bench;

import org.nd4j.linalg.dataset.DataSet;
import org.xbarlab.ProgressListener;
import org.xbarlab.crossbar.CrossbarConfig;
import org.xbarlab.data.FashionMnist;
import org.xbarlab.nn.Architecture;
import org.xbarlab.nn.Network;
import org.xbarlab.nn.TrainedModels;
import org.xbarlab.noise.LineResistance;
import org.xbarlab.noise.LineResistanceMode;
import org.xbarlab.remap.DynamicRemapping;
import org.xbarlab.remap.PositionErrorProfile;
import org.xbarlab.remap.RemapOptions;
import org.xbarlab.remap.StaticRemapping;

/**
 * Remapping benchmark (not a test): the position error profile of a 128x128 tile (the expected tile
 * and four random tiles; each a first, uncached solve, a fresh wire resistance per repetition) and
 * whole SRS and DRS passes over notebook 05's quick network (VGG-style, Fashion-MNIST, from the model
 * cache; trained first if missing) on 64x64 tiles. Goal (issue 13): DRS under 60 s on 2 cores.
 */
public final class RemapBenchmark {
  private RemapBenchmark() {}

  /** Runs the benchmark and prints the numbers. */
  public static void main(String[] args) {
    double best = Double.MAX_VALUE;
    double bestRandom = Double.MAX_VALUE;
    for (int rep = 0; rep < 3; rep++) {
      CrossbarConfig c = exact(128, 2.0 + 0.01 * rep); // a new key: no cache hit
      long t0 = System.nanoTime();
      PositionErrorProfile.of(c);
      best = Math.min(best, (System.nanoTime() - t0) / 1e9);
      long t1 = System.nanoTime();
      PositionErrorProfile.of(c, 4, 1);
      bestRandom = Math.min(bestRandom, (System.nanoTime() - t1) / 1e9);
    }
    System.out.printf("position profile 128x128, exact solve: expected tile %.2f s, 4 random tiles"
        + " %.2f s (best of 3)%n", best, bestRandom);
    Network net = TrainedModels.fashionMnist(Architecture.VGG_SMALL, 600, 3, 42,
        ProgressListener.none()).network();
    DataSet calibration = FashionMnist.train().subsetPerClass(26, 7).toDataSet();
    CrossbarConfig cfg = exact(64, 3.0);
    for (int rep = 0; rep < 2; rep++) {
      CrossbarConfig c = cfg.withWireResistanceOhms(3.0 + 0.01 * rep);
      long t0 = System.nanoTime();
      StaticRemapping.of(net, c, calibration, RemapOptions.paper());
      double srs = (System.nanoTime() - t0) / 1e9;
      long t1 = System.nanoTime();
      DynamicRemapping.of(net, c, calibration, RemapOptions.paper());
      double drs = (System.nanoTime() - t1) / 1e9;
      System.out.printf("VGG-style Fashion-MNIST net, 64x64, %d calibration images: SRS %.1f s,"
          + " DRS %.1f s (goal DRS < 60 s: %s)%n", calibration.numExamples(), srs, drs,
          drs < 60 ? "met" : "NOT met");
    }
  }

  private static CrossbarConfig exact(int size, double ohms) {
    return CrossbarConfig.pytorx().toIdeal().withCrossbarSize(size)
        .withLines(LineResistance.of(LineResistanceMode.EXACT, ohms, 4, 4));
  }
}
