package org.xbarlab.data;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xbarlab.DatasetException;

/**
 * CIFAR-10 (Krizhevsky, "Learning Multiple Layers of Features from Tiny Images", 2009): 32 x 32
 * colour images of 10 classes, 50 000 for training (5 000 per class) and 10 000 for test (1 000
 * per class), read from the binary version. Images are {@code [n x 3 x 32 x 32]} (RGB), scaled to
 * [0, 1]; use {@link TrainTestSplit#standardized()} for per-channel standardisation and {@link
 * Augmentation#cropAndFlip()} for the usual training augmentation.
 *
 * <p>Files are found by {@link DatasetLocator} (explicit folder, project cache {@code
 * datasets/cifar10/}, the mirror; in each also {@code cifar-10-batches-bin/}). If the six batch
 * files are not all found, the archive {@code cifar-10-binary.tar.gz} is located the same way (or
 * downloaded from the official URL into the cache), verified, and its batch files are extracted
 * into the cache: each is written to a temporary folder, verified, then moved into place
 * atomically. Every file is checked against {@code datasets/checksums.sha256}.
 *
 * <pre>{@code
 * TrainTestSplit cifar = Cifar10.load().standardized();
 * DataSetIterator train = cifar.train().iterator(128, 42L, Augmentation.cropAndFlip());
 * }</pre>
 */
public final class Cifar10 {
  /** The official archive of the binary version. */
  public static final String ARCHIVE = "cifar-10-binary.tar.gz";

  /** Official download address of {@link #ARCHIVE}. */
  public static final String ARCHIVE_URL = "https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz";

  /** The five training batch files, in order. */
  public static final List<String> TRAIN_FILES =
      List.of("data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin", "data_batch_4.bin", "data_batch_5.bin");

  /** The test batch file. */
  public static final String TEST_FILE = "test_batch.bin";

  /** All six batch files: the training batches then the test batch. */
  public static final List<String> BATCH_FILES =
      List.of(
          "data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin", "data_batch_4.bin", "data_batch_5.bin", TEST_FILE);

  private static final List<String> CLASS_NAMES =
      List.of("airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck");

  private Cifar10() {}

  /** Returns where CIFAR-10 is searched for and downloaded from. */
  public static DatasetSpec spec() {
    return new DatasetSpec(
        "cifar10",
        List.of(),
        List.of("cifar-10-batches-bin"),
        Map.of(ARCHIVE, URI.create(ARCHIVE_URL)),
        "Download " + ARCHIVE_URL + " (170052171 bytes) on a machine with network access and copy it, or the"
            + " extracted *.bin files, to one of the folders above.");
  }

  /** Returns the 10 class names, indexed by label (as in {@code batches.meta.txt}). */
  public static List<String> classNames() {
    return CLASS_NAMES;
  }

  /**
   * Returns training and test sets found by {@link DatasetLocator#defaults()}.
   *
   * @throws DatasetException if the data is missing everywhere, fails a checksum or is malformed
   */
  public static TrainTestSplit load() {
    return load(DatasetLocator.defaults(), Optional.empty());
  }

  /**
   * Returns training and test sets, searching {@code directory} first (it may hold the batch
   * files, a {@code cifar-10-batches-bin/} folder or the archive).
   *
   * @param directory folder searched before all others
   * @throws DatasetException if the data is missing everywhere, fails a checksum or is malformed
   */
  public static TrainTestSplit load(Path directory) {
    return load(DatasetLocator.defaults(), Optional.of(directory));
  }

  /**
   * Returns training and test sets found by {@code locator}, searching {@code directory} first.
   *
   * @param locator where to look and what checksums to expect
   * @param directory optional folder searched before all others
   * @throws DatasetException if the data is missing everywhere, fails a checksum or is malformed
   */
  public static TrainTestSplit load(DatasetLocator locator, Optional<Path> directory) {
    List<Path> files = resolve(locator, directory, BATCH_FILES);
    return new TrainTestSplit(
        Cifar10Reader.read(files.subList(0, TRAIN_FILES.size()), "cifar10/train"),
        Cifar10Reader.read(files.subList(TRAIN_FILES.size(), files.size()), "cifar10/test"));
  }

  /** Returns the 50 000 training images found by {@link DatasetLocator#defaults()}. */
  public static ImageDataset train() {
    return train(DatasetLocator.defaults(), Optional.empty());
  }

  /** Returns the 10 000 test images found by {@link DatasetLocator#defaults()}. */
  public static ImageDataset test() {
    return test(DatasetLocator.defaults(), Optional.empty());
  }

  /**
   * Returns the training images found by {@code locator}, searching {@code directory} first.
   *
   * @param locator where to look and what checksums to expect
   * @param directory optional folder searched before all others
   */
  public static ImageDataset train(DatasetLocator locator, Optional<Path> directory) {
    return Cifar10Reader.read(resolve(locator, directory, TRAIN_FILES), "cifar10/train");
  }

  /**
   * Returns the test images found by {@code locator}, searching {@code directory} first.
   *
   * @param locator where to look and what checksums to expect
   * @param directory optional folder searched before all others
   */
  public static ImageDataset test(DatasetLocator locator, Optional<Path> directory) {
    return Cifar10Reader.read(resolve(locator, directory, List.of(TEST_FILE)), "cifar10/test");
  }

  /** Returns verified paths of {@code names}, extracting the archive into the cache if needed. */
  private static List<Path> resolve(DatasetLocator locator, Optional<Path> directory, List<String> names) {
    DatasetSpec spec = spec();
    List<Path> found = find(locator, spec, directory, names);
    if (found.size() == names.size()) {
      return found;
    }
    Path archive;
    try {
      archive = locator.locate(spec, ARCHIVE, directory);
    } catch (DatasetException e) {
      throw new DatasetException(
          "CIFAR-10: the batch files "
              + names
              + " are not all present in the folders below (nor in their cifar-10-batches-bin/), and neither is the"
              + " archive. "
              + e.getMessage(),
          e);
    }
    extractIntoCache(locator, spec, archive);
    found = find(locator, spec, directory, names);
    if (found.size() != names.size()) {
      throw new DatasetException("CIFAR-10 files are still missing after extracting " + archive + " into "
          + locator.cacheDirectory(spec));
    }
    return found;
  }

  private static List<Path> find(DatasetLocator locator, DatasetSpec spec, Optional<Path> directory, List<String> names) {
    List<Path> found = new ArrayList<>();
    for (String name : names) {
      locator.findLocal(spec, name, directory).ifPresent(found::add);
    }
    return found;
  }

  /** Extracts all six batch files, verifies each, then moves them into the cache atomically. */
  static void extractIntoCache(DatasetLocator locator, DatasetSpec spec, Path archive) {
    Path cache = locator.cacheDirectory(spec);
    Map<String, Path> extracted = TarGzExtractor.extract(archive, cache, new LinkedHashSet<>(BATCH_FILES));
    Path tempDir = extracted.values().iterator().next().getParent();
    try {
      for (Map.Entry<String, Path> entry : extracted.entrySet()) {
        FileVerifier.verify(entry.getValue(), locator.acceptedSha256(spec, entry.getKey()), tempDir);
      }
      for (Map.Entry<String, Path> entry : extracted.entrySet()) {
        FileVerifier.moveAtomically(entry.getValue(), cache.resolve(entry.getKey()));
      }
    } finally {
      TarGzExtractor.deleteTree(tempDir);
    }
  }
}
