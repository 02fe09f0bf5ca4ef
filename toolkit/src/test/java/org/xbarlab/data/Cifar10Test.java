package org.xbarlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.xbarlab.DatasetException;

class Cifar10Test {
  @TempDir Path tmp;

  /** Returns {@code labels.length} records: label byte then 3072 pixels (31 * (seed + j) + 7) mod 256. */
  static byte[] records(int seed, int... labels) {
    byte[] bytes = new byte[labels.length * Cifar10Reader.RECORD_BYTES];
    for (int r = 0; r < labels.length; r++) {
      int base = r * Cifar10Reader.RECORD_BYTES;
      bytes[base] = (byte) labels[r];
      for (int j = 0; j < Cifar10Reader.IMAGE_BYTES; j++) {
        bytes[base + 1 + j] = (byte) ((31 * (seed + r * 5 + j) + 7) & 0xff);
      }
    }
    return bytes;
  }

  @Test
  void readsExactRgbPlanesAndLabelsAcrossFiles() throws IOException {
    byte[] first = records(1, 3, 9);
    byte[] second = records(2, 0);
    Path a = Files.write(tmp.resolve("data_batch_1.bin"), first);
    Path b = Files.write(tmp.resolve("data_batch_2.bin"), second);
    ImageDataset data = Cifar10Reader.read(List.of(a, b), "c");
    assertEquals(3, data.size());
    assertEquals(3, data.channels());
    assertEquals(32, data.height());
    assertArrayEquals(new int[] {3, 9, 0}, data.labels());
    byte[][] files = {first, first, second};
    int[] recordInFile = {0, 1, 0};
    for (int i = 0; i < 3; i++) {
      int base = recordInFile[i] * Cifar10Reader.RECORD_BYTES + 1;
      for (int c = 0; c < 3; c++) {
        for (int y : new int[] {0, 7, 31}) {
          for (int x : new int[] {0, 13, 31}) {
            int expected = files[i][base + c * 1024 + y * 32 + x] & 0xff;
            assertEquals(expected, data.rawPixel(i, c, y, x), "image " + i + " c" + c + " y" + y + " x" + x);
          }
        }
      }
    }
    assertEquals("truck", data.classNames().get(data.label(1)));
  }

