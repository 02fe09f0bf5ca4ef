package org.xbarlab.train;

import org.xbarlab.Columns;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbarlab.ProgressListener;
import org.xbarlab.crossbar.CrossbarConfig;
import org.xbarlab.data.FashionMnist;
import org.xbarlab.data.ImageDataset;
import org.xbarlab.nn.Models;
import org.xbarlab.nn.ResNet20;
import tech.tablesaw.api.Table;
import org.xbarlab.nn.Network;

// Trains networks or runs optimisers: a fast loop skips it with -DexcludedGroups=notebook,slow.
@Tag("slow")
class TrainingComparisonTest {
  /**
   * ResNet-20 (a ComputationGraph, the paper's network) through the same comparison: both methods
   * train, every (method, point, vote) row is measured, and the same seed gives the same table.
   */
  @Test
  void comparesComputationGraphsLikeResNet20(@TempDir Path checkpoints) {
    ImageDataset train = ComputationGraphTrainingTest.blobs(32, 1);
    ImageDataset test = ComputationGraphTrainingTest.blobs(16, 2);
    ComputationGraph pretrained = ResNet20.build(8, 8, 1, 2, 3);
    Map<String, TrainingSetup> methods = new LinkedHashMap<>();
    methods.put("noise-unaware", TrainingSetup.noiseUnaware().withBatchSize(16));
    methods.put("ReSNA", TrainingSetup.resna(CrossbarConfig.resna()).withBatchSize(16));
    TrainingComparison c = TrainingComparison.train(Network.of(pretrained), methods, 1, 3, train, test, Optional.of(checkpoints),
        ProgressListener.none());
    assertTrue(c.network("ReSNA").model() instanceof ComputationGraph);
    Map<String, CrossbarConfig> points = Map.of("harsh 1 mV",
        CrossbarConfig.resna().withReadVoltageVolts(0.001).withFrequencyHertz(1e9).withTemperatureKelvin(400));
    Table t = c.evaluate(points, test, 2, 5, true);
    assertEquals(2 * 2, t.rowCount(), "methods x (vote, no vote)");
    assertEquals(t.doubleColumn(Columns.ACCURACY_TOP1_MEAN).asList(),
        c.evaluate(points, test, 2, 5, true).doubleColumn(Columns.ACCURACY_TOP1_MEAN).asList(),
        "same seed, same table");
    assertTrue(t.doubleColumn(Columns.ACCURACY_TOP1_STD).max() > 0, "noise must vary between chips");
    Table sweep = c.sweep("frequency_MHz", List.of(10.0, 1000.0),
        f -> CrossbarConfig.resna().withReadVoltageVolts(0.001).withFrequencyHertz(f * 1e6), test, 1, 5);
    assertEquals(2 * 2, sweep.rowCount(), "methods x field values");
  }

  @Tag("dataset")
  @Test
  void evaluatesEveryMethodAtEveryPointAndResumesOrRestartsByItsSetup(@TempDir Path checkpoints) {
    assumeTrue(Files.exists(Path.of("/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz")),
        "Debian's dataset-fashion-mnist is not installed");
    ImageDataset train = FashionMnist.train().subsetPerClass(20, 1);
    ImageDataset test = FashionMnist.test().subsetPerClass(10, 1);
    MultiLayerNetwork pretrained = Models.imageMlp(28, 28, 1, 10, 1, 32);
    Map<String, TrainingSetup> methods = new LinkedHashMap<>();
    methods.put("noise-unaware", TrainingSetup.noiseUnaware());
    methods.put("RGN", TrainingSetup.rgn(0.05));
    TrainingComparison c = TrainingComparison.train(Network.of(pretrained), methods, 1, 3, train, test, Optional.of(checkpoints),
        ProgressListener.none());
    Map<String, CrossbarConfig> points = new LinkedHashMap<>();
    points.put("pytorx", CrossbarConfig.pytorx());
    points.put("harsh", CrossbarConfig.resna().withReadVoltageVolts(0.002).withFrequencyHertz(1e9));
    Table t = c.evaluate(points, test, 2, 5, true);
    assertEquals(2 * 2 * 2, t.rowCount(), "methods x operating points x (vote, no vote)");
    assertEquals(List.of("noise-unaware", "RGN"), c.histories().stringColumn(Columns.METHOD).asList());
    Table again = c.evaluate(points, test, 2, 5, true);
    assertEquals(t.doubleColumn(Columns.ACCURACY_TOP1_MEAN).asList(),
        again.doubleColumn(Columns.ACCURACY_TOP1_MEAN).asList(), "same seed, same table");
    // A rerun of the same setups resumes (same networks); a changed setup trains afresh, not refused.
    TrainingComparison resumed = TrainingComparison.train(Network.of(pretrained), methods, 1, 3, train, test,
        Optional.of(checkpoints), ProgressListener.none());
    assertEquals(c.network("RGN").params(), resumed.network("RGN").params());
    methods.put("RGN", TrainingSetup.rgn(0.2));
    TrainingComparison changed = TrainingComparison.train(Network.of(pretrained), methods, 1, 3, train, test,
        Optional.of(checkpoints), ProgressListener.none());
    assertEquals(false, c.network("RGN").params().equals(changed.network("RGN").params()));
  }
}
