package org.xbarlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbarlab.DatasetException;

/** The CIFAR-10 archive reader on archives the test writes: long names, pax, traversal, truncation. */
class TarGzExtractorTest {
  @TempDir Path tmp;

  private static byte[] tarGz(int longFileMode, Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
      tar.setLongFileMode(longFileMode);
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
        entry.setSize(e.getValue().length);
        tar.putArchiveEntry(entry);
        tar.write(e.getValue());
        tar.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  private Path write(byte[] archive) throws IOException {
    return Files.write(tmp.resolve("a.tar.gz"), archive);
  }

  private static final String DEEP = "cifar-10-batches-bin/" + "x".repeat(120) + "/data_batch_1.bin";

  @Test
  void readsGnuLongNamesAndPaxHeadersByBaseName() throws IOException {
    byte[] content = "batch one".getBytes(StandardCharsets.US_ASCII);
    for (int mode : new int[] {TarArchiveOutputStream.LONGFILE_GNU, TarArchiveOutputStream.LONGFILE_POSIX}) {
      Path archive = write(tarGz(mode, Map.of(DEEP, content)));
      Map<String, Path> got = TarGzExtractor.extract(archive, tmp.resolve("out" + mode), Set.of("data_batch_1.bin"));
      assertArrayEquals(content, Files.readAllBytes(got.get("data_batch_1.bin")), "mode " + mode);
    }
  }

  @Test
  void aTraversingEntryLandsInsideTheTargetFolder() throws IOException {
    Path out = tmp.resolve("out");
    Path archive = write(tarGz(TarArchiveOutputStream.LONGFILE_POSIX,
        Map.of("../../evil/test_batch.bin", new byte[] {1, 2, 3})));
    Map<String, Path> got = TarGzExtractor.extract(archive, out, Set.of("test_batch.bin"));
    assertTrue(got.get("test_batch.bin").normalize().startsWith(out), got.toString());
    try (Stream<Path> all = Files.walk(tmp)) {
      assertEquals(1, all.filter(p -> p.getFileName().toString().equals("test_batch.bin")).count());
    }
  }

  @Test
  void aTruncatedArchiveNamesTheFile() throws IOException {
    byte[] full = tarGz(TarArchiveOutputStream.LONGFILE_POSIX, Map.of("data_batch_1.bin", new byte[5000]));
    // Cut the gzip stream in the middle: the tar entry ends early.
    Path archive = write(Arrays.copyOf(full, full.length / 2));
    DatasetException e = assertThrows(DatasetException.class,
        () -> TarGzExtractor.extract(archive, tmp.resolve("out"), Set.of("data_batch_1.bin")));
    assertTrue(e.getMessage().contains(archive.toString()), e.getMessage());
  }

  @Test
  void aMissingEntryIsNamed() throws IOException {
    Path archive = write(tarGz(TarArchiveOutputStream.LONGFILE_POSIX, Map.of("other.bin", new byte[4])));
    DatasetException e = assertThrows(DatasetException.class,
        () -> TarGzExtractor.extract(archive, tmp.resolve("out"), Set.of("test_batch.bin")));
    assertTrue(e.getMessage().contains("test_batch.bin"), e.getMessage());
  }
}
