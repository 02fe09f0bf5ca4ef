package org.xbarlab.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.xbarlab.DatasetException;

/**
 * Reads the IDX format of MNIST and Fashion-MNIST, gzipped or plain (detected by the gzip magic
 * bytes {@code 1f 8b}). An image file starts with the big-endian int 2051 ({@code 0x00000803}),
 * then the image count, rows and columns, then {@code count * rows * cols} unsigned bytes; a label
 * file starts with 2049 ({@code 0x00000801}) and the count, then one byte per label.
 *
 * <p>Every inconsistency is a {@link DatasetException} naming the file: wrong magic number, bad
 * dimensions, a truncated file (expected and actual byte counts, uncompressed), trailing bytes,
 * image/label count mismatch and labels outside {@code 0..classes-1}. Nothing is returned unless
 * both files are complete and consistent.
 *
 * <pre>{@code
 * ImageDataset test = IdxReader.read(
 *     dir.resolve("t10k-images-idx3-ubyte.gz"), dir.resolve("t10k-labels-idx1-ubyte.gz"),
 *     FashionMnist.classNames(), "fashion-mnist/test");
 * }</pre>
 */
public final class IdxReader {
  /** Magic number of an IDX file of unsigned-byte images (3 dimensions). */
  public static final int IMAGES_MAGIC = 0x00000803;

  /** Magic number of an IDX file of unsigned-byte labels (1 dimension). */
  public static final int LABELS_MAGIC = 0x00000801;

  private static final int MAX_SIDE_PIXELS = 4096;

  private IdxReader() {}

  /**
   * Returns the dataset read from an IDX image file and its label file, scaled to [0, 1].
   *
   * @param imagesFile IDX images ({@code *-images-idx3-ubyte[.gz]}), shape {@code [n x rows x cols]}
   * @param labelsFile IDX labels ({@code *-labels-idx1-ubyte[.gz]}), shape {@code [n]}
   * @param classNames class names; every label must be in {@code 0..classNames.size()-1}
   * @param name dataset name used in messages and tables
   * @throws DatasetException if either file is unreadable, malformed, truncated or inconsistent
   */
  public static ImageDataset read(Path imagesFile, Path labelsFile, List<String> classNames, String name) {
    IdxImages images = readImages(imagesFile);
    int[] labels = readLabels(labelsFile, classNames.size());
    if (images.count() != labels.length) {
      throw new DatasetException(
          "image/label count mismatch: "
              + imagesFile
              + " holds "
              + images.count()
              + " images but "
              + labelsFile
              + " holds "
              + labels.length
              + " labels; the two files belong to different sets");
    }
    return ImageDataset.create(name, images.pixels(), labels, 1, images.rows(), images.cols(), classNames);
  }

  /** The content of an IDX image file: {@code pixels} has shape {@code [count x rows x cols]}. */
  record IdxImages(int count, int rows, int cols, byte[] pixels) {}

