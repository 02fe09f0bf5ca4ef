package org.xbarlab.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** The usage examples of the package's class Javadoc, executed (R13). */
class ExamplesTest {
  @TempDir
  Path dir;

  @Test
  void hypervolumeExample() {
    double hv = Hypervolume.of(new double[][] {{1, 2}, {2, 1}}, new double[] {3, 3});
    assertEquals(3.0, hv, 0);
  }

  @Test
  void designSpaceExample() {
    DesignSpace space = DesignSpace.of(
        Variable.integer("cellBits", 2, 8), Variable.ordinal("crossbarSize", 32, 64, 128));
    double[] design = space.fromUnit(new double[] {0.5, 0.9});
    assertArrayEquals(new double[] {5, 128}, design, 0);
  }

  @Test
  void problemAndOptimizationExample() {
    Problem p = Problem.of("demo", DesignSpace.unitCube(2),
        List.of(Objective.minimize("f1"), Objective.minimize("f2")),
        new double[] {1.1, 1.1}, (x, z) -> new Evaluation(new double[] {x[0], 1 - x[0]}, 1.0));
    List<OptimizationProgress> seen = new ArrayList<>();
    OptimizationResult r = Optimization.of(p, RandomSearch.create(), Termination.maxEvaluations(20), 7)
        .withRunLog(dir.resolve("runs/demo-7.csv"))
        .withListener(seen::add)
        .run();
    Table front = r.paretoFront();
    assertTrue(front.rowCount() >= 1);
    assertEquals(20, seen.size());
    assertTrue(dir.resolve("runs/demo-7.csv").toFile().isFile());
  }

  @Test
  void paretoFilterMatchesBruteForce() {
    org.xbarlab.RandomSource rng = org.xbarlab.RandomSource.seeded(8);
    for (int trial = 0; trial < 50; trial++) {
      int n = 1 + rng.nextInt(30);
      double[][] pts = new double[n][3];
      for (double[] p : pts) {
        for (int j = 0; j < 3; j++) {
          p[j] = rng.nextInt(5); // small integer grid: many ties and duplicates
        }
      }
      List<Integer> expected = new ArrayList<>();
      outer:
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (Pareto.dominates(pts[j], pts[i])
              || (j < i && java.util.Arrays.equals(pts[j], pts[i]))) {
            continue outer;
          }
        }
        expected.add(i);
      }
      assertEquals(expected, java.util.Arrays.stream(Pareto.nondominatedIndices(pts)).boxed()
          .toList(), "trial " + trial);
    }
  }
}
