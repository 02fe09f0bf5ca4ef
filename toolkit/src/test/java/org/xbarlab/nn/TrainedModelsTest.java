package org.xbarlab.nn;

import org.xbarlab.Columns;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbarlab.ConfigException;
import org.xbarlab.ProgressListener;

// Trains networks or runs optimisers: a fast loop skips it with -DexcludedGroups=notebook,slow.
@Tag("slow")
@Tag("dataset")
class TrainedModelsTest {
  @Test
  void secondCallLoadsTheSameNetworkAndHistoryFromTheCache(@TempDir Path cache) {
    assumeTrue(Files.exists(Path.of("/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz")),
        "Debian's dataset-fashion-mnist is not installed");
    TrainedModels.Trained first = TrainedModels.fashionMnist(Architecture.MLP, 30, 1, 3, ProgressListener.none(), cache);
    TrainedModels.Trained second = TrainedModels.fashionMnist(Architecture.MLP, 30, 1, 3, ProgressListener.none(), cache);
    assertFalse(first.fromCache());
    assertTrue(second.fromCache());
    assertEquals(first.network().params(), second.network().params());
    assertEquals(first.history().doubleColumn(Columns.ACCURACY_TOP1).get(0),
        second.history().doubleColumn(Columns.ACCURACY_TOP1).get(0), 1e-12);
    // 300 images, one epoch: far from converged but clearly above chance (0.1).
    assertTrue(first.history().doubleColumn(Columns.ACCURACY_TOP1).get(0) > 0.4);
    try (var files = Files.list(cache)) {
      assertTrue(files.noneMatch(p -> p.toString().endsWith(".part")), "no temporary files left behind");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void recipeValuesAreValidated(@TempDir Path cache) {
    assertEquals("trainPerClass", assertThrows(ConfigException.class,
        () -> TrainedModels.fashionMnist(Architecture.MLP, 0, 1, 3, ProgressListener.none(), cache)).field());
    assertEquals("epochs", assertThrows(ConfigException.class,
        () -> TrainedModels.fashionMnist(Architecture.MLP, 10, 0, 3, ProgressListener.none(), cache)).field());
  }
}
