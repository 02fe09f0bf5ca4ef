package org.xbarlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.xbarlab.DatasetException;

/**
 * SHA-256 verification of dataset files. A successful verification is remembered in a small
 * sidecar file in a verification folder of the project cache ({@code datasets/.verified/}, never
 * beside the data, so system folders and mirrors are not written to) holding the file's absolute
 * path, size, modification time (nanoseconds) and file key (inode); any change to one of those
 * makes the next check hash the file again, so a changed file is never skipped.
 */
final class FileVerifier {
  private static final int BUFFER_BYTES = 1 << 16;

  private FileVerifier() {}

  /** Returns the lower-case hex SHA-256 of the file's bytes. */
  static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = newDigest();
      byte[] buffer = new byte[BUFFER_BYTES];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new DatasetException("cannot read " + file + " to verify its SHA-256: " + e.getMessage(), e);
    }
  }

  /** Returns a new SHA-256 digest. */
  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /**
   * Checks that {@code file} hashes to one of {@code acceptedSha256}, remembering success in
   * {@code verifiedDirectory} (created if needed; nothing is cached if it cannot be written).
   *
   * @throws DatasetException naming the file, the expected and the actual hash on a mismatch
   */
  static void verify(Path file, List<String> acceptedSha256, Path verifiedDirectory) {
    String stamp = stamp(file);
    Path sidecar = sidecar(file, verifiedDirectory);
    if (isRecorded(sidecar, stamp, acceptedSha256)) {
      return;
    }
    String actual = sha256(file);
    if (!acceptedSha256.contains(actual)) {
      throw new DatasetException(
          "checksum mismatch for "
              + file
              + ": expected SHA-256 "
              + String.join(" or ", acceptedSha256)
              + " but the file has "
              + actual
              + ". The file is corrupt, truncated or a different version: delete it and fetch it again"
              + " (see datasets/README.md).");
    }
    writeSidecar(sidecar, stamp + " " + actual);
  }

  /** Returns the sidecar of {@code file}: its name plus a hash of its absolute path. */
  static Path sidecar(Path file, Path verifiedDirectory) {
    Path absolute = file.toAbsolutePath().normalize();
    MessageDigest digest = newDigest();
    byte[] pathHash = digest.digest(absolute.toString().getBytes(StandardCharsets.UTF_8));
    String key = HexFormat.of().formatHex(pathHash, 0, 12);
    return verifiedDirectory.resolve(absolute.getFileName() + "." + key + ".verified");
  }

  private static String stamp(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      long mtimeNanos = attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
      return file.toAbsolutePath().normalize() + " " + attributes.size() + " " + mtimeNanos + " " + attributes.fileKey();
    } catch (IOException e) {
      throw new DatasetException("cannot read attributes of " + file + ": " + e.getMessage(), e);
    }
  }

  /** Returns whether {@code sidecar} records {@code stamp} with one of the accepted hashes. */
  private static boolean isRecorded(Path sidecar, String stamp, List<String> acceptedSha256) {
    try {
      if (!Files.isRegularFile(sidecar)) {
        return false;
      }
      List<String> lines = Files.readAllLines(sidecar, StandardCharsets.UTF_8);
      if (lines.size() != 1) {
        return false;
      }
      String line = lines.get(0);
      int split = line.lastIndexOf(' ');
      return split > 0 && line.substring(0, split).equals(stamp) && acceptedSha256.contains(line.substring(split + 1));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Best effort: a read-only folder (such as /usr/share) simply gets no cache. */
  private static void writeSidecar(Path sidecar, String content) {
    Path parent = sidecar.getParent();
    try {
      Files.createDirectories(parent);
      Path temp = Files.createTempFile(parent, ".verify", ".tmp");
      Files.writeString(temp, content + System.lineSeparator(), StandardCharsets.UTF_8);
      moveAtomically(temp, sidecar);
    } catch (IOException | DatasetException e) {
      // the cache is an optimisation only
    }
  }

  /** Moves {@code source} onto {@code target} atomically when the file system allows it. */
  static void moveAtomically(Path source, Path target) {
    try {
      try {
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new DatasetException("cannot move " + source + " to " + target + ": " + e.getMessage(), e);
    }
  }
}