  /** Reads an IDX image file. */
  static IdxImages readImages(Path file) {
    try (InputStream in = open(file)) {
      Counter counter = new Counter();
      int magic = readInt(in, file, counter, 16);
      checkMagic(file, magic, IMAGES_MAGIC, "image");
      int count = readInt(in, file, counter, 16);
      int rows = readInt(in, file, counter, 16);
      int cols = readInt(in, file, counter, 16);
      if (count < 0 || rows < 1 || cols < 1 || rows > MAX_SIDE_PIXELS || cols > MAX_SIDE_PIXELS) {
        throw new DatasetException(
            file + ": invalid IDX image dimensions " + count + " x " + rows + " x " + cols
                + " (count >= 0, rows and cols in 1.." + MAX_SIDE_PIXELS + ")");
      }
      long payload = (long) count * rows * cols;
      if (payload > Integer.MAX_VALUE - 16) {
        throw new DatasetException(file + ": " + count + " x " + rows + " x " + cols + " images exceed 2 GB");
      }
      byte[] pixels = readPayload(in, file, 16, (int) payload);
      return new IdxImages(count, rows, cols, pixels);
    } catch (IOException e) {
      throw new DatasetException("cannot read IDX image file " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads an IDX label file.
   *
   * @param numClasses labels must be in {@code 0..numClasses-1}
   */
  static int[] readLabels(Path file, int numClasses) {
    try (InputStream in = open(file)) {
      Counter counter = new Counter();
      int magic = readInt(in, file, counter, 8);
      checkMagic(file, magic, LABELS_MAGIC, "label");
      int count = readInt(in, file, counter, 8);
      if (count < 0) {
        throw new DatasetException(file + ": invalid IDX label count " + count);
      }
      byte[] raw = readPayload(in, file, 8, count);
      int[] labels = new int[count];
      for (int i = 0; i < count; i++) {
        labels[i] = raw[i] & 0xff;
        if (labels[i] >= numClasses) {
          throw new DatasetException(
              file + ": label " + labels[i] + " at index " + i + " is outside 0.." + (numClasses - 1));
        }
      }
      return labels;
    } catch (IOException e) {
      throw new DatasetException("cannot read IDX label file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Opens {@code file}, transparently gunzipping when it starts with {@code 1f 8b}. */
  static InputStream open(Path file) throws IOException {
    BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    in.mark(2);
    int b0 = in.read();
    int b1 = in.read();
    in.reset();
    if (b0 == 0x1f && b1 == 0x8b) {
      return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
    }
    return in;
  }

  private static void checkMagic(Path file, int magic, int expected, String kind) {
    if (magic == expected) {
      return;
    }
    String hint;
    if (magic == IMAGES_MAGIC) {
      hint = "; it is an IDX image file - were the image and label files swapped?";
    } else if (magic == LABELS_MAGIC) {
      hint = "; it is an IDX label file - were the image and label files swapped?";
    } else {
      hint = "; the file is not in IDX format (or is compressed with something other than gzip)";
    }
    throw new DatasetException(
        String.format(
            "%s: wrong magic number 0x%08x (%d) for an IDX %s file: expected 0x%08x (%d)%s",
            file, magic, magic, kind, expected, expected, hint));
  }

  private static int readInt(InputStream in, Path file, Counter counter, int headerBytes) throws IOException {
    byte[] four = readFully(in, file, 4);
    if (four.length < 4) {
      throw truncated(file, headerBytes, counter.bytes + four.length, "the IDX header needs");
    }
    counter.bytes += 4;
    return ((four[0] & 0xff) << 24) | ((four[1] & 0xff) << 16) | ((four[2] & 0xff) << 8) | (four[3] & 0xff);
  }

  private static byte[] readPayload(InputStream in, Path file, int headerBytes, int payloadBytes) throws IOException {
    byte[] payload = readFully(in, file, payloadBytes);
    if (payload.length < payloadBytes) {
      throw truncated(file, (long) headerBytes + payloadBytes, (long) headerBytes + payload.length, "its header promises");
    }
    if (in.read() >= 0) {
      throw new DatasetException(
          file + ": has bytes after the " + ((long) headerBytes + payloadBytes)
              + " bytes its header promises (uncompressed); the file is corrupt or not IDX");
    }
    return payload;
  }

  /** Reads up to {@code n} bytes; a gzip stream that ends early counts as a short read. */
  private static byte[] readFully(InputStream in, Path file, int n) throws IOException {
    byte[] buffer = new byte[n];
    int total = 0;
    try {
      while (total < n) {
        int read = in.read(buffer, total, n - total);
        if (read < 0) {
          break;
        }
        total += read;
      }
    } catch (EOFException e) {
      // truncated gzip: "Unexpected end of ZLIB input stream"; report what was decoded
    }
    return total == n ? buffer : java.util.Arrays.copyOf(buffer, total);
  }

  private static DatasetException truncated(Path file, long expectedBytes, long actualBytes, String promisedBy) {
    return new DatasetException(
        file + ": truncated: " + promisedBy + " " + expectedBytes + " bytes (uncompressed) but the file has only "
            + actualBytes + "; delete it and fetch it again");
  }

  private static final class Counter {
    long bytes;
  }
}
