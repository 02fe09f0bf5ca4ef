package org.xbarlab.train;

import org.xbarlab.Columns;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.xbarlab.ConfigException;
import org.xbarlab.ProgressListener;
import org.xbarlab.ResumeException;
import org.xbarlab.crossbar.CrossbarConfig;
import org.xbarlab.data.FashionMnist;
import org.xbarlab.data.ImageDataset;
import org.xbarlab.nn.Models;
import tech.tablesaw.api.Table;
import org.xbarlab.nn.Network;

/**
 * Training mechanics on tiny Fashion-MNIST subsets (30 images per class): resume, determinism,
 * hook wiring and detachment, validation. The statistical comparison of methods is in
 * {@link NoiseAwareVsUnawareTest}.
 */
// Trains networks or runs optimisers: a fast loop skips it with -DexcludedGroups=notebook,slow.
@Tag("slow")
class NoiseAwareTrainingTest {
  private static final ImageDataset TINY = FashionMnist.train().subsetPerClass(30, 4L);
  private static final ImageDataset TINY_TEST = FashionMnist.test().subsetPerClass(10, 4L);

  private static TrainingSetup rgn() {
    return TrainingSetup.rgn(0.1).withBatchSize(32).withSeed(21);
  }

  /** Returns every column except the wall-clock time as lists (Table.copy clashes with DL4J's fastutil). */
  private static List<List<?>> withoutTimes(Table history) {
    List<List<?>> out = new java.util.ArrayList<>();
    for (String name : history.columnNames()) {
      if (!name.equals(Columns.TRAIN_TIME_S)) {
        out.add(history.column(name).asList());
      }
    }
    return out;
  }

  @Test
  void resumedRunEqualsUninterruptedRunAndCallerNetworkIsUntouched(@TempDir Path tmp) throws Exception {
    MultiLayerNetwork start = TrainFixtures.mlp(5);
    INDArray startParams = start.params().dup();
    var straight = NoiseAwareTraining.train(Network.of(start), rgn().withEpochs(2)
        .withCheckpointDirectory(tmp.resolve("a")), TINY, TINY_TEST, ProgressListener.none());
    var first = NoiseAwareTraining.train(Network.of(start), rgn().withEpochs(1)
        .withCheckpointDirectory(tmp.resolve("b")), TINY, TINY_TEST, ProgressListener.none());
    // "crash" after epoch 1: a new call with the same directory resumes at epoch 2
    var resumed = NoiseAwareTraining.train(Network.of(start), rgn().withEpochs(2)
        .withCheckpointDirectory(tmp.resolve("b")), TINY, TINY_TEST, ProgressListener.none());
    assertEquals(0, straight.resumedFromEpoch());
    assertEquals(1, resumed.resumedFromEpoch());
    assertNotEquals(first.network().params(), straight.network().params(), "epoch 2 changes the weights");
    assertEquals(straight.network().params(), resumed.network().params(), "resume must be exact");
    assertEquals(straight.network().updaterState().orElseThrow(), resumed.network().updaterState().orElseThrow());
    assertEquals(withoutTimes(straight.history()), withoutTimes(resumed.history()));
    assertEquals(startParams, start.params(), "the caller's network is not modified");
    assertTrue(Files.isRegularFile(tmp.resolve("b").resolve(Checkpoint.FILE_NAME)));
    try (var files = Files.list(tmp.resolve("b"))) {
      assertEquals(1, files.count(), "no temporary files are left behind");
    }
  }

  @Test
  void checkpointFromAnotherConfigurationIsRefusedNamingTheMismatch(@TempDir Path tmp) {
    MultiLayerNetwork start = TrainFixtures.mlp(5);
    NoiseAwareTraining.train(Network.of(start), rgn().withCheckpointDirectory(tmp), TINY, TINY_TEST, ProgressListener.none());
    ResumeException seed = assertThrows(ResumeException.class, () -> NoiseAwareTraining.train(Network.of(start),
        rgn().withSeed(22).withEpochs(2).withCheckpointDirectory(tmp), TINY, TINY_TEST, ProgressListener.none()));
    assertTrue(seed.getMessage().contains("seed"), seed.getMessage());
    ResumeException method = assertThrows(ResumeException.class, () -> NoiseAwareTraining.train(Network.of(start),
        TrainingSetup.prog(4).withBatchSize(32).withSeed(21).withEpochs(2).withCheckpointDirectory(tmp), TINY,
        TINY_TEST, ProgressListener.none()));
    assertTrue(method.getMessage().contains("method"), method.getMessage());
    ResumeException net = assertThrows(ResumeException.class, () -> NoiseAwareTraining.train(Network.of(TrainFixtures.mlp(6)),
        rgn().withEpochs(2).withCheckpointDirectory(tmp), TINY, TINY_TEST, ProgressListener.none()));
    assertTrue(net.getMessage().contains("pretrainedParamsHash"), net.getMessage());
  }

