package org.xbarlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbarlab.DatasetException;

class DatasetLocatorTest {
  private static final String FILE = "data.bin";
  private static final byte[] CONTENT = "the real bytes".getBytes(StandardCharsets.UTF_8);

  @TempDir Path tmp;
  private Path project;
  private Path system;
  private Path mirror;
  private DatasetSpec spec;
  private DatasetLocator locator;

  @BeforeEach
  void setUp() throws IOException {
    project = Files.createDirectories(tmp.resolve("project"));
    system = tmp.resolve("system");
    mirror = tmp.resolve("mirror");
    Path scratch = Files.write(tmp.resolve("scratch"), CONTENT);
    String registry = "# test registry\n" + FileVerifier.sha256(scratch) + "  toy/" + FILE + "\n";
    Files.createDirectories(project.resolve("datasets"));
    Files.writeString(project.resolve("datasets").resolve(ChecksumRegistry.FILE_NAME), registry);
    spec = new DatasetSpec("toy", List.of(system), List.of("inner"), Map.of(), "apt-get install toy-data.");
    locator =
        DatasetLocator.fromEnvironment(
            Map.of(DatasetLocator.MIRROR_VARIABLE, mirror.toString(), DatasetLocator.OFFLINE_VARIABLE, "1"),
            Files.createDirectories(project.resolve("notebooks").resolve("deep")));
  }

  private Path put(Path dir) throws IOException {
    Files.createDirectories(dir);
    return Files.write(dir.resolve(FILE), CONTENT);
  }

  @Test
  void findsProjectRootByWalkingUpAndReadsItsRegistry() {
    assertEquals(Optional.of(project), locator.projectRoot());
    assertTrue(locator.registry().source().startsWith(project.toString()), locator.registry().source());
    assertEquals(project.resolve("datasets").resolve("toy"), locator.cacheDirectory(spec));
    assertEquals(false, locator.downloadsEnabled());
  }

  @Test
  void homeVariableOverridesTheWalkUp() {
    DatasetLocator fromHome =
        DatasetLocator.fromEnvironment(Map.of(DatasetLocator.HOME_VARIABLE, tmp.toString()), project);
    assertEquals(Optional.of(tmp), fromHome.projectRoot());
    assertEquals(tmp.resolve("datasets").resolve("toy"), fromHome.cacheDirectory(spec));
  }

  @Test
  void searchOrderIsExplicitCacheSystemMirror() throws IOException {
    Path inMirror = put(mirror.resolve("toy"));
    assertEquals(inMirror, locator.locate(spec, FILE, Optional.empty()));
    Path inSystem = put(system.resolve("inner"));
    assertEquals(inSystem, locator.locate(spec, FILE, Optional.empty()));
    Path inCache = put(project.resolve("datasets").resolve("toy"));
    assertEquals(inCache, locator.locate(spec, FILE, Optional.empty()));
    Path explicit = put(tmp.resolve("explicit"));
    assertEquals(explicit, locator.locate(spec, FILE, Optional.of(tmp.resolve("explicit"))));
  }

  @Test
  void missingFileMessageListsEveryPlaceAndHowToGetIt() {
    Path explicit = tmp.resolve("explicit");
    DatasetException e =
        assertThrows(DatasetException.class, () -> locator.locate(spec, FILE, Optional.of(explicit)));
    String message = e.getMessage();
    for (Path place :
        List.of(
            explicit,
            explicit.resolve("inner"),
            project.resolve("datasets").resolve("toy"),
            system,
            system.resolve("inner"),
            mirror.resolve("toy"))) {
      assertTrue(message.contains(place.resolve(FILE).toString()), "missing " + place + " in:\n" + message);
    }
    assertTrue(message.contains("apt-get install toy-data."), message);
    assertTrue(message.contains("no download address"), message);
    assertTrue(message.contains(DatasetLocator.MIRROR_VARIABLE), message);
  }

  @Test
  void unsetMirrorAndDisabledDownloadAreReported() {
    DatasetSpec downloadable =
        new DatasetSpec(
            "toy", List.of(), List.of(), Map.of(FILE, java.net.URI.create("http://example.invalid/" + FILE)), "x");
    DatasetLocator noMirror = locator.withMirror(Optional.empty());
    DatasetException e =
        assertThrows(DatasetException.class, () -> noMirror.locate(downloadable, FILE, Optional.empty()));
    assertTrue(e.getMessage().contains("not set"), e.getMessage());
    assertTrue(e.getMessage().contains("http://example.invalid/" + FILE + " disabled"), e.getMessage());
  }

  @Test
  void checksumMismatchNamesFileExpectedAndActualHash() throws IOException {
    Path file = put(tmp.resolve("explicit"));
    Files.writeString(file, "tampered bytes");
    String expected = locator.acceptedSha256(spec, FILE).get(0);
    String actual = FileVerifier.sha256(file);
    DatasetException e =
        assertThrows(DatasetException.class, () -> locator.locate(spec, FILE, Optional.of(tmp.resolve("explicit"))));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertTrue(e.getMessage().contains(actual), e.getMessage());
  }

  @Test
  void verificationCacheNeverSkipsAChangedFile() throws IOException {
    Path file = put(project.resolve("datasets").resolve("toy"));
    FileTime mtime = Files.getLastModifiedTime(file);
    assertEquals(file, locator.locate(spec, FILE, Optional.empty()));
    assertTrue(Files.exists(FileVerifier.sidecar(file, locator.verifiedDirectory())), "sidecar written");
    try (java.util.stream.Stream<Path> beside = Files.list(file.getParent())) {
      assertEquals(List.of(file), beside.toList(), "nothing written beside the data");
    }
    assertEquals(file, locator.locate(spec, FILE, Optional.empty())); // cached pass
    byte[] changed = CONTENT.clone();
    changed[0] ^= 1; // same size
    Files.write(file, changed);
    Files.setLastModifiedTime(file, FileTime.fromMillis(mtime.toMillis() + 2000));
    assertThrows(DatasetException.class, () -> locator.locate(spec, FILE, Optional.empty()));
  }

  @Test
  void unregisteredFileIsAnError() throws IOException {
    Files.createDirectories(tmp.resolve("explicit"));
    Files.write(tmp.resolve("explicit").resolve("other.bin"), CONTENT);
    DatasetException e =
        assertThrows(
            DatasetException.class, () -> locator.locate(spec, "other.bin", Optional.of(tmp.resolve("explicit"))));
    assertTrue(e.getMessage().contains("no SHA-256 registered for toy/other.bin"), e.getMessage());
  }
}
