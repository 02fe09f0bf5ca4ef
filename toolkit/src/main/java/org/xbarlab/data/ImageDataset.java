package org.xbarlab.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import org.xbarlab.Columns;

/**
 * An immutable labelled image dataset: {@code n} images of shape {@code [channels x height x
 * width]} (NCHW, the layout DL4J convolution layers expect) with class labels {@code 0..classes-1}
 * and a {@link Normalization} that turns raw pixels into floats.
 *
 * <p>Pixels are stored as raw 8-bit values (1 byte per pixel, so CIFAR-10's 50 000 training images
 * take 150 MB rather than 600 MB) and converted to normalised floats when read: {@link #features()}
 * gives the float {@code [n x channels x height x width]} array, the iterators convert batch by
 * batch. Subsets share nothing mutable with their parent.
 *
 * <pre>{@code
 * ImageDataset train = FashionMnist.train();              // 60000 x 1 x 28 x 28, scaled to [0, 1]
 * ImageDataset small = train.subset(1000, 7L);           // stratified: 100 per class
 * DataSetIterator it = small.iterator(64, 7L);           // shuffled per epoch, one-hot labels
 * Table counts = small.classCountTable();                // class_index, class_name, count
 * }</pre>
 */
public final class ImageDataset {
  private final String name;
  private final byte[] pixels;
  private final int[] labels;
  private final int channels;
  private final int height;
  private final int width;
  private final List<String> classNames;
  private final Normalization normalization;
  private final float[][] lookup;

  private ImageDataset(
      String name,
      byte[] pixels,
      int[] labels,
      int channels,
      int height,
      int width,
      List<String> classNames,
      Normalization normalization) {
    this.name = name;
    this.pixels = pixels;
    this.labels = labels;
    this.channels = channels;
    this.height = height;
    this.width = width;
    this.classNames = classNames;
    this.normalization = normalization;
    this.lookup = normalization.table(channels);
  }

  /**
   * Returns a dataset over copies of raw pixels and labels, normalised to [0, 1].
   *
   * @param name a short name used in messages and tables, for example {@code "fashion-mnist/train"}
   * @param rawPixels raw 8-bit pixels, shape {@code [n x channels x height x width]} row-major
   * @param labels class index of each image, shape {@code [n]}, each in {@code 0..classNames.size()-1}
   * @param channels channels per image, &gt;= 1
   * @param height image height in pixels, &gt;= 1
   * @param width image width in pixels, &gt;= 1
   * @param classNames name of each class, at least one
   * @throws ConfigException if the shapes disagree or a label is out of range
   */
  public static ImageDataset of(
      String name, byte[] rawPixels, int[] labels, int channels, int height, int width, List<String> classNames) {
    return create(name, rawPixels.clone(), labels.clone(), channels, height, width, classNames);
  }

