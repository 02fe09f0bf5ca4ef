package org.xbarlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.xbarlab.ConfigException;
import tech.tablesaw.api.Table;

class ImageDatasetTest {
  private static final List<String> THREE = List.of("a", "b", "c");

  /** 60 images of 2 x 3 x 3 with labels 0 (10 images), 1 (20), 2 (30); pixel = image index. */
  static ImageDataset unbalanced() {
    int n = 60;
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = i < 10 ? 0 : i < 30 ? 1 : 2;
    }
    int[] shuffledLabels = new int[n];
    byte[] pixels = new byte[n * 18];
    // interleave classes so order is not sorted by class
    for (int i = 0; i < n; i++) {
      shuffledLabels[i] = labels[(i * 7) % n];
      Arrays.fill(pixels, i * 18, (i + 1) * 18, (byte) i);
    }
    return ImageDataset.of("toy", pixels, shuffledLabels, 2, 3, 3, THREE);
  }

  @Test
  void validatesShapesAndLabels() {
    assertThrows(ConfigException.class, () -> ImageDataset.of("x", new byte[5], new int[] {0}, 1, 2, 2, THREE));
    assertThrows(ConfigException.class, () -> ImageDataset.of("x", new byte[4], new int[] {3}, 1, 2, 2, THREE));
  }

  @Test
  void stratifiedSubsetKeepsExactClassProportions() {
    ImageDataset data = unbalanced();
    assertArrayEquals(new int[] {10, 20, 30}, data.classCounts());
    ImageDataset subset = data.subset(30, 1L);
    assertArrayEquals(new int[] {5, 10, 15}, subset.classCounts());
    // 7 of 60: exact shares 1.17, 2.33, 3.5 -> floors 1, 2, 3 and the largest remainder (class 2) gets one more
    assertArrayEquals(new int[] {1, 2, 4}, data.subset(7, 1L).classCounts());
    assertArrayEquals(new int[] {4, 4, 4}, data.subsetPerClass(4, 9L).classCounts());
    assertThrows(ConfigException.class, () -> data.subsetPerClass(11, 9L));
    assertThrows(ConfigException.class, () -> data.subset(61, 9L));
  }

  @Test
  void subsetIsSameForSameSeedAndDifferentForAnotherSeed() {
    ImageDataset data = unbalanced();
    int[] first = ids(data.subset(30, 5L));
    assertArrayEquals(first, ids(data.subset(30, 5L)));
    assertFalse(Arrays.equals(first, ids(data.subset(30, 6L))));
    assertArrayEquals(ids(data.subsetPerClass(3, 5L)), ids(data.subsetPerClass(3, 5L)));
    assertFalse(Arrays.equals(ids(data.subsetPerClass(3, 5L)), ids(data.subsetPerClass(3, 6L))));
    // the pixels travel with their labels
    ImageDataset subset = data.subset(30, 5L);
    for (int j = 0; j < subset.size(); j++) {
      assertEquals(data.label(subset.rawPixel(j, 0, 0, 0)), subset.label(j));
    }
  }

  private static int[] ids(ImageDataset data) {
    int[] ids = new int[data.size()];
    for (int j = 0; j < ids.length; j++) {
      ids[j] = data.rawPixel(j, 1, 2, 2);
    }
    return ids;
  }

  @Test
  void normalizationScalesAndStandardizesPerChannel() {
    byte[] pixels = {0, (byte) 255, 51, 102, (byte) 200, 10, 20, 30}; // 2 images x 2 channels x 1 x 2
    ImageDataset data = ImageDataset.of("n", pixels, new int[] {0, 1}, 2, 1, 2, THREE);
    assertEquals(1f, data.pixel(0, 0, 0, 1), 1e-7f);
    assertEquals(0.2f, data.pixel(0, 1, 0, 0), 1e-6f);
    double[] mean = data.channelMeans();
    assertEquals((0 + 255 + 200 + 10) / 4.0 / 255.0, mean[0], 1e-12);
    assertEquals((51 + 102 + 20 + 30) / 4.0 / 255.0, mean[1], 1e-12);
    ImageDataset standardized = data.withNormalization(data.fitStandardization());
    double[] sd = data.channelStdDevs();
    assertEquals((200 / 255.0 - mean[0]) / sd[0], standardized.pixel(1, 0, 0, 0), 1e-5);
    // standardised values have mean 0 and unit population variance per channel
    INDArray features = standardized.features();
    assertArrayEquals(new long[] {2, 2, 1, 2}, features.shape());
    double sum = 0;
    double squares = 0;
    for (int i = 0; i < 2; i++) {
      for (int x = 0; x < 2; x++) {
        double v = features.getDouble(i, 1, 0, x);
        sum += v;
        squares += v * v;
      }
    }
    assertEquals(0, sum / 4, 1e-5);
    assertEquals(1, squares / 4, 1e-5);
    assertThrows(ConfigException.class, () -> data.withNormalization(Normalization.standardize(new double[] {0.5}, new double[] {1})));
  }

  @Test
  void classCountTableHasOneRowPerClass() {
    Table table = unbalanced().classCountTable();
    assertEquals(List.of("class_index", "class_name", "count"), table.columnNames());
    assertEquals(3, table.rowCount());
    assertEquals("c", table.stringColumn("class_name").get(2));
    assertEquals(30, table.intColumn("count").get(2));
  }

  @Test
  void iteratorBatchesOneHotLabelsAndShufflesPerEpochBySeed() {
    ImageDataset data = unbalanced();
    DataSetIterator it = data.iterator(16, 3L);
    List<Integer> epoch0 = drain(it, data);
    assertEquals(60, epoch0.size());
    assertEquals(60, epoch0.stream().distinct().count(), "every image exactly once");
    it.reset();
    List<Integer> epoch1 = drain(it, data);
    assertNotEquals(epoch0, epoch1, "a new shuffle every epoch");
    DataSetIterator again = data.iterator(16, 3L);
    again.reset(); // a reset before any batch does not advance the epoch
    assertEquals(epoch0, drain(again, data));
    again.reset();
    assertEquals(epoch1, drain(again, data));
    assertNotEquals(epoch0, drain(data.iterator(16, 4L), data));
    List<Integer> ordered = drain(data.evaluationIterator(25), data);
    for (int i = 0; i < 60; i++) {
      assertEquals(i, ordered.get(i));
    }
  }

  /** Drains one epoch, checking shapes and one-hot labels, and returns the image ids. */
  private static List<Integer> drain(DataSetIterator it, ImageDataset data) {
    List<Integer> ids = new ArrayList<>();
    while (it.hasNext()) {
      DataSet batch = it.next();
      long rows = batch.getFeatures().size(0);
      assertTrue(rows == it.batch() || !it.hasNext(), "only the last batch is short");
      assertArrayEquals(new long[] {rows, 2, 3, 3}, batch.getFeatures().shape());
      assertArrayEquals(new long[] {rows, 3}, batch.getLabels().shape());
      for (int r = 0; r < rows; r++) {
        int id = Math.round(batch.getFeatures().getFloat(r, 0, 1, 1) * 255f);
        ids.add(id);
        for (int k = 0; k < 3; k++) {
          assertEquals(k == data.label(id) ? 1f : 0f, batch.getLabels().getFloat(r, k));
        }
      }
    }
    return ids;
  }

  @Test
  void horizontalFlipIsAnExactMirror() {
    byte[] image = IdxFiles.pattern(2 * 3 * 4);
    byte[] out = new byte[image.length];
    Augmentation.apply(image, 0, 2, 3, 4, out, 0, 0, true);
    for (int c = 0; c < 2; c++) {
      for (int y = 0; y < 3; y++) {
        for (int x = 0; x < 4; x++) {
          assertEquals(image[(c * 3 + y) * 4 + (3 - x)], out[(c * 3 + y) * 4 + x]);
        }
      }
    }
    byte[] shifted = new byte[image.length];
    Augmentation.apply(image, 0, 2, 3, 4, shifted, 1, -2, false);
    assertEquals(image[(3 + 1) * 4 + 0], shifted[(3 + 0) * 4 + 2]); // channel 1, y 0, x 2 <- y 1, x 0
    assertEquals(0, shifted[(3 + 2) * 4 + 1]); // y 2 + 1 is outside: zero padding
    assertEquals(0, shifted[0 * 4 + 1]); // x 1 - 2 is outside: zero padding
  }

  @Test
  void augmentationIsSeededAndOnlyCropsAndFlips() {
    byte[] pixels = IdxFiles.pattern(8 * 3 * 6 * 6);
    int[] labels = new int[8];
    ImageDataset data = ImageDataset.of("aug", pixels, labels, 3, 6, 6, THREE);
    INDArray a = data.iterator(8, 11L, Augmentation.cropAndFlip()).next().getFeatures();
    INDArray b = data.iterator(8, 11L, Augmentation.cropAndFlip()).next().getFeatures();
    INDArray c = data.iterator(8, 12L, Augmentation.cropAndFlip()).next().getFeatures();
    INDArray plain = data.iterator(8, 11L).next().getFeatures();
    assertEquals(a, b, "same seed, same augmentation");
    assertNotEquals(a, c, "another seed, other augmentation");
    assertNotEquals(a, plain, "augmentation changed something");
    assertThrows(ConfigException.class, () -> new Augmentation(-1, true));
  }
}
