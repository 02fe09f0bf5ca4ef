package org.xbarlab.optimize.reram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.xbarlab.ProgressListener;
import org.xbarlab.cost.CostReport;
import org.xbarlab.optimize.Evaluation;
import org.xbarlab.optimize.Problem;

// Trains networks or runs optimisers: a fast loop skips it with -DexcludedGroups=notebook,slow.
@Tag("slow")
@Tag("dataset")
class ReramDesignProblemTest {
  private static ReramDesignProblem reram;

  @BeforeAll
  static void build() {
    assumeTrue(Files.exists(Path.of("/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz")),
        "Debian's dataset-fashion-mnist is not installed");
    reram = ReramDesignProblem.fashionMnist(
        new ReramDesignProblem.Settings(org.xbarlab.nn.Architecture.MLP, 30, 20, 1, 1, 2, 2, 0.005), 7,
        ProgressListener.none());
  }

  @Test
  void evaluationIsRepeatableCostsItsEpochsAndUsesTheCostModel() {
    Problem p = reram.problem();
    double[] design = {4, 64, 500, 350};
    long start = System.nanoTime();
    Evaluation low = p.evaluator().evaluate(design, 0.5);   // 1 of 2 epochs
    Evaluation again = p.evaluator().evaluate(design, 0.5);
    Evaluation top = p.evaluator().evaluate(design, 1.0);
    System.out.printf("three ReRAM evaluations took %.1f s%n", (System.nanoTime() - start) / 1e9);
    assertArrayEquals(low.objectives(), again.objectives(), 0.0, "same design and fidelity, same result");
    assertEquals(1, low.cost(), 0.0);
    assertEquals(2, top.cost(), 0.0);
    double accuracy = top.objectives()[0];
    assertTrue(accuracy > 0.3 && accuracy <= 1, "accuracy under noise " + accuracy);
    CostReport c = reram.cost(design);
    assertEquals(c.areaSquareMillimetres(), top.objectives()[1], 0.0);
    assertEquals(c.latencyNanoseconds(), top.objectives()[2], 0.0);
    assertEquals(c.energyPicojoules(), top.objectives()[3], 0.0);
    assertTrue(reram.secondsSpent() > 0);
  }

  @Test
  void referencePointBoundsEveryCornerOfTheSpace() {
    double[] ref = reram.problem().referencePoint();
    assertEquals(0.0, ref[0]);
    for (double[] d : new double[][] {{2, 128, 100, 400}, {8, 32, 1000, 300}, {5, 64, 550, 350}}) {
      CostReport c = reram.cost(d);
      assertTrue(c.areaSquareMillimetres() < ref[1] && c.latencyNanoseconds() < ref[2] && c.energyPicojoules() < ref[3]);
    }
  }

  @Test
  void moreBitsPerCellNeedFewerCrossbarsAndLessArea() {
    CostReport two = reram.cost(new double[] {2, 64, 500, 350});
    CostReport eight = reram.cost(new double[] {8, 64, 500, 350});
    assertTrue(eight.crossbars() < two.crossbars());
    assertTrue(eight.areaSquareMillimetres() < two.areaSquareMillimetres());
  }
}
