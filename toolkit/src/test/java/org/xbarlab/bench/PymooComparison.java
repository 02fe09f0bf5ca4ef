package org.xbarlab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.xbarlab.RandomSource;
import org.xbarlab.Columns;
import org.xbarlab.optimize.Hypervolume;
import org.xbarlab.optimize.Nsga2;
import org.xbarlab.optimize.Optimization;
import org.xbarlab.optimize.OptimizationResult;
import org.xbarlab.optimize.Termination;
import org.xbarlab.optimize.TestProblems;
import org.xbarlab.optimize.WfgHypervolume;
import tech.tablesaw.api.Table;

/**
 * Java half of {@code benchmarks/pymoo_comparison.py} (not a test): writes seeded random fronts
 * with our exact hypervolume and its time (dimension sweeps, beside the WFG algorithm used before
 * them, kept in the test tree as the reference), the time of one incremental contribution (the
 * last point added to the others), and our NSGA-II's final ZDT1 front (population 100, 25,000
 * evaluations) with its time, as JSON for the Python half to compare with moocore and pymoo.
 *
 * <p>Usage: {@code PymooComparison <out.json>}
 */
public final class PymooComparison {
  private PymooComparison() {}

  /** Mean milliseconds per call after a warm-up, repeated for at least 0.3 s (JIT-compiled). */
  private static double millis(Runnable call) {
    long warm = System.nanoTime();
    while (System.nanoTime() - warm < 200_000_000L) {
      call.run();
    }
    int reps = 0;
    long t0 = System.nanoTime();
    while (reps < 3 || System.nanoTime() - t0 < 300_000_000L) {
      call.run();
      reps++;
    }
    return (System.nanoTime() - t0) / 1e6 / reps;
  }

  public static void main(String[] args) throws IOException {
    StringBuilder json = new StringBuilder("{\"fronts\":[");
    RandomSource rng = RandomSource.seeded(2024);
    int[][] shapes = {{2, 50}, {2, 1000}, {3, 50}, {3, 200}, {3, 1000}, {4, 50}, {4, 100},
        {4, 300}, {5, 30}, {5, 100}, {6, 30}};
    boolean first = true;
    for (int[] shape : shapes) {
      int d = shape[0];
      int n = shape[1];
      double[][] pts = new double[n][d];
      for (int i = 0; i < n; i++) {
        // points near the unit simplex's surface, so most of them are non-dominated
        double norm = 0;
        for (int j = 0; j < d; j++) {
          pts[i][j] = Math.abs(rng.gaussian()) + 1e-3;
          norm += pts[i][j] * pts[i][j];
        }
        norm = Math.sqrt(norm);
        for (int j = 0; j < d; j++) {
          pts[i][j] = pts[i][j] / norm + 0.05 * rng.uniform();
        }
      }
      double[] ref = new double[d];
      java.util.Arrays.fill(ref, 1.2);
      double hv = Hypervolume.of(pts, ref);
      double ms = millis(() -> Hypervolume.of(pts, ref));
      double wfg = WfgHypervolume.of(pts, ref);
      double wfgMs = n * Math.pow(n, d - 3) > 2e6 ? Double.NaN : millis(() -> WfgHypervolume.of(pts, ref));
      double[][] others = java.util.Arrays.copyOf(pts, n - 1);
      double[] last = pts[n - 1];
      double gainMs = millis(() -> Hypervolume.contribution(others, last, ref));
      json.append(first ? "" : ",").append("{\"d\":").append(d).append(",\"n\":").append(n)
          .append(",\"hv\":").append(String.format(Locale.ROOT, "%.17g", hv))
          .append(",\"ms\":").append(String.format(Locale.ROOT, "%.5f", ms))
          .append(",\"wfg_hv\":").append(String.format(Locale.ROOT, "%.17g", wfg))
          .append(",\"wfg_ms\":").append(Double.isNaN(wfgMs) ? "null" : String.format(Locale.ROOT, "%.5f", wfgMs))
          .append(",\"contribution_ms\":").append(String.format(Locale.ROOT, "%.5f", gainMs))
          .append(",\"ref\":").append(java.util.Arrays.toString(ref)).append(",\"points\":[");
      for (int i = 0; i < n; i++) {
        json.append(i == 0 ? "" : ",").append('[');
        for (int j = 0; j < d; j++) {
          json.append(j == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.17g", pts[i][j]));
        }
        json.append(']');
      }
      json.append("]}");
      first = false;
    }
    long t0 = System.nanoTime();
    OptimizationResult r = Optimization.minimize(TestProblems.zdt1(30), new Nsga2(100),
        Termination.maxEvaluations(25_000), 1);
    double seconds = (System.nanoTime() - t0) / 1e9;
    Table front = r.paretoFront();
    json.append("],\"nsga2\":{\"seconds\":").append(String.format(Locale.ROOT, "%.3f", seconds))
        .append(",\"hv\":").append(String.format(Locale.ROOT, "%.17g", r.finalHypervolume()))
        .append(",\"front\":[");
    for (int i = 0; i < front.rowCount(); i++) {
      json.append(i == 0 ? "" : ",").append('[')
          .append(String.format(Locale.ROOT, "%.17g", front.doubleColumn("f1").get(i))).append(',')
          .append(String.format(Locale.ROOT, "%.17g", front.doubleColumn("f2").get(i))).append(']');
    }
    json.append("]}}");
    Files.writeString(Path.of(args[0]), json.toString());
    System.out.printf(Locale.ROOT, "wrote %s (NSGA-II %.1f s, %d front points, %s column present: %b)%n", args[0],
        seconds, front.rowCount(), Columns.IS_PARETO, front.columnNames().contains(Columns.IS_PARETO));
  }
}