  @Test
  void partialRecordIsRejectedWithSizes() throws IOException {
    byte[] bytes = records(1, 1, 2);
    Path file = Files.write(tmp.resolve("data_batch_1.bin"), Arrays.copyOf(bytes, bytes.length - 1));
    DatasetException e = assertThrows(DatasetException.class, () -> Cifar10Reader.read(List.of(file), "c"));
    assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("6145 bytes"), e.getMessage());
    assertTrue(e.getMessage().contains("3072 bytes left over"), e.getMessage());
    Path empty = Files.write(tmp.resolve("empty.bin"), new byte[0]);
    assertThrows(DatasetException.class, () -> Cifar10Reader.read(List.of(empty), "c"));
  }

  @Test
  void labelOutOfRangeNamesRecord() throws IOException {
    Path file = Files.write(tmp.resolve("test_batch.bin"), records(1, 4, 10));
    DatasetException e = assertThrows(DatasetException.class, () -> Cifar10Reader.read(List.of(file), "c"));
    assertTrue(e.getMessage().contains("label 10 of record 1"), e.getMessage());
  }

  // ---- archive path: a synthetic cifar-10-binary.tar.gz with the real folder layout ----

  private Map<String, byte[]> syntheticBatches() {
    Map<String, byte[]> batches = new LinkedHashMap<>();
    for (int f = 0; f < 6; f++) {
      batches.put(Cifar10.BATCH_FILES.get(f), records(10 * f, f, (f + 3) % 10));
    }
    return batches;
  }

  /** Writes a ustar tar.gz holding {@code cifar-10-batches-bin/<name>} entries plus a meta file. */
  static byte[] tarGz(Map<String, byte[]> files) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      writeEntry(out, "cifar-10-batches-bin/", new byte[0], '5');
      writeEntry(out, "cifar-10-batches-bin/batches.meta.txt", "airplane\n".getBytes(StandardCharsets.US_ASCII), '0');
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        writeEntry(out, "cifar-10-batches-bin/" + e.getKey(), e.getValue(), '0');
      }
      out.write(new byte[1024]);
    }
    return bytes.toByteArray();
  }

  private static void writeEntry(OutputStream out, String name, byte[] content, char type) throws IOException {
    byte[] header = new byte[512];
    put(header, 0, name);
    put(header, 100, "0000644");
    put(header, 108, "0000000");
    put(header, 116, "0000000");
    put(header, 124, String.format("%011o", content.length));
    put(header, 136, String.format("%011o", 0));
    Arrays.fill(header, 148, 156, (byte) ' ');
    header[156] = (byte) type;
    put(header, 257, "ustar");
    put(header, 263, "00");
    int sum = 0;
    for (byte b : header) {
      sum += b & 0xff;
    }
    put(header, 148, String.format("%06o", sum));
    header[154] = 0;
    out.write(header);
    out.write(content);
    out.write(new byte[(512 - content.length % 512) % 512]);
  }

  private static void put(byte[] header, int offset, String text) {
    byte[] b = text.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(b, 0, header, offset, b.length);
  }

  /** A locator in a temp project whose registry lists the synthetic files. */
  private DatasetLocator locatorFor(Map<String, byte[]> batches, byte[] archive) throws IOException {
    Path project = Files.createDirectories(tmp.resolve("project").resolve("datasets")).getParent();
    StringBuilder registry = new StringBuilder("# synthetic\n");
    Path scratch = tmp.resolve("scratch");
    Files.write(scratch, archive);
    registry.append(FileVerifier.sha256(scratch)).append("  cifar10/").append(Cifar10.ARCHIVE).append('\n');
    for (Map.Entry<String, byte[]> e : batches.entrySet()) {
      Files.write(scratch, e.getValue());
      registry.append(FileVerifier.sha256(scratch)).append("  cifar10/").append(e.getKey()).append('\n');
    }
    Files.writeString(project.resolve("datasets").resolve(ChecksumRegistry.FILE_NAME), registry);
    return DatasetLocator.fromEnvironment(Map.of(DatasetLocator.OFFLINE_VARIABLE, "1"), project);
  }

  @Test
  void archiveInMirrorIsVerifiedAndExtractedIntoTheCache() throws IOException {
    Map<String, byte[]> batches = syntheticBatches();
    byte[] archive = tarGz(batches);
    Path mirror = tmp.resolve("mirror");
    Files.createDirectories(mirror.resolve("cifar10"));
    Files.write(mirror.resolve("cifar10").resolve(Cifar10.ARCHIVE), archive);
    DatasetLocator locator = locatorFor(batches, archive).withMirror(Optional.of(mirror));

    TrainTestSplit data = Cifar10.load(locator, Optional.empty());

    assertEquals(10, data.train().size());
    assertEquals(2, data.test().size());
    assertArrayEquals(new int[] {0, 3, 1, 4, 2, 5, 3, 6, 4, 7}, data.train().labels());
    assertArrayEquals(new int[] {5, 8}, data.test().labels());
    byte[] testBatch = batches.get(Cifar10.TEST_FILE);
    assertEquals(testBatch[Cifar10Reader.RECORD_BYTES + 1 + 2 * 1024 + 5 * 32 + 6] & 0xff, data.test().rawPixel(1, 2, 5, 6));
    Path cache = locator.cacheDirectory(Cifar10.spec());
    for (String name : Cifar10.BATCH_FILES) {
      assertArrayEquals(batches.get(name), Files.readAllBytes(cache.resolve(name)), name);
    }
    try (Stream<Path> left = Files.list(cache)) {
      assertFalse(left.anyMatch(p -> p.getFileName().toString().startsWith(".extract")), "temp folder removed");
    }
    // second load reads the cache, even without the mirror
    assertEquals(2, Cifar10.test(locator.withMirror(Optional.empty()), Optional.empty()).size());
  }

  @Test
  void extractedFileWithWrongHashIsNeverMovedIntoTheCache() throws IOException {
    Map<String, byte[]> batches = syntheticBatches();
    Map<String, byte[]> tampered = new LinkedHashMap<>(batches);
    byte[] bad = batches.get("data_batch_3.bin").clone();
    bad[5] ^= 1;
    tampered.put("data_batch_3.bin", bad);
    byte[] archive = tarGz(tampered);
    DatasetLocator locator = locatorFor(batches, archive); // registry: archive ok, batch 3 not
    Path dir = Files.createDirectories(tmp.resolve("given"));
    Files.write(dir.resolve(Cifar10.ARCHIVE), archive);
    DatasetException e = assertThrows(DatasetException.class, () -> Cifar10.load(locator, Optional.of(dir)));
    assertTrue(e.getMessage().contains("data_batch_3.bin"), e.getMessage());
    Path cache = locator.cacheDirectory(Cifar10.spec());
    try (Stream<Path> left = Files.list(cache)) {
      List<Path> files = new ArrayList<>(left.toList());
      assertEquals(List.of(), files, "nothing extracted into the cache");
    }
  }

  @Test
  void missingEverywhereListsBatchAndArchivePlaces() throws IOException {
    DatasetLocator locator = locatorFor(syntheticBatches(), new byte[] {1});
    DatasetException e = assertThrows(DatasetException.class, () -> Cifar10.load(locator, Optional.of(tmp.resolve("nowhere"))));
    String message = e.getMessage();
    assertTrue(message.contains("data_batch_1.bin"), message);
    assertTrue(message.contains(tmp.resolve("nowhere").resolve(Cifar10.ARCHIVE).toString()), message);
    assertTrue(message.contains(locator.cacheDirectory(Cifar10.spec()).resolve("cifar-10-batches-bin").resolve(Cifar10.ARCHIVE).toString()), message);
    assertTrue(message.contains(Cifar10.ARCHIVE_URL + " disabled"), message);
  }

  @Test
  void extractedBatchFolderIsFoundInsideAnExplicitFolder() throws IOException {
    Map<String, byte[]> batches = syntheticBatches();
    DatasetLocator locator = locatorFor(batches, new byte[] {1});
    Path inner = Files.createDirectories(tmp.resolve("download").resolve("cifar-10-batches-bin"));
    for (Map.Entry<String, byte[]> e : batches.entrySet()) {
      Files.write(inner.resolve(e.getKey()), e.getValue());
    }
    ImageDataset test = Cifar10.test(locator, Optional.of(tmp.resolve("download")));
    assertArrayEquals(new int[] {5, 8}, test.labels());
  }

  @Test
  void cropAndFlipAugmentationOnCifarShapedImagesIsSeeded() throws IOException {
    Path file = Files.write(tmp.resolve("b.bin"), records(3, 1, 2, 3, 4));
    ImageDataset data = Cifar10Reader.read(List.of(file), "c").withNormalization(Normalization.standardize(
        new double[] {0.49, 0.48, 0.45}, new double[] {0.25, 0.24, 0.26}));
    ImageDataSetIterator iterator = ImageDataSetIterator.shuffled(data, 4, 5L, Augmentation.cropAndFlip());
    int[] order = iterator.epochOrder();
    INDArray a = iterator.next().getFeatures();
    INDArray b = data.iterator(4, 5L, Augmentation.cropAndFlip()).next().getFeatures();
    assertEquals(a, b);
    assertArrayEquals(new long[] {4, 3, 32, 32}, a.shape());
    // every augmented image is exactly some crop offset (dy, dx in -4..4) of the raw image, maybe
    // mirrored, with padding = black raw pixel, i.e. (0 - mean) / std after normalisation
    int shifted = 0;
    for (int i = 0; i < 4; i++) {
      float[] actual = a.slice(i).dup().data().asFloat();
      int matchedShift = -1;
      for (int dy = -4; dy <= 4 && matchedShift < 0; dy++) {
        for (int dx = -4; dx <= 4 && matchedShift < 0; dx++) {
          for (boolean flip : new boolean[] {false, true}) {
            byte[] out = new byte[Cifar10Reader.IMAGE_BYTES];
            Augmentation.apply(data.rawImage(order[i]), 0, 3, 32, 32, out, dy, dx, flip);
            ImageDataset one = ImageDataset.of("one", out, new int[] {0}, 3, 32, 32, Cifar10.classNames())
                .withNormalization(data.normalization());
            if (Arrays.equals(one.image(0), actual)) {
              matchedShift = Math.abs(dy) + Math.abs(dx);
              break;
            }
          }
        }
      }
      assertTrue(matchedShift >= 0, "image " + i + " is not a crop/flip of the original");
      shifted += matchedShift > 0 ? 1 : 0;
    }
    assertTrue(shifted > 0, "seed 5 shifts at least one of the 4 images");
  }
}
