package org.xbarlab.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.xbarlab.DatasetException;

/**
 * Reads the CIFAR-10 binary format ({@code data_batch_1.bin} .. {@code data_batch_5.bin}, {@code
 * test_batch.bin}): a sequence of 3073-byte records, each one label byte (0..9) followed by a 32 x
 * 32 colour image as 1024 red, 1024 green, then 1024 blue bytes, each plane row-major. That is
 * already NCHW, so records are copied unchanged into {@code [n x 3 x 32 x 32]}.
 *
 * <p>A file whose size is not a positive multiple of 3073 bytes, or a label outside 0..9, is a
 * {@link DatasetException} naming the file; nothing is returned unless every file is valid.
 *
 * <pre>{@code
 * ImageDataset test = Cifar10Reader.read(List.of(dir.resolve("test_batch.bin")), "cifar10/test");
 * }</pre>
 */
public final class Cifar10Reader {
  /** Image side in pixels. */
  public static final int SIDE_PIXELS = 32;

  /** Colour channels (red, green, blue). */
  public static final int CHANNELS = 3;

  /** Bytes per image: 3 x 32 x 32. */
  public static final int IMAGE_BYTES = CHANNELS * SIDE_PIXELS * SIDE_PIXELS;

  /** Bytes per record: one label byte plus the image. */
  public static final int RECORD_BYTES = 1 + IMAGE_BYTES;

  private Cifar10Reader() {}

  /**
   * Returns the records of all {@code batchFiles}, in file order, scaled to [0, 1], with the
   * CIFAR-10 class names.
   *
   * @param batchFiles CIFAR-10 binary batch files, at least one
   * @param name dataset name used in messages and tables
   * @throws DatasetException if a file is unreadable, has a partial record or a label outside 0..9
   */
  public static ImageDataset read(List<Path> batchFiles, String name) {
    if (batchFiles.isEmpty()) {
      throw new DatasetException("no CIFAR-10 batch files given for " + name);
    }
    long total = 0;
    for (Path file : batchFiles) {
      total += recordCount(file);
    }
    if (total * IMAGE_BYTES > Integer.MAX_VALUE - 8) {
      throw new DatasetException(name + ": " + total + " CIFAR-10 records exceed 2 GB of pixels");
    }
    byte[] pixels = new byte[(int) total * IMAGE_BYTES];
    int[] labels = new int[(int) total];
    int next = 0;
    for (Path file : batchFiles) {
      next = readInto(file, pixels, labels, next);
    }
    if (next != total) {
      throw new DatasetException(name + ": files changed while being read (" + next + " of " + total + " records)");
    }
    return ImageDataset.create(name, pixels, labels, CHANNELS, SIDE_PIXELS, SIDE_PIXELS, Cifar10.classNames());
  }

  /**
   * Returns the number of records in {@code file}.
   *
   * @throws DatasetException if its size is not a positive multiple of {@value #RECORD_BYTES}
   */
  static int recordCount(Path file) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new DatasetException("cannot read CIFAR-10 batch file " + file + ": " + e.getMessage(), e);
    }
    if (size == 0 || size % RECORD_BYTES != 0) {
      throw new DatasetException(
          file + ": " + size + " bytes is not a positive multiple of the " + RECORD_BYTES
              + "-byte CIFAR-10 record (" + size / RECORD_BYTES + " whole records and " + size % RECORD_BYTES
              + " bytes left over); the file is truncated or not a CIFAR-10 binary batch");
    }
    return (int) (size / RECORD_BYTES);
  }

  private static int readInto(Path file, byte[] pixels, int[] labels, int start) {
    int count = recordCount(file);
    if (start + count > labels.length) {
      throw new DatasetException(file + ": grew while being read");
    }
    byte[] record = new byte[RECORD_BYTES];
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      for (int r = 0; r < count; r++) {
        if (in.readNBytes(record, 0, RECORD_BYTES) != RECORD_BYTES) {
          throw new DatasetException(file + ": truncated while reading record " + r + " of " + count);
        }
        int label = record[0] & 0xff;
        if (label > 9) {
          throw new DatasetException(file + ": label " + label + " of record " + r + " is outside 0..9");
        }
        labels[start + r] = label;
        System.arraycopy(record, 1, pixels, (start + r) * IMAGE_BYTES, IMAGE_BYTES);
      }
    } catch (IOException e) {
      throw new DatasetException("cannot read CIFAR-10 batch file " + file + ": " + e.getMessage(), e);
    }
    return start + count;
  }
}