  /** Like {@link #of} but takes ownership of the arrays (readers pass freshly read arrays). */
  static ImageDataset create(
      String name, byte[] rawPixels, int[] labels, int channels, int height, int width, List<String> classNames) {
    if (channels < 1 || height < 1 || width < 1) {
      throw new ConfigException("channels/height/width", channels + "/" + height + "/" + width, "each >= 1");
    }
    if (classNames.isEmpty()) {
      throw new ConfigException("classNames", classNames, "at least one class");
    }
    long imageSize = (long) channels * height * width;
    if (rawPixels.length != imageSize * labels.length) {
      throw new ConfigException(
          "rawPixels.length",
          rawPixels.length,
          labels.length + " labels x " + imageSize + " pixels = " + imageSize * labels.length);
    }
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0 || labels[i] >= classNames.size()) {
        throw new ConfigException("labels[" + i + "]", labels[i], "a class index in 0.." + (classNames.size() - 1));
      }
    }
    return new ImageDataset(
        name, rawPixels, labels, channels, height, width, List.copyOf(classNames), Normalization.unitRange());
  }

  /** Returns the dataset's name, for example {@code "fashion-mnist/train"}. */
  public String name() {
    return name;
  }

  /** Returns the number of images. */
  public int size() {
    return labels.length;
  }

  /** Returns the channels per image (1 for Fashion-MNIST, 3 for CIFAR-10). */
  public int channels() {
    return channels;
  }

  /** Returns the image height in pixels. */
  public int height() {
    return height;
  }

  /** Returns the image width in pixels. */
  public int width() {
    return width;
  }

  /** Returns the number of values per image, {@code channels * height * width}. */
  public int imageSize() {
    return channels * height * width;
  }

  /** Returns the number of classes. */
  public int numClasses() {
    return classNames.size();
  }

  /** Returns the class names, indexed by label (unmodifiable). */
  public List<String> classNames() {
    return classNames;
  }

  /** Returns the normalisation applied when pixels are read as floats. */
  public Normalization normalization() {
    return normalization;
  }

  /**
   * Returns the label of image {@code index}, in {@code 0..numClasses()-1}.
   *
   * @param index image index in {@code 0..size()-1}
   */
  public int label(int index) {
    checkIndex(index);
    return labels[index];
  }

  /** Returns a copy of all labels, shape {@code [n]}. */
  public int[] labels() {
    return labels.clone();
  }

  /**
   * Returns the raw 8-bit value (0..255) of one pixel.
   *
   * @param index image index in {@code 0..size()-1}
   * @param channel channel in {@code 0..channels()-1} (0 = red for CIFAR-10)
   * @param y row in {@code 0..height()-1}, from the top
   * @param x column in {@code 0..width()-1}, from the left
   */
  public int rawPixel(int index, int channel, int y, int x) {
    checkIndex(index);
    if (channel < 0 || channel >= channels || y < 0 || y >= height || x < 0 || x >= width) {
      throw new IndexOutOfBoundsException(
          "pixel (" + channel + ", " + y + ", " + x + ") outside " + channels + " x " + height + " x " + width);
    }
    return pixels[index * imageSize() + (channel * height + y) * width + x] & 0xff;
  }

  /**
   * Returns the normalised value of one pixel (see {@link Normalization}).
   *
   * @param index image index in {@code 0..size()-1}
   * @param channel channel in {@code 0..channels()-1}
   * @param y row in {@code 0..height()-1}
   * @param x column in {@code 0..width()-1}
   */
  public float pixel(int index, int channel, int y, int x) {
    int raw = rawPixel(index, channel, y, x);
    return lookup[channel][raw];
  }

  /**
   * Returns a copy of the raw 8-bit pixels of image {@code index}, shape {@code [c x h x w]}.
   *
   * @param index image index in {@code 0..size()-1}
   */
  public byte[] rawImage(int index) {
    checkIndex(index);
    int size = imageSize();
    return Arrays.copyOfRange(pixels, index * size, (index + 1) * size);
  }

  /**
   * Returns the normalised pixels of image {@code index}, shape {@code [c x h x w]}.
   *
   * @param index image index in {@code 0..size()-1}
   */
  public float[] image(int index) {
    checkIndex(index);
    float[] out = new float[imageSize()];
    writeNormalized(pixels, index * imageSize(), out, 0, lookup);
    return out;
  }

  /**
   * Returns a copy with {@code newNormalization} (pixels are shared, they never change).
   *
   * @param newNormalization unit range, or a standardisation with one mean and std per channel
   * @throws org.xbarlab.ConfigException if the standardisation is for another channel count
   */
  public ImageDataset withNormalization(Normalization newNormalization) {
    return new ImageDataset(name, pixels, labels, channels, height, width, classNames, newNormalization);
  }

  /**
   * Returns a copy named {@code newName}.
   *
   * @param newName name used in messages and tables
   */
  public ImageDataset withName(String newName) {
    return new ImageDataset(newName, pixels, labels, channels, height, width, classNames, normalization);
  }

  /** Returns the mean of each channel over all images, on the [0, 1] scale, shape {@code [c]}. */
  public double[] channelMeans() {
    double[] sum = new double[channels];
    int plane = height * width;
    for (int i = 0; i < pixels.length; i++) {
      sum[(i / plane) % channels] += pixels[i] & 0xff;
    }
    double count = (double) size() * plane * 255.0;
    for (int c = 0; c < channels; c++) {
      sum[c] = size() == 0 ? 0 : sum[c] / count;
    }
    return sum;
  }

  /**
   * Returns the population standard deviation of each channel over all images, on the [0, 1]
   * scale, shape {@code [c]}.
   */
  public double[] channelStdDevs() {
    double[] mean = channelMeans();
    double[] squares = new double[channels];
    int plane = height * width;
    for (int i = 0; i < pixels.length; i++) {
      int c = (i / plane) % channels;
      double d = (pixels[i] & 0xff) / 255.0 - mean[c];
      squares[c] += d * d;
    }
    for (int c = 0; c < channels; c++) {
      squares[c] = size() == 0 ? 0 : Math.sqrt(squares[c] / ((double) size() * plane));
    }
    return squares;
  }

  /**
   * Returns the standardisation fitted to this dataset's per-channel mean and standard deviation
   * (apply it to this set and, unchanged, to the matching test set).
   */
  public Normalization fitStandardization() {
    return Normalization.standardize(channelMeans(), channelStdDevs());
  }

  /** Returns the number of images of each class, shape {@code [numClasses]}. */
  public int[] classCounts() {
    int[] counts = new int[numClasses()];
    for (int label : labels) {
      counts[label]++;
    }
    return counts;
  }

  /**
   * Returns the class counts as a table with one row per class and the columns {@code
   * class_index} (int), {@code class_name} (string) and {@code count} (int).
   */
  public Table classCountTable() {
    int[] counts = classCounts();
    int[] indices = new int[counts.length];
    Arrays.setAll(indices, i -> i);
    return Table.create(
        name + " class counts",
        IntColumn.create(Columns.CLASS_INDEX, indices),
        StringColumn.create(Columns.CLASS_NAME, classNames),
        IntColumn.create(Columns.COUNT, counts));
  }

  /**
   * Returns a stratified random subset of {@code totalCount} images that keeps the class
   * proportions: class {@code k} gets {@code floor(totalCount * n_k / n)} images plus one for the
   * classes with the largest remainders (ties to the lower class index) until the total is
   * reached. Images keep their original order. The same seed gives the same subset.
   *
   * @param totalCount images in the subset, 0..size()
   * @param seed seed of the random choice within each class
   * @throws ConfigException if {@code totalCount} is out of range
   */
  public ImageDataset subset(int totalCount, long seed) {
    if (totalCount < 0 || totalCount > size()) {
      throw new ConfigException("totalCount", totalCount, "an integer in 0.." + size() + " (the dataset size)");
    }
    int[] counts = classCounts();
    int[] take = new int[counts.length];
    double[] remainder = new double[counts.length];
    int assigned = 0;
    for (int k = 0; k < counts.length; k++) {
      double exact = size() == 0 ? 0 : (double) totalCount * counts[k] / size();
      take[k] = (int) Math.floor(exact);
      remainder[k] = exact - take[k];
      assigned += take[k];
    }
    while (assigned < totalCount) {
      int best = -1;
      for (int k = 0; k < counts.length; k++) {
        if (take[k] < counts[k] && (best < 0 || remainder[k] > remainder[best])) {
          best = k;
        }
      }
      take[best]++;
      remainder[best] = -1;
      assigned++;
    }
    return select(take, seed, name + "[subset " + totalCount + ", seed " + seed + "]");
  }

  /**
   * Returns a balanced random subset with {@code perClassCount} images of every class, in their
   * original order. The same seed gives the same subset.
   *
   * @param perClassCount images per class, 0..(size of the smallest class)
   * @param seed seed of the random choice within each class
   * @throws ConfigException if a class has fewer than {@code perClassCount} images
   */
  public ImageDataset subsetPerClass(int perClassCount, long seed) {
    int[] counts = classCounts();
    int smallest = Arrays.stream(counts).min().orElse(0);
    if (perClassCount < 0 || perClassCount > smallest) {
      throw new ConfigException(
          "perClassCount", perClassCount, "an integer in 0.." + smallest + " (images in the smallest class)");
    }
    int[] take = new int[counts.length];
    Arrays.fill(take, perClassCount);
    return select(take, seed, name + "[" + perClassCount + " per class, seed " + seed + "]");
  }

  private ImageDataset select(int[] takePerClass, long seed, String subsetName) {
    List<List<Integer>> byClass = new ArrayList<>();
    for (int k = 0; k < numClasses(); k++) {
      byClass.add(new ArrayList<>());
    }
    for (int i = 0; i < labels.length; i++) {
      byClass.get(labels[i]).add(i);
    }
    RandomSource root = RandomSource.seeded(seed);
    boolean[] chosen = new boolean[labels.length];
    int total = 0;
    for (int k = 0; k < numClasses(); k++) {
      List<Integer> members = byClass.get(k);
      int[] order = members.stream().mapToInt(Integer::intValue).toArray();
      root.split(k).shuffle(order);
      for (int j = 0; j < takePerClass[k]; j++) {
        chosen[order[j]] = true;
      }
      total += takePerClass[k];
    }
    int[] indices = new int[total];
    int n = 0;
    for (int i = 0; i < chosen.length; i++) {
      if (chosen[i]) {
        indices[n++] = i;
      }
    }
    return select(indices, subsetName);
  }

  /**
   * Returns the images at {@code indices}, in that order (duplicates allowed).
   *
   * @param indices image indices, each in {@code 0..size()-1}
   */
  public ImageDataset select(int[] indices) {
    return select(indices, name + "[" + indices.length + " selected]");
  }

  private ImageDataset select(int[] indices, String subsetName) {
    int size = imageSize();
    byte[] subPixels = new byte[indices.length * size];
    int[] subLabels = new int[indices.length];
    for (int j = 0; j < indices.length; j++) {
      checkIndex(indices[j]);
      System.arraycopy(pixels, indices[j] * size, subPixels, j * size, size);
      subLabels[j] = labels[indices[j]];
    }
    return new ImageDataset(subsetName, subPixels, subLabels, channels, height, width, classNames, normalization);
  }

  /**
   * Returns all normalised images as a float array {@code [n x channels x height x width]}
   * (4 bytes per pixel: prefer the iterators for large sets).
   */
  public INDArray features() {
    int[] all = new int[size()];
    Arrays.setAll(all, i -> i);
    return features(all, 0, all.length);
  }

  /** Returns the one-hot labels, float {@code [n x numClasses]}. */
  public INDArray oneHotLabels() {
    int[] all = new int[size()];
    Arrays.setAll(all, i -> i);
    return oneHotLabels(all, 0, all.length);
  }

  /** Returns the whole dataset as one DL4J {@link DataSet} (features NCHW, one-hot labels). */
  public DataSet toDataSet() {
    return new DataSet(features(), oneHotLabels());
  }

  /**
   * Returns a training iterator: batches of {@code batchSize}, a fresh seeded shuffle every epoch,
   * one-hot labels, no augmentation.
   *
   * @param batchSize images per batch, &gt;= 1 (the last batch may be smaller)
   * @param seed seed of the per-epoch shuffles
   */
  public DataSetIterator iterator(int batchSize, long seed) {
    return ImageDataSetIterator.shuffled(this, batchSize, seed, Augmentation.none());
  }

  /**
   * Returns a training iterator with seeded per-sample {@code augmentation} (see {@link
   * Augmentation#cropAndFlip()}) and seeded per-epoch shuffles.
   *
   * @param batchSize images per batch, &gt;= 1
   * @param seed seed of the shuffles and the augmentation draws
   * @param augmentation augmentation applied to raw pixels before normalisation
   */
  public DataSetIterator iterator(int batchSize, long seed, Augmentation augmentation) {
    return ImageDataSetIterator.shuffled(this, batchSize, seed, augmentation);
  }

  /**
   * Returns an evaluation iterator: batches in dataset order, no shuffle, no augmentation.
   *
   * @param batchSize images per batch, &gt;= 1 (the last batch may be smaller)
   */
  public DataSetIterator evaluationIterator(int batchSize) {
    return ImageDataSetIterator.ordered(this, batchSize);
  }

  INDArray features(int[] order, int from, int to) {
    return features(order, from, to, Augmentation.none(), null);
  }

  /** Builds {@code [to-from x c x h x w]} floats for {@code order[from..to)}, augmenting if asked. */
  INDArray features(int[] order, int from, int to, Augmentation augmentation, RandomSource rng) {
    int size = imageSize();
    float[][] table = lookup;
    float[] out = new float[(to - from) * size];
    byte[] scratch = new byte[size];
    for (int j = from; j < to; j++) {
      int offset = order[j] * size;
      if (augmentation.isNone()) {
        writeNormalized(pixels, offset, out, (j - from) * size, table);
      } else {
        augmentation.apply(pixels, offset, channels, height, width, scratch, rng);
        writeNormalized(scratch, 0, out, (j - from) * size, table);
      }
    }
    return Nd4j.create(out, new long[] {to - from, channels, height, width}, 'c');
  }

  INDArray oneHotLabels(int[] order, int from, int to) {
    int k = numClasses();
    float[] out = new float[(to - from) * k];
    for (int j = from; j < to; j++) {
      out[(j - from) * k + labels[order[j]]] = 1f;
    }
    return Nd4j.create(out, new long[] {to - from, k}, 'c');
  }

  private void writeNormalized(byte[] source, int sourceOffset, float[] out, int outOffset, float[][] table) {
    int plane = height * width;
    for (int c = 0; c < channels; c++) {
      float[] lookup = table[c];
      int base = c * plane;
      for (int p = 0; p < plane; p++) {
        out[outOffset + base + p] = lookup[source[sourceOffset + base + p] & 0xff];
      }
    }
  }

  private void checkIndex(int index) {
    if (index < 0 || index >= labels.length) {
      throw new IndexOutOfBoundsException("image index " + index + " outside 0.." + (labels.length - 1));
    }
  }

  @Override
  public String toString() {
    return "ImageDataset["
        + name
        + ": "
        + size()
        + " x "
        + channels
        + " x "
        + height
        + " x "
        + width
        + ", "
        + numClasses()
        + " classes, "
        + normalization
        + "]";
  }
}
