package org.xbarlab.data;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xbarlab.DatasetException;

/**
 * Fashion-MNIST (Xiao, Rasul and Vollgraf, 2017, arXiv:1708.07747): 28 x 28 grey-scale images of
 * 10 clothing classes, 60 000 for training and 10 000 for test, 6 000 / 1 000 per class. Files
 * are found by {@link DatasetLocator} (explicit folder, project cache {@code
 * datasets/fashion-mnist/}, Debian's {@code /usr/share/datasets/fashion-mnist} from package {@code
 * dataset-fashion-mnist}, the mirror, then the official URL) and verified by SHA-256. Images are
 * {@code [n x 1 x 28 x 28]}, scaled to [0, 1].
 *
 * <pre>{@code
 * TrainTestSplit data = FashionMnist.load();
 * DataSetIterator train = data.train().iterator(128, 42L);
 * DataSetIterator test = data.test().evaluationIterator(512);
 * }</pre>
 */
public final class FashionMnist {
  /** Training images file name. */
  public static final String TRAIN_IMAGES = "train-images-idx3-ubyte.gz";
  /** Training labels file name. */
  public static final String TRAIN_LABELS = "train-labels-idx1-ubyte.gz";
  /** Test images file name. */
  public static final String TEST_IMAGES = "t10k-images-idx3-ubyte.gz";
  /** Test labels file name. */
  public static final String TEST_LABELS = "t10k-labels-idx1-ubyte.gz";

  /** Official download folder of the four files. */
  public static final String BASE_URL = "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/";

  private static final List<String> CLASS_NAMES =
      List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

  private FashionMnist() {}

  /** Returns where Fashion-MNIST is searched for and downloaded from. */
  public static DatasetSpec spec() {
    return new DatasetSpec(
        "fashion-mnist",
        List.of(Path.of("/usr/share/datasets/fashion-mnist")),
        List.of(),
        Map.of(
            TRAIN_IMAGES, URI.create(BASE_URL + TRAIN_IMAGES),
            TRAIN_LABELS, URI.create(BASE_URL + TRAIN_LABELS),
            TEST_IMAGES, URI.create(BASE_URL + TEST_IMAGES),
            TEST_LABELS, URI.create(BASE_URL + TEST_LABELS)),
        "On Debian/Ubuntu: sudo apt-get install dataset-fashion-mnist. Elsewhere download the four *.gz files from"
            + " https://github.com/zalandoresearch/fashion-mnist.");
  }

  /** Returns the 10 class names, indexed by label (0 = "T-shirt/top" ... 9 = "Ankle boot"). */
  public static List<String> classNames() {
    return CLASS_NAMES;
  }

  /**
   * Returns training and test sets found by {@link DatasetLocator#defaults()}.
   *
   * @throws DatasetException if a file is missing everywhere, fails its checksum or is malformed
   */
  public static TrainTestSplit load() {
    return load(DatasetLocator.defaults(), Optional.empty());
  }

  /**
   * Returns training and test sets, searching {@code directory} first.
   *
   * @param directory folder holding the four {@code *.gz} files
   * @throws DatasetException if a file is missing everywhere, fails its checksum or is malformed
   */
  public static TrainTestSplit load(Path directory) {
    return load(DatasetLocator.defaults(), Optional.of(directory));
  }

  /**
   * Returns training and test sets found by {@code locator}, searching {@code directory} first.
   *
   * @param locator where to look and what checksums to expect
   * @param directory optional folder searched before all others
   * @throws DatasetException if a file is missing everywhere, fails its checksum or is malformed
   */
  public static TrainTestSplit load(DatasetLocator locator, Optional<Path> directory) {
    return new TrainTestSplit(train(locator, directory), test(locator, directory));
  }

  /** Returns the 60 000 training images found by {@link DatasetLocator#defaults()}. */
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
    return read(locator, directory, TRAIN_IMAGES, TRAIN_LABELS, "fashion-mnist/train");
  }

  /**
   * Returns the test images found by {@code locator}, searching {@code directory} first.
   *
   * @param locator where to look and what checksums to expect
   * @param directory optional folder searched before all others
   */
  public static ImageDataset test(DatasetLocator locator, Optional<Path> directory) {
    return read(locator, directory, TEST_IMAGES, TEST_LABELS, "fashion-mnist/test");
  }

  private static ImageDataset read(
      DatasetLocator locator, Optional<Path> directory, String imagesName, String labelsName, String name) {
    DatasetSpec spec = spec();
    Path images = locator.locate(spec, imagesName, directory);
    Path labels = locator.locate(spec, labelsName, directory);
    return IdxReader.read(images, labels, CLASS_NAMES, name);
  }
}
