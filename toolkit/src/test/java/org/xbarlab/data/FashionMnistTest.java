package org.xbarlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbarlab.DatasetException;

class FashionMnistTest {
  private static final Path DEBIAN = Path.of("/usr/share/datasets/fashion-mnist");

  @TempDir Path tmp;

  /** A locator rooted in a temporary project with a registry for the given files. */
  private DatasetLocator locatorFor(Path... files) throws IOException {
    StringBuilder registry = new StringBuilder("# test\n");
    for (Path f : files) {
      registry.append(FileVerifier.sha256(f)).append("  fashion-mnist/").append(f.getFileName()).append('\n');
    }
    Path project = Files.createDirectories(tmp.resolve("project").resolve("datasets")).getParent();
    Files.writeString(project.resolve("datasets").resolve(ChecksumRegistry.FILE_NAME), registry);
    return DatasetLocator.fromEnvironment(Map.of(DatasetLocator.OFFLINE_VARIABLE, "true"), project);
  }

  @Test
  void loadsSyntheticFilesFromExplicitFolderThroughTheLocator() throws IOException {
    Path dir = tmp.resolve("fm");
    Path[] files = {
      IdxFiles.write(dir.resolve(FashionMnist.TRAIN_IMAGES), IdxFiles.imageBytes(2051, 2, 28, 28, IdxFiles.pattern(2 * 784)), true),
      IdxFiles.write(dir.resolve(FashionMnist.TRAIN_LABELS), IdxFiles.labelBytes(2049, new int[] {7, 3}), true),
      IdxFiles.write(dir.resolve(FashionMnist.TEST_IMAGES), IdxFiles.imageBytes(2051, 1, 28, 28, IdxFiles.pattern(784)), true),
      IdxFiles.write(dir.resolve(FashionMnist.TEST_LABELS), IdxFiles.labelBytes(2049, new int[] {9}), true)
    };
    TrainTestSplit data = FashionMnist.load(locatorFor(files), Optional.of(dir));
    assertArrayEquals(new int[] {7, 3}, data.train().labels());
    assertEquals(IdxFiles.pattern(784 + 5)[784 + 4] & 0xff, data.train().rawPixel(1, 0, 0, 4));
    assertEquals("Ankle boot", data.test().classNames().get(data.test().label(0)));
  }

  @Test
  void tamperedFileFailsItsChecksumBeforeParsing() throws IOException {
    Path dir = tmp.resolve("fm");
    Path labels = IdxFiles.write(dir.resolve(FashionMnist.TEST_LABELS), IdxFiles.labelBytes(2049, new int[] {1}), false);
    Path images = IdxFiles.write(dir.resolve(FashionMnist.TEST_IMAGES), IdxFiles.imageBytes(2051, 1, 1, 1, new byte[1]), false);
    DatasetLocator locator = locatorFor(labels, images);
    Files.write(labels, IdxFiles.labelBytes(2049, new int[] {2}));
    DatasetException e =
        assertThrows(DatasetException.class, () -> FashionMnist.test(locator, Optional.of(dir)));
    assertTrue(e.getMessage().contains("checksum mismatch for " + labels), e.getMessage());
  }

  @Test
  @Tag("dataset")
  void realDebianFilesLoadWithVerifiedChecksumsAndBalancedClasses() {
    assumeTrue(Files.isRegularFile(DEBIAN.resolve(FashionMnist.TRAIN_IMAGES)), "dataset-fashion-mnist not installed");
    // the bundled registry, explicit Debian folder: nothing may come from a cache or the network
    DatasetLocator locator =
        DatasetLocator.fromEnvironment(Map.of(DatasetLocator.OFFLINE_VARIABLE, "1"), tmp)
            .withProjectRoot(tmp) // verification sidecars go to tmp/datasets/.verified
            .withRegistry(ChecksumRegistry.bundled());
    assertEquals(
        DEBIAN.resolve(FashionMnist.TRAIN_IMAGES),
        locator.locate(FashionMnist.spec(), FashionMnist.TRAIN_IMAGES, Optional.of(DEBIAN)));
    TrainTestSplit data = FashionMnist.load(locator, Optional.of(DEBIAN));
    assertEquals(60000, data.train().size());
    assertEquals(10000, data.test().size());
    assertEquals(28, data.train().height());
    assertEquals(28, data.train().width());
    int[] train = data.train().classCounts();
    int[] test = data.test().classCounts();
    for (int k = 0; k < 10; k++) {
      assertEquals(6000, train[k], "train class " + k);
      assertEquals(1000, test[k], "test class " + k);
    }
    assertEquals(6000, data.train().classCountTable().intColumn("count").get(9));
    // first training label of Fashion-MNIST is 9 (ankle boot), first test label 9 too
    assertEquals(9, data.train().label(0));
    assertEquals(9, data.test().label(0));
    double mean = data.train().channelMeans()[0];
    assertTrue(mean > 0.27 && mean < 0.30, "Fashion-MNIST mean pixel is about 0.286: " + mean);
  }
}
