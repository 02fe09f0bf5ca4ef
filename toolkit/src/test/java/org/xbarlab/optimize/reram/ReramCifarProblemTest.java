package org.xbarlab.optimize.reram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbarlab.ConfigException;
import org.xbarlab.ProgressListener;
import org.xbarlab.RandomSource;
import org.xbarlab.cost.CostReport;
import org.xbarlab.data.ImageDataset;
import org.xbarlab.optimize.Evaluation;

/**
 * The paper's setting of the design problem (ResNet-20 on CIFAR-10-like images), on a few random
 * RGB images made here (8x8 instead of 32x32 to keep the test quick; ResNet-20 adapts to the size): pre-training is checkpointed and resumed, an evaluation costs its
 * epochs and uses the cost model of the same mapping.
 */
// Trains networks or runs optimisers: a fast loop skips it with -DexcludedGroups=notebook,slow.
@Tag("slow")
class ReramCifarProblemTest {
  private static final ReramDesignProblem.Settings TINY =
      new ReramDesignProblem.Settings(null, 2, 1, 1, 1, 2, 1, 0.005);

  private static ImageDataset randomCifar(int n, long seed) {
    RandomSource r = RandomSource.seeded(seed);
    byte[] px = new byte[n * 3 * 8 * 8];
    for (int k = 0; k < px.length; k++) {
      px[k] = (byte) r.nextInt(256);
    }
    int[] labels = IntStream.range(0, n).map(i -> i % 10).toArray();
    List<String> classes = IntStream.range(0, 10).mapToObj(i -> "class" + i).toList();
    return ImageDataset.of("random-cifar", px, labels, 3, 8, 8, classes);
  }

  @Test
  void resnet20ProblemEvaluatesAndResumesItsPretraining(@TempDir Path checkpoints) throws Exception {
    ImageDataset train = randomCifar(20, 1);
    ImageDataset test = randomCifar(10, 2);
    ReramDesignProblem reram = ReramDesignProblem.cifar10ResNet20(TINY, 7, train, test, checkpoints,
        ProgressListener.none());
    assertEquals("reram-resnet20-cifar10", reram.problem().name());
    try (var folders = Files.list(checkpoints)) {
      assertEquals(List.of("resnet20-pretraining-random-cifar_2_per_class_seed_7_-1ep-seed7"),
          folders.map(f -> f.getFileName().toString()).toList(), "one pre-training checkpoint per recipe");
    }
    double[] design = {4, 64, 500, 350};
    Evaluation e = reram.problem().evaluator().evaluate(design, 0.5); // 1 of 2 epochs
    assertEquals(1, e.cost(), 0.0);
    CostReport c = reram.cost(design);
    assertEquals(c.areaSquareMillimetres(), e.objectives()[1], 0.0);
    assertEquals(c.energyPicojoules(), e.objectives()[3], 0.0);
    // ResNet-20 has 22 weighted layers; LeNet-size nets a handful: the cost sees the graph's layers.
    assertTrue(c.areaSquareMillimetres() > 0);
    ReramDesignProblem resumed = ReramDesignProblem.cifar10ResNet20(TINY, 7, train, test, checkpoints,
        ProgressListener.none());
    assertArrayEquals(e.objectives(), resumed.problem().evaluator().evaluate(design, 0.5).objectives(), 0.0,
        "the resumed pre-training gives the same network, hence the same evaluation");
  }

  @Test
  void eachFactoryRejectsTheOthersSettings(@TempDir Path checkpoints) {
    ConfigException a = assertThrows(ConfigException.class,
        () -> ReramDesignProblem.fashionMnist(TINY, 1, ProgressListener.none()));
    assertTrue(a.getMessage().contains("settings.architecture"), a.getMessage());
    ConfigException b = assertThrows(ConfigException.class, () -> ReramDesignProblem.cifar10ResNet20(
        ReramDesignProblem.Settings.quick(), 1, randomCifar(20, 1), randomCifar(10, 2), checkpoints,
        ProgressListener.none()));
    assertTrue(b.getMessage().contains("ResNet-20"), b.getMessage());
  }
}
