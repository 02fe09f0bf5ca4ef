package org.xbarlab.bench;

import org.xbarlab.cost.CostDesign;
import org.xbarlab.cost.CostModel;
import org.xbarlab.cost.CostReport;
import org.xbarlab.cost.NetworkWorkload;

/**
 * Times the cost of one ResNet-20 design point (goal: at most 1 ms). Not a test: run with
 * {@code mvn -o -q -pl toolkit test-compile} and then {@code java -cp
 * toolkit/target/classes:toolkit/target/test-classes:<dependency classpath>
 * org.xbarlab.bench.CostModelBench [warmupCalls] [timedCalls]}.
 *
 * <p>Prints the mean time per {@link CostModel#evaluate} call (design varied every call so nothing
 * is cached) and, separately, per evaluate plus building the per-layer x component table, then the
 * evaluate time of {@link CostModel#neuroSimLike()}.
 */
public final class CostModelBench {
  private CostModelBench() {}

  /**
   * Runs the benchmark.
   *
   * @param args optional: warm-up calls (default 20000), timed calls (default 200000)
   */
  public static void main(String[] args) {
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int timed = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
    CostModel model = CostModel.nm32();
    NetworkWorkload resnet = NetworkWorkload.resnet20Cifar10();
    CostDesign[] designs = new CostDesign[8];
    for (int i = 0; i < designs.length; i++) {
      designs[i] = CostDesign.defaults().withAdcBits(3 + i).withTemperatureKelvin(300 + 10 * i);
    }
    double sink = 0;
    for (int i = 0; i < warmup; i++) {
      sink += model.evaluate(resnet, designs[i & 7]).edap();
    }
    long start = System.nanoTime();
    for (int i = 0; i < timed; i++) {
      sink += model.evaluate(resnet, designs[i & 7]).edap();
    }
    double evaluateMicros = (System.nanoTime() - start) / 1e3 / timed;

    int tableCalls = Math.max(1, timed / 20);
    for (int i = 0; i < Math.max(1, warmup / 20); i++) {
      sink += model.evaluate(resnet, designs[i & 7]).breakdown().rowCount();
    }
    start = System.nanoTime();
    for (int i = 0; i < tableCalls; i++) {
      CostReport r = model.evaluate(resnet, designs[i & 7]);
      sink += r.breakdown().rowCount();
    }
    double tableMicros = (System.nanoTime() - start) / 1e3 / tableCalls;

    System.out.printf("ResNet-20 (%d layers) one design point: evaluate = %.2f us/call (mean of %d"
        + " after %d warm-up); evaluate + breakdown table = %.2f us/call (mean of %d)%n",
        resnet.size(), evaluateMicros, timed, warmup, tableMicros, tableCalls);
    CostModel neuroSim = CostModel.neuroSimLike();
    for (int i = 0; i < warmup; i++) {
      sink += neuroSim.evaluate(resnet, designs[i & 7]).edap();
    }
    start = System.nanoTime();
    for (int i = 0; i < timed; i++) {
      sink += neuroSim.evaluate(resnet, designs[i & 7]).edap();
    }
    double neuroSimMicros = (System.nanoTime() - start) / 1e3 / timed;
    System.out.printf("NeuroSim-like options: evaluate = %.2f us/call (mean of %d)%n", neuroSimMicros,
        timed);
    double worst = Math.max(evaluateMicros, neuroSimMicros);
    System.out.println("goal <= 1000 us: " + (worst <= 1000 ? "met" : "NOT met")
        + " (checksum " + sink + ")");
  }
}