  @Test
  void sameSeedGivesSameHistoryAndAnotherSeedDoesNot() {
    MultiLayerNetwork start = TrainFixtures.mlp(5);
    long[] counts = new long[3]; // begin total, steps, ends
    ProgressListener counting = new ProgressListener() {
      @Override
      public void begin(String task, long totalSteps) {
        counts[0] = totalSteps;
      }

      @Override
      public void step(String message) {
        counts[1]++;
      }

      @Override
      public void end() {
        counts[2]++;
      }
    };
    Table a = NoiseAwareTraining.train(Network.of(start), rgn(), TINY, TINY_TEST, counting).history();
    assertEquals(10, counts[0], "300 images in minibatches of 32");
    assertEquals(10, counts[1], "one progress step per minibatch");
    assertEquals(1, counts[2]);
    Table b = NoiseAwareTraining.train(Network.of(start), rgn(), TINY, TINY_TEST, ProgressListener.none()).history();
    Table c = NoiseAwareTraining.train(Network.of(start), rgn().withSeed(99), TINY, TINY_TEST, ProgressListener.none()).history();
    assertEquals(List.of(Columns.EPOCH, Columns.TRAINING_METHOD, Columns.SEED, Columns.TRAIN_LOSS,
        Columns.ACCURACY_TOP1, Columns.TRAIN_TIME_S), a.columnNames());
    assertEquals(withoutTimes(a), withoutTimes(b));
    assertNotEquals(a.doubleColumn(Columns.TRAIN_LOSS).get(0), c.doubleColumn(Columns.TRAIN_LOSS).get(0));
    assertEquals("RGN", a.stringColumn(Columns.TRAINING_METHOD).get(0));
  }

  @Test
  void hookSeesEveryCrossbarLayerWithFreshNoisePerBatchAndIsDetachedAfterwards(@TempDir Path tmp) throws Exception {
    MultiLayerNetwork cnn = Models.smallCnn(28, 28, 1, 10, 8);
    RecordingSampler recording = new RecordingSampler(WeightNoiseSampler.crossbar(CrossbarConfig.resna()));
    ImageDataset small = FashionMnist.train().subsetPerClass(6, 5L); // 60 images, 2 minibatches of 32
    var r = NoiseAwareTraining.train(Network.of(cnn),
        TrainingSetup.of(new NoiseModel(recording, LayerNoiseScale.resnaDefault())).withBatchSize(32).withSeed(3),
        small, TINY_TEST, ProgressListener.none());
    List<RecordingSampler.Call> calls = recording.calls();
    // 4 layers with weights (conv, conv, dense, output) x 2 minibatches, once each (reused in backprop)
    assertEquals(8, calls.size(), calls.toString());
    Set<LayerRole> roles = new HashSet<>();
    Set<Long> seeds = new HashSet<>();
    for (RecordingSampler.Call c : calls) {
      roles.add(c.role());
      seeds.add(c.seed());
    }
    assertEquals(Set.of(LayerRole.CONVOLUTION, LayerRole.DENSE, LayerRole.CLASSIFIER), roles);
    assertEquals(8, seeds.size(), "fresh noise per (batch, layer)");
    assertNotEquals(cnn.params(), r.network().params());
    for (Layer l : r.network().layers()) {
      if (l.conf().getLayer() instanceof BaseLayer bl) {
        assertNull(bl.getWeightNoise(), "hook detached from " + l.conf().getLayer().getClass().getSimpleName());
      }
    }
    File saved = tmp.resolve("net.zip").toFile();
    ModelSerializer.writeModel(r.network().model(), saved, true);
    MultiLayerNetwork back = ModelSerializer.restoreMultiLayerNetwork(saved, true);
    assertEquals(r.network().params(), back.params());
  }

  @Test
  void fidelityHookContinuesFromItsCheckpointAndReportsCost(@TempDir Path tmp) {
    MultiLayerNetwork start = TrainFixtures.mlp(5);
    TrainingSetup design = rgn().withCheckpointDirectory(tmp);
    var low = NoiseAwareTraining.fidelity(Network.of(start), design, 1, TINY, TINY_TEST, NoiseModel.rgn(0.1), 2,
        ProgressListener.none());
    var high = NoiseAwareTraining.fidelity(Network.of(start), design, 2, TINY, TINY_TEST, NoiseModel.rgn(0.1), 2,
        ProgressListener.none());
    assertEquals(1, low.history().rowCount());
    assertEquals(2, high.history().rowCount());
    assertEquals(2, high.epochs());
    assertTrue(low.evalCostSeconds() > 0 && high.evalCostSeconds() > 0);
    assertEquals(2, high.noisy().trials().rowCount());
    assertTrue(high.accuracyTop1Noisy() > 0.1, "better than chance after training");
  }

