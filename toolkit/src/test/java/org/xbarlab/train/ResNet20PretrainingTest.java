package org.xbarlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.xbarlab.nn.Network;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbarlab.ConfigException;
import org.xbarlab.ProgressListener;
import org.xbarlab.data.ImageDataset;

/** Pre-training shared by notebook 02 and the design problem: one checkpoint per recipe, reused. */
// Trains networks or runs optimisers: a fast loop skips it with -DexcludedGroups=notebook,slow.
@Tag("slow")
class ResNet20PretrainingTest {
  @Test
  void sameRecipeReusesTheCheckpointAndANewSeedTrainsAfresh(@TempDir Path runs) {
    ImageDataset train = ComputationGraphTrainingTest.blobs(32, 1);
    ImageDataset test = ComputationGraphTrainingTest.blobs(16, 2);
    StepCounter firstSteps = new StepCounter();
    Network first = ResNet20Pretraining.train(train, test, 1, 3, runs, firstSteps);
    assertTrue(firstSteps.steps > 0, "the first call trains");
    StepCounter againSteps = new StepCounter();
    Network again = ResNet20Pretraining.train(train, test, 1, 3, runs, againSteps);
    // Deterministic retraining would also give equal weights; no minibatch step tells reuse apart.
    assertEquals(0, againSteps.steps, "the second call trains no minibatch: it reuses the checkpoint");
    assertEquals(0, againSteps.plannedSteps, "and plans none");
    assertEquals(first.params(), again.params(), "the second call resumes from the finished checkpoint");
    Network other = ResNet20Pretraining.train(train, test, 1, 4, runs, ProgressListener.none());
    assertTrue(!first.params().equals(other.params()), "another seed is another recipe");
  }

  /** Counts the minibatch steps a training call reports. */
  private static final class StepCounter implements ProgressListener {
    long steps;
    long plannedSteps;

    @Override
    public void begin(String task, long totalSteps) {
      plannedSteps += totalSteps;
    }

    @Override
    public void step(String message) {
      steps++;
    }

    @Override
    public void end() {}
  }

  @Test
  void rejectsEpochsOutsideTheirRange(@TempDir Path runs) {
    ConfigException e = assertThrows(ConfigException.class, () -> ResNet20Pretraining.train(
        ComputationGraphTrainingTest.blobs(8, 1), ComputationGraphTrainingTest.blobs(8, 2), 0, 1, runs,
        ProgressListener.none()));
    assertTrue(e.getMessage().contains("epochs") && e.getMessage().contains("1..10000"), e.getMessage());
  }
}
