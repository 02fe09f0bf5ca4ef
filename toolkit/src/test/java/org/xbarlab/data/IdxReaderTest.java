package org.xbarlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xbarlab.DatasetException;

class IdxReaderTest {
  private static final List<String> TEN = FashionMnist.classNames();

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void readsExactPixelsAndLabelsPlainAndGzipped(boolean gzip) throws IOException {
    // 3 images of 2 x 4: image i, row y, col x holds pattern[(i * 2 + y) * 4 + x]
    byte[] pixels = IdxFiles.pattern(3 * 2 * 4);
    Path images = IdxFiles.write(dir.resolve("img"), IdxFiles.imageBytes(2051, 3, 2, 4, pixels), gzip);
    Path labels = IdxFiles.write(dir.resolve("lbl"), IdxFiles.labelBytes(2049, new int[] {9, 0, 4}), gzip);

    ImageDataset data = IdxReader.read(images, labels, TEN, "tiny");

    assertEquals(3, data.size());
    assertEquals(1, data.channels());
    assertEquals(2, data.height());
    assertEquals(4, data.width());
    assertArrayEquals(new int[] {9, 0, 4}, data.labels());
    for (int i = 0; i < 3; i++) {
      for (int y = 0; y < 2; y++) {
        for (int x = 0; x < 4; x++) {
          int expected = pixels[(i * 2 + y) * 4 + x] & 0xff;
          assertEquals(expected, data.rawPixel(i, 0, y, x), "image " + i + " pixel " + y + "," + x);
          assertEquals(expected / 255f, data.pixel(i, 0, y, x), 1e-7f);
        }
      }
    }
    assertEquals(0xff & (31 * 20 + 7), data.rawPixel(2, 0, 1, 0)); // (2*2+1)*4+0 = 20
  }

  @Test
  void wrongMagicNumberNamesFileAndBothNumbers() throws IOException {
    Path images = IdxFiles.write(dir.resolve("img"), IdxFiles.imageBytes(2052, 1, 1, 1, new byte[1]), false);
    DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.readImages(images));
    assertTrue(e.getMessage().contains(images.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("0x00000804"), e.getMessage());
    assertTrue(e.getMessage().contains("2051"), e.getMessage());
  }

  @Test
  void swappedFilesAreDetectedByMagic() throws IOException {
    Path labels = IdxFiles.write(dir.resolve("lbl"), IdxFiles.labelBytes(2049, new int[] {1}), true);
    DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.readImages(labels));
    assertTrue(e.getMessage().contains("swapped"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void truncatedImageFileReportsExpectedAndActualBytes(boolean gzip) throws IOException {
    byte[] full = IdxFiles.imageBytes(2051, 5, 3, 3, IdxFiles.pattern(45));
    Path images = IdxFiles.write(dir.resolve("img"), Arrays.copyOf(full, full.length - 10), gzip);
    DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.readImages(images));
    assertTrue(e.getMessage().contains(images.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    assertTrue(e.getMessage().contains(" 61 bytes"), e.getMessage()); // 16 + 45
    assertTrue(e.getMessage().contains("only 51"), e.getMessage());
  }

  @Test
  void truncatedGzipStreamIsReportedAsTruncated() throws IOException {
    Path gz = IdxFiles.write(dir.resolve("img.gz"), IdxFiles.imageBytes(2051, 50, 8, 8, IdxFiles.pattern(3200)), true);
    byte[] compressed = Files.readAllBytes(gz);
    Files.write(gz, Arrays.copyOf(compressed, compressed.length / 2));
    DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.readImages(gz));
    assertTrue(e.getMessage().contains("truncated") && e.getMessage().contains(gz.toString()), e.getMessage());
  }

  @Test
  void truncatedHeaderIsReported() throws IOException {
    Path images = IdxFiles.write(dir.resolve("img"), new byte[] {0, 0, 8, 3, 0, 0}, false);
    DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.readImages(images));
    assertTrue(e.getMessage().contains("truncated") && e.getMessage().contains("16"), e.getMessage());
  }

  @Test
  void trailingBytesAreRejected() throws IOException {
    byte[] full = IdxFiles.imageBytes(2051, 1, 2, 2, IdxFiles.pattern(5));
    Path images = IdxFiles.write(dir.resolve("img"), full, false);
    DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.readImages(images));
    assertTrue(e.getMessage().contains("after the 20 bytes"), e.getMessage());
  }

  @Test
  void labelOutOfRangeNamesIndexAndValue() throws IOException {
    Path labels = IdxFiles.write(dir.resolve("lbl"), IdxFiles.labelBytes(2049, new int[] {3, 10, 2}), false);
    DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.readLabels(labels, 10));
    assertTrue(e.getMessage().contains("label 10 at index 1"), e.getMessage());
    assertTrue(e.getMessage().contains("0..9"), e.getMessage());
  }

  @Test
  void imageLabelCountMismatchIsRejected() throws IOException {
    Path images = IdxFiles.write(dir.resolve("img"), IdxFiles.imageBytes(2051, 2, 1, 1, new byte[2]), false);
    Path labels = IdxFiles.write(dir.resolve("lbl"), IdxFiles.labelBytes(2049, new int[] {1, 2, 3}), false);
    DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.read(images, labels, TEN, "x"));
    assertTrue(e.getMessage().contains("2 images") && e.getMessage().contains("3 labels"), e.getMessage());
  }

  @Test
  void invalidDimensionsAreRejected() throws IOException {
    Path images = IdxFiles.write(dir.resolve("img"), IdxFiles.imageBytes(2051, 1, 0, 5, new byte[0]), false);
    DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.readImages(images));
    assertTrue(e.getMessage().contains("dimensions"), e.getMessage());
  }
}
