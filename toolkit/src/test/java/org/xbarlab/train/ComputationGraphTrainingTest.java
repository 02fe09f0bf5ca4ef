package org.xbarlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.xbarlab.ProgressListener;
import org.xbarlab.RandomSource;
import org.xbarlab.data.ImageDataset;
import org.xbarlab.nn.ResNet20;
import org.xbarlab.nn.Network;

/**
 * ReSNA on a ComputationGraph: ResNet-20 on 8x8 synthetic two-class images (a bright or dark
 * centre) — hook wiring over all 22 weighted layers, exact resume, majority vote.
 */
// Trains networks or runs optimisers: a fast loop skips it with -DexcludedGroups=notebook,slow.
@Tag("slow")
class ComputationGraphTrainingTest {
  static ImageDataset blobs(int n, long seed) {
    RandomSource r = RandomSource.seeded(seed);
    byte[] px = new byte[n * 64];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = i % 2;
      for (int p = 0; p < 64; p++) {
        int y = p / 8;
        int x = p % 8;
        boolean centre = y >= 2 && y < 6 && x >= 2 && x < 6;
        double v = 100 + 40 * r.gaussian() + (centre ? (labels[i] == 1 ? 80 : -80) : 0);
        px[i * 64 + p] = (byte) Math.max(0, Math.min(255, (int) v));
      }
    }
    return ImageDataset.of("blobs", px, labels, 1, 8, 8, List.of("dark", "bright"));
  }

  @Test
  void resnet20TrainsWithNoiseResumesExactlyAndVotes(@TempDir Path tmp) {
    ImageDataset train = blobs(32, 1);
    ImageDataset test = blobs(16, 2);
    ComputationGraph start = ResNet20.build(8, 8, 1, 2, 3);
    RecordingSampler recording = new RecordingSampler(WeightNoiseSampler.gaussian(0.05));
    TrainingSetup setup = TrainingSetup.of(new NoiseModel(recording, LayerNoiseScale.resnaDefault()))
        .withBatchSize(16).withSeed(4);
    var straight = NoiseAwareTraining.train(Network.of(start), setup.withEpochs(2).withCheckpointDirectory(tmp.resolve("a")),
        train, test, ProgressListener.none());
    // 19 convolutions + 2 projections + classifier, 2 minibatches per epoch, 2 epochs
    List<RecordingSampler.Call> calls = recording.calls();
    assertEquals(22 * 2 * 2, calls.size());
    Set<Long> seeds = new HashSet<>();
    calls.forEach(c -> seeds.add(c.seed()));
    assertEquals(calls.size(), seeds.size(), "fresh noise per (epoch, batch, layer)");
    assertTrue(calls.stream().anyMatch(c -> c.role() == LayerRole.CONVOLUTION));
    assertTrue(calls.stream().anyMatch(c -> c.role() == LayerRole.CLASSIFIER));

    NoiseAwareTraining.train(Network.of(start), setup.withEpochs(1).withCheckpointDirectory(tmp.resolve("b")), train, test,
        ProgressListener.none());
    var resumed = NoiseAwareTraining.train(Network.of(start), setup.withEpochs(2).withCheckpointDirectory(tmp.resolve("b")),
        train, test, ProgressListener.none());
    assertEquals(1, resumed.resumedFromEpoch());
    INDArray a = straight.network().params();
    assertNotEquals(start.params(), a);
    assertEquals(a, resumed.network().params(), "resume must be exact for graphs too");
    for (Layer l : straight.network().layers()) {
      if (l.conf().getLayer() instanceof BaseLayer bl) {
        assertNull(bl.getWeightNoise());
      }
    }
    NoisyEvaluation.Result vote = NoisyEvaluation.monteCarlo(straight.network(), NoiseModel.rgn(0.05), test, 2, 9, true,
        ProgressListener.none());
    assertEquals(2, vote.trials().rowCount());
    assertTrue(vote.meanAccuracy() >= 0 && vote.meanAccuracy() <= 1);
    var engine = CrossbarWeightNoise.of(org.xbarlab.crossbar.CrossbarConfig.resna())
        .engineMonteCarlo(straight.network(), test.toDataSet(), 1, 9);
    assertEquals(1, engine.trials().rowCount(), "the engine evaluates the ReSNA-trained graph too");
  }
}