  @Test
  void fidelitiesFromOneRunEqualEachLiveFidelity() {
    MultiLayerNetwork start = TrainFixtures.mlp(5);
    NoiseModel deployment = NoiseModel.resna(CrossbarConfig.resna().withReadVoltageVolts(0.005));
    List<FidelityResult> all = NoiseAwareTraining.fidelities(Network.of(start), rgn(), 3, TINY, TINY_TEST,
        deployment, 2, ProgressListener.none());
    assertEquals(3, all.size());
    for (int e = 1; e <= 3; e++) {
      FidelityResult live = NoiseAwareTraining.fidelity(Network.of(start), rgn(), e, TINY, TINY_TEST, deployment, 2,
          ProgressListener.none());
      FidelityResult tabulated = all.get(e - 1);
      assertEquals(e, tabulated.epochs());
      assertEquals(e, tabulated.history().rowCount());
      assertEquals(live.network().params(), tabulated.network().params(), "parameters after epoch " + e);
      assertEquals(live.accuracyTop1Clean(), tabulated.accuracyTop1Clean(), 0.0, "clean accuracy after epoch " + e);
      assertEquals(live.noisy().trials().doubleColumn(Columns.ACCURACY_TOP1).asList(),
          tabulated.noisy().trials().doubleColumn(Columns.ACCURACY_TOP1).asList(), "noisy trials after epoch " + e);
    }
    for (FidelityResult r : all) {
      double trainingSeconds = r.history().doubleColumn(Columns.TRAIN_TIME_S).sum();
      assertTrue(r.evalCostSeconds() >= trainingSeconds, "cost after epoch " + r.epochs() + " counts epochs 1.." + r.epochs());
    }
  }

  @Test
  void fidelitiesRejectACheckpointDirectory(@TempDir Path tmp) {
    var e = assertThrows(ConfigException.class, () -> NoiseAwareTraining.fidelities(Network.of(TrainFixtures.mlp(5)),
        rgn().withCheckpointDirectory(tmp), 2, TINY, TINY_TEST, NoiseModel.rgn(0.1), 2, ProgressListener.none()));
    assertTrue(e.getMessage().contains("checkpointDirectory"), e.getMessage());
  }

  @Test
  void crossbarSamplerDelegatesMonteCarloToTheEngine() {
    MultiLayerNetwork net = TrainFixtures.mlp(5);
    var r = CrossbarWeightNoise.of(CrossbarConfig.resna()).engineMonteCarlo(Network.of(net), TINY_TEST.evaluationIterator(50), 2, 3);
    assertEquals(2, r.trials().rowCount());
    assertEquals(r.trials().doubleColumn("accuracy_top1").asList(),
        CrossbarWeightNoise.of(CrossbarConfig.resna()).engineMonteCarlo(Network.of(net), TINY_TEST.evaluationIterator(50), 2, 3)
            .trials().doubleColumn("accuracy_top1").asList(), "same seed, same table");
  }

  @Test
  void badInputsNameTheirField() {
    MultiLayerNetwork start = TrainFixtures.mlp(5);
    assertEquals("epochs", assertThrows(ConfigException.class, () -> TrainingSetup.noiseUnaware().withEpochs(0)).field());
    assertEquals("batchSize", assertThrows(ConfigException.class, () -> TrainingSetup.noiseUnaware().withBatchSize(0)).field());
    assertEquals("noise", assertThrows(ConfigException.class, () -> TrainingSetup.of(null)).field());
    assertEquals("pretrained", assertThrows(ConfigException.class, () -> NoiseAwareTraining.train(null,
        TrainingSetup.noiseUnaware(), TINY, TINY_TEST, ProgressListener.none())).field());
    assertEquals("train", assertThrows(ConfigException.class, () -> NoiseAwareTraining.train(Network.of(start),
        TrainingSetup.noiseUnaware(), TINY.subsetPerClass(0, 1L), TINY_TEST, ProgressListener.none())).field());
    assertEquals("trials", assertThrows(ConfigException.class, () -> NoisyEvaluation.monteCarlo(Network.of(start), NoiseModel.none(),
        TINY_TEST, 0, 1, false, ProgressListener.none())).field());
    MultiLayerNetwork noisyConf = TrainFixtures.mlp(5);
    ((BaseLayer) noisyConf.getLayer(0).conf().getLayer()).setWeightNoise(
        new org.deeplearning4j.nn.conf.weightnoise.DropConnect(0.5));
    assertEquals("weightNoise", assertThrows(ConfigException.class, () -> NoiseAwareTraining.train(Network.of(noisyConf),
        TrainingSetup.noiseUnaware(), TINY, TINY_TEST, ProgressListener.none())).field());
  }
}
