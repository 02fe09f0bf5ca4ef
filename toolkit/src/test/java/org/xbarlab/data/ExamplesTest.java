package org.xbarlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import tech.tablesaw.api.Table;

/** The usage examples of the package's class Javadoc, run as written (R13). */
class ExamplesTest {
  @TempDir Path tmp;

  @Test
  @Tag("dataset")
  void fashionMnistExamplesWithTheDefaultLocator() {
    assumeTrue(
        Files.isRegularFile(Path.of("/usr/share/datasets/fashion-mnist", FashionMnist.TRAIN_IMAGES)),
        "dataset-fashion-mnist not installed");
    // package-info, FashionMnist, TrainTestSplit
    TrainTestSplit data = FashionMnist.load();
    DataSetIterator train = data.train().iterator(128, 42L);
    DataSetIterator test = data.test().evaluationIterator(512);
    assertEquals(60000, data.train().size());
    assertEquals(128, train.next().numExamples());
    assertEquals(512, test.next().numExamples());

    // ImageDataset
    ImageDataset small = data.train().subset(1000, 7L);
    DataSetIterator it = small.iterator(64, 7L);
    Table counts = small.classCountTable();
    assertEquals(64, it.next().numExamples());
    assertEquals(100, counts.intColumn("count").get(3));

    // Normalization
    ImageDataset standardized = data.train().withNormalization(data.train().fitStandardization());
    ImageDataset testSet = data.test().withNormalization(standardized.normalization());
    assertEquals(standardized.normalization(), testSet.normalization());

    // ChecksumRegistry, DatasetSpec, DatasetLocator
    List<String> accepted = ChecksumRegistry.bundled().acceptedSha256("fashion-mnist", "train-labels-idx1-ubyte.gz");
    assertEquals(2, accepted.size(), "Debian's recompressed file and the official download");
    DatasetLocator locator = DatasetLocator.defaults().withDownloads(false);
    Path file = locator.locate(FashionMnist.spec(), "t10k-labels-idx1-ubyte.gz", Optional.empty());
    assertTrue(Files.isRegularFile(file));

    // IdxReader
    Path dir = file.getParent();
    ImageDataset direct =
        IdxReader.read(
            dir.resolve("t10k-images-idx3-ubyte.gz"), dir.resolve("t10k-labels-idx1-ubyte.gz"),
            FashionMnist.classNames(), "fashion-mnist/test");
    assertEquals(10000, direct.size());
  }

  @Test
  void cifar10ExamplesOnSyntheticFiles() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("cifar"));
    StringBuilder registry = new StringBuilder();
    for (int f = 0; f < Cifar10.BATCH_FILES.size(); f++) {
      Path batch = Files.write(dir.resolve(Cifar10.BATCH_FILES.get(f)), Cifar10Test.records(f, f, 9 - f));
      registry.append(FileVerifier.sha256(batch)).append("  cifar10/").append(batch.getFileName()).append('\n');
    }
    Files.createDirectories(tmp.resolve("datasets"));
    Files.writeString(tmp.resolve("datasets").resolve(ChecksumRegistry.FILE_NAME), registry);
    DatasetLocator locator = DatasetLocator.fromEnvironment(Map.of(DatasetLocator.OFFLINE_VARIABLE, "1"), tmp);

    // Cifar10, Augmentation, ImageDataSetIterator (with an explicit locator instead of defaults)
    TrainTestSplit cifar = Cifar10.load(locator, Optional.of(dir)).standardized();
    DataSetIterator train = cifar.train().iterator(4, 42L, Augmentation.cropAndFlip());
    assertEquals(4, train.next().numExamples());

    // Cifar10Reader
    ImageDataset test = Cifar10Reader.read(List.of(dir.resolve("test_batch.bin")), "cifar10/test");
    assertEquals(2, test.size());
    assertEquals("deer", test.classNames().get(test.label(1))); // test_batch is file 5: labels 5, 4
  }
}
