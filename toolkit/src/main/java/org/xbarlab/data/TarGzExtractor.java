package org.xbarlab.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.xbarlab.DatasetException;

/**
 * Extracts selected regular files from a gzipped POSIX (ustar) tar archive, by base name, into a
 * fresh temporary folder; entries' folder parts are ignored, so no entry can escape the target.
 * Header checksums are verified; a truncated archive is an error.
 */
final class TarGzExtractor {
  private static final int BLOCK = 512;

  private TarGzExtractor() {}

  /**
   * Extracts the entries whose base names are in {@code wanted} into a new temporary folder
   * inside {@code parent} and returns base name to extracted path. The caller moves the files
   * into place and deletes the folder ({@link #deleteTree(Path)}).
   *
   * @throws DatasetException if the archive is malformed or a wanted file is missing from it
   */
  static Map<String, Path> extract(Path archive, Path parent, Set<String> wanted) {
    Map<String, Path> extracted = new LinkedHashMap<>();
    Path temp = null;
    try {
      Files.createDirectories(parent);
      temp = Files.createTempDirectory(parent, ".extract");
      try (InputStream in = new BufferedInputStream(new GZIPInputStream(Files.newInputStream(archive), 1 << 16))) {
        byte[] header = new byte[BLOCK];
        while (true) {
          int n = in.readNBytes(header, 0, BLOCK);
          if (n == 0 || isZero(header)) {
            break; // end-of-archive marker (or a stream without one)
          }
          if (n < BLOCK) {
            throw new DatasetException(archive + ": truncated tar header");
          }
          checkHeaderChecksum(archive, header);
          String name = field(header, 0, 100);
          String prefix = new String(header, 257, 5, StandardCharsets.US_ASCII).equals("ustar") ? field(header, 345, 155) : "";
          String path = prefix.isEmpty() ? name : prefix + "/" + name;
          long size = octal(archive, header, 124, 12);
          byte type = header[156];
          String base = path.endsWith("/") ? "" : path.substring(path.lastIndexOf('/') + 1);
          long padded = (size + BLOCK - 1) / BLOCK * BLOCK;
          if ((type == '0' || type == 0) && wanted.contains(base)) {
            Path target = temp.resolve(base);
            try (OutputStream out = Files.newOutputStream(target)) {
              copy(archive, in, out, size);
            }
            skip(archive, in, padded - size);
            extracted.put(base, target);
          } else {
            skip(archive, in, padded);
          }
        }
      }
      for (String name : wanted) {
        if (!extracted.containsKey(name)) {
          throw new DatasetException(archive + ": has no entry named " + name);
        }
      }
      return extracted;
    } catch (IOException e) {
      deleteTree(temp);
      throw new DatasetException("cannot extract " + archive + ": " + e.getMessage(), e);
    } catch (DatasetException e) {
      deleteTree(temp);
      throw e;
    }
  }

  /** Deletes {@code dir} and its content, best effort. */
  static void deleteTree(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: a hidden .extract folder may remain
    }
  }

  private static boolean isZero(byte[] block) {
    for (byte b : block) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  private static void checkHeaderChecksum(Path archive, byte[] header) {
    long expected = octal(archive, header, 148, 8);
    long sum = 0;
    for (int i = 0; i < BLOCK; i++) {
      sum += (i >= 148 && i < 156) ? ' ' : (header[i] & 0xff);
    }
    if (sum != expected) {
      throw new DatasetException(archive + ": corrupt tar header (checksum " + sum + " != " + expected + ")");
    }
  }

  private static String field(byte[] header, int offset, int length) {
    int end = offset;
    while (end < offset + length && header[end] != 0) {
      end++;
    }
    return new String(header, offset, end - offset, StandardCharsets.UTF_8);
  }

  private static long octal(Path archive, byte[] header, int offset, int length) {
    String text = field(header, offset, length).strip();
    if (text.isEmpty()) {
      return 0;
    }
    try {
      return Long.parseLong(text, 8);
    } catch (NumberFormatException e) {
      throw new DatasetException(archive + ": unsupported tar number field '" + text + "'");
    }
  }

  private static void copy(Path archive, InputStream in, OutputStream out, long size) throws IOException {
    byte[] buffer = new byte[1 << 16];
    long left = size;
    while (left > 0) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (n < 0) {
        throw new DatasetException(archive + ": truncated inside an entry (" + left + " of " + size + " bytes missing)");
      }
      out.write(buffer, 0, n);
      left -= n;
    }
  }

  private static void skip(Path archive, InputStream in, long bytes) throws IOException {
    long left = bytes;
    while (left > 0) {
      long n = in.skip(left);
      if (n <= 0) {
        if (in.read() < 0) {
          throw new DatasetException(archive + ": truncated tar archive");
        }
        n = 1;
      }
      left -= n;
    }
  }
}
