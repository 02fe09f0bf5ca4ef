package org.xbarlab.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.xbarlab.DatasetException;

/**
 * Extracts selected regular files from a gzipped tar archive (ustar, GNU long names, pax headers;
 * read by Apache Commons Compress), by base name, into a fresh temporary folder; entries' folder
 * parts are ignored, so no entry can escape the target. A truncated or corrupt archive is a
 * {@link DatasetException} naming the file.
 */
final class TarGzExtractor {
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
      try (TarArchiveInputStream tar = new TarArchiveInputStream(new BufferedInputStream(
          new GZIPInputStream(Files.newInputStream(archive), 1 << 16)))) {
        TarArchiveEntry entry;
        while ((entry = tar.getNextEntry()) != null) {
          String path = entry.getName();
          String base = path.endsWith("/") ? "" : path.substring(path.lastIndexOf('/') + 1);
          if (!entry.isFile() || !wanted.contains(base)) {
            continue;
          }
          Path target = temp.resolve(base);
          try (OutputStream out = Files.newOutputStream(target)) {
            long copied = tar.transferTo(out);
            if (copied != entry.getSize()) {
              throw new DatasetException(archive + ": truncated inside " + path + " ("
                  + (entry.getSize() - copied) + " of " + entry.getSize() + " bytes missing)");
            }
          }
          extracted.put(base, target);
        }
      }
      for (String name : wanted) {
        if (!extracted.containsKey(name)) {
          throw new DatasetException(archive + ": has no entry named " + name);
        }
      }
      return extracted;
    } catch (EOFException e) {
      deleteTree(temp);
      throw new DatasetException(archive + ": truncated archive (" + e.getMessage() + ")", e);
    } catch (IOException | IllegalArgumentException e) {
      // Commons Compress reports a corrupt header as an IOException or IllegalArgumentException.
      deleteTree(temp);
      throw new DatasetException("cannot extract " + archive + " (corrupt or truncated): "
          + e.getMessage(), e);
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
}
