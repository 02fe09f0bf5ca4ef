package org.xbarlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.xbarlab.nn.Network;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbarlab.ConfigException;
import org.xbarlab.ProgressListener;
import org.xbarlab.data.ImageDataset;

/** Pre-training shared by notebook 02 and the design problem: one checkpoint per recipe, reused. */
class ResNet20PretrainingTest {
  @Test
  void sameRecipeReusesTheCheckpointAndANewSeedTrainsAfresh(@TempDir Path runs) {
    ImageDataset train = ComputationGraphTrainingTest.blobs(32, 1);
    ImageDataset test = ComputationGraphTrainingTest.blobs(16, 2);
    Network first = ResNet20Pretraining.train(train, test, 1, 3, runs, ProgressListener.none());
    Network again = ResNet20Pretraining.train(train, test, 1, 3, runs, ProgressListener.none());
    assertEquals(first.params(), again.params(), "the second call resumes from the finished checkpoint");
    Network other = ResNet20Pretraining.train(train, test, 1, 4, runs, ProgressListener.none());
    assertTrue(!first.params().equals(other.params()), "another seed is another recipe");
  }

  @Test
  void rejectsEpochsOutsideTheirRange(@TempDir Path runs) {
    ConfigException e = assertThrows(ConfigException.class, () -> ResNet20Pretraining.train(
        ComputationGraphTrainingTest.blobs(8, 1), ComputationGraphTrainingTest.blobs(8, 2), 0, 1, runs,
        ProgressListener.none()));
    assertTrue(e.getMessage().contains("epochs") && e.getMessage().contains("1..10000"), e.getMessage());
  }
}
