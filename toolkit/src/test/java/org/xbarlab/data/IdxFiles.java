package org.xbarlab.data;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes small IDX files with the real layout for tests. */
final class IdxFiles {
  private IdxFiles() {}

  /** Returns image-file bytes: magic 2051, count, rows, cols, then {@code pixels}. */
  static byte[] imageBytes(int magic, int count, int rows, int cols, byte[] pixels) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(magic);
    out.writeInt(count);
    out.writeInt(rows);
    out.writeInt(cols);
    out.write(pixels);
    out.flush();
    return bytes.toByteArray();
  }

  /** Returns label-file bytes: magic 2049, count, then one byte per label. */
  static byte[] labelBytes(int magic, int[] labels) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(magic);
    out.writeInt(labels.length);
    for (int label : labels) {
      out.writeByte(label);
    }
    out.flush();
    return bytes.toByteArray();
  }

  /** Writes {@code content} to {@code file}, gzipped if asked, and returns the file. */
  static Path write(Path file, byte[] content, boolean gzip) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream out = gzip ? new GZIPOutputStream(raw) : raw) {
      out.write(content);
    }
    return file;
  }

  /** Returns deterministic pixel bytes {@code (31 * i + 7) mod 256} for {@code n} pixels. */
  static byte[] pattern(int n) {
    byte[] pixels = new byte[n];
    for (int i = 0; i < n; i++) {
      pixels[i] = (byte) ((31 * i + 7) & 0xff);
    }
    return pixels;
  }
}
