package org.xbarlab.remap;

import java.util.List;
import org.nd4j.linalg.dataset.DataSet;
import org.xbarlab.ProgressListener;
import org.xbarlab.crossbar.*;
import org.xbarlab.data.*;
import org.xbarlab.nn.*;
import org.xbarlab.noise.LineResistanceMode;

public class Scratch {
  public static void main(String[] a) {
    long t0 = System.nanoTime();
    Architecture arch = Architecture.valueOf(a[0]);
    int size = Integer.parseInt(a[1]);
    double[] rs = java.util.Arrays.stream(a[2].split(",")).mapToDouble(Double::parseDouble).toArray();
    Network net = TrainedModels.fashionMnist(arch, 600, 3, 42, ProgressListener.none()).network();
    DataSet calib = FashionMnist.train().subsetPerClass(26, 7).toDataSet();
    DataSet test = FashionMnist.test().subsetPerClass(100, 42).toDataSet();
    System.out.printf("setup %.1f s%n", (System.nanoTime() - t0) / 1e9);
    List<DataSet> batches = MonteCarlo.batches(test, 500);
    for (double r : rs) {
      CrossbarConfig cfg = CrossbarConfig.pytorx().toIdeal().withCrossbarSize(size)
          .withLines(CrossbarConfig.pytorx().lines().withMode(LineResistanceMode.EXACT).withWireResistanceOhms(r));
      long t1 = System.nanoTime();
      PositionErrorProfile prof = PositionErrorProfile.of(cfg);
      System.out.printf("R=%.2f profile %.1f s slot0 %.4f slotLast %.4f row0 %.4f rowLast %.4f%n", r, (System.nanoTime()-t1)/1e9,
          prof.slotError(0), prof.slotError(prof.slots()-1), prof.rowError(0), prof.rowError(prof.rows()-1));
      for (String s : a[3].split(",")) {
        long t2 = System.nanoTime();
        Remapping rm = switch (s) {
          case "as-is" -> Remapping.identity();
          case "SRS" -> StaticRemapping.of(net, cfg, calib, RemapOptions.paper());
          case "SRS-across" -> StaticRemapping.of(net, cfg, calib, RemapOptions.paper().withAcrossTiles(true));
          case "DRS" -> DynamicRemapping.of(net, cfg, calib, RemapOptions.paper());
          case "SRS-emp" -> StaticRemapping.of(net, cfg, calib, RemapOptions.paper().withSensitivity(KernelSensitivity.Method.EMPIRICAL));
          case "SRS-emp-across" -> StaticRemapping.of(net, cfg, calib, RemapOptions.paper().withSensitivity(KernelSensitivity.Method.EMPIRICAL).withAcrossTiles(true));
          case "SRS-emp-rows" -> StaticRemapping.of(net, cfg, calib, RemapOptions.paper().withSensitivity(KernelSensitivity.Method.EMPIRICAL).withPermuteRows(true));
          case "DRS-emp" -> DynamicRemapping.of(net, cfg, calib, RemapOptions.paper().withSensitivity(KernelSensitivity.Method.EMPIRICAL));
          default -> null;
        };
        if (rm == null) {
          java.util.Map<String, LayerPermutation> m = new java.util.LinkedHashMap<>();
          CrossbarMapping id = CrossbarMapping.map(net, cfg.toIdeal(), calib.getFeatures());
          for (int l : id.crossbarLayers()) { TileLayout t = id.layout(l).get();
            m.put(id.layerNames().get(l), LayerPermutation.of(java.util.stream.IntStream.range(0, t.fanIn()).toArray(), LayerPermutation.random(t.fanIn(), t.fanOut(), org.xbarlab.RandomSource.seeded(3)).outputOrder())); }
          rm = Remapping.of(m);
        }
        double tr = (System.nanoTime() - t2) / 1e9;
        CrossbarMapping m = CrossbarMapping.map(net, cfg, calib.getFeatures(), rm);
        MonteCarloResult res = MonteCarlo.evaluate(m, batches, 1, 1);
        System.out.printf("  %-10s acc %.4f clean %.4f remap %.1f s total %.1f s%n", s, res.meanAccuracy(),
            res.summary().doubleColumn("clean_accuracy_top1").get(0), tr, (System.nanoTime() - t2) / 1e9);
      }
    }
  }
}
