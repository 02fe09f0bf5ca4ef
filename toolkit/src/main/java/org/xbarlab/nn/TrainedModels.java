package org.xbarlab.nn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.xbarlab.ConfigException;
import org.xbarlab.ProgressListener;
import org.xbarlab.XbarLabException;
import org.xbarlab.data.FashionMnist;
import org.xbarlab.data.ImageDataset;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Pre-trained Fashion-MNIST networks, trained once and cached on disk so that several notebooks
 * (and reruns) reuse the same network instead of training it again. The cache key is the whole
 * recipe (architecture, training images per class, epochs, batch size, seed): the same recipe gives
 * the same network. Files are written atomically, so an interrupted run never leaves a broken model.
 *
 * <pre>{@code
 * TrainedModels.Trained t = TrainedModels.fashionMnist(Architecture.SMALL_CNN, 600, 3, 42, listener);
 * Notebook.show(t.history());
 * }</pre>
 */
public final class TrainedModels {
  /** Minibatch size of the cached recipes. */
  public static final int BATCH = 64;
  /** Test images per class used for the history's accuracy column. */
  public static final int TEST_PER_CLASS = 200;

  /**
   * A trained network and how it got there.
   *
   * @param network the trained network
   * @param history per-epoch history (see {@link Training#fit})
   * @param fromCache true when loaded from the cache instead of trained now
   * @param file where the network is cached
   */
  public record Trained(Network network, Table history, boolean fromCache, Path file) {}

  private TrainedModels() {}

  /**
   * Returns the cached network for this recipe, training and caching it first if needed.
   *
   * @param architecture network to train
   * @param trainPerClass training images per class (seeded stratified subset), 1..6000
   * @param epochs epochs, 1..1000
   * @param seed seed of the subset, the shuffling and the initial weights
   * @param progress receives one step per minibatch while training
   */
  public static Trained fashionMnist(Architecture architecture, int trainPerClass, int epochs, long seed,
      ProgressListener progress) {
    return fashionMnist(architecture, trainPerClass, epochs, seed, progress, cacheFolder());
  }

  /** Like {@link #fashionMnist(Architecture, int, int, long, ProgressListener)} with an explicit cache folder. */
  public static Trained fashionMnist(Architecture architecture, int trainPerClass, int epochs, long seed,
      ProgressListener progress, Path cacheFolder) {
    if (trainPerClass < 1 || trainPerClass > 6000) {
      throw new ConfigException("trainPerClass", trainPerClass, "an integer in 1..6000 (Fashion-MNIST has 6000 per class)");
    }
    if (epochs < 1 || epochs > 1000) {
      throw new ConfigException("epochs", epochs, "an integer in 1..1000");
    }
    String key = String.format("fashion-mnist-%s-%dpc-%dep-b%d-seed%d", architecture.name().toLowerCase(),
        trainPerClass, epochs, BATCH, seed);
    Path model = cacheFolder.resolve(key + ".zip");
    Path history = cacheFolder.resolve(key + ".history.csv");
    try {
      if (Files.isRegularFile(model) && Files.isRegularFile(history)) {
        MultiLayerNetwork net = ModelSerializer.restoreMultiLayerNetwork(model.toFile(), true);
        Table h = Table.read().csv(CsvReadOptions.builder(history.toFile()).tableName("training history").build());
        return new Trained(Network.of(net), h, true, model);
      }
      ImageDataset train = FashionMnist.train().subsetPerClass(trainPerClass, seed);
      ImageDataset test = FashionMnist.test().subsetPerClass(TEST_PER_CLASS, seed);
      MultiLayerNetwork net = architecture.build(28, 28, 1, 10, seed);
      DataSetIterator trainIt = train.iterator(BATCH, seed);
      DataSetIterator testIt = test.evaluationIterator(500);
      Table h = Training.fit(Network.of(net), trainIt, testIt, epochs, progress);
      Files.createDirectories(cacheFolder);
      Path tmpModel = Files.createTempFile(cacheFolder, key, ".zip.part");
      ModelSerializer.writeModel(net, tmpModel.toFile(), true);
      Path tmpHistory = Files.createTempFile(cacheFolder, key, ".csv.part");
      h.write().csv(tmpHistory.toFile());
      Files.move(tmpHistory, history, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      Files.move(tmpModel, model, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return new Trained(Network.of(net), h, false, model);
    } catch (IOException e) {
      throw new XbarLabException("cannot read or write the model cache " + model + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns the model cache folder: {@code $XBARLAB_HOME/build/models}, or {@code build/models}
   * under the working directory when XBARLAB_HOME is unset.
   */
  public static Path cacheFolder() {
    String home = System.getenv("XBARLAB_HOME");
    Path base = home == null || home.isBlank() ? Path.of("") : Path.of(home);
    return base.resolve("build").resolve("models").toAbsolutePath();
  }
}
