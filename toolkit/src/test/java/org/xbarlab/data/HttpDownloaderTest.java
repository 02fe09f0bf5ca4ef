package org.xbarlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbarlab.DatasetException;

/** The download step of {@link DatasetLocator}, against a local HTTP server (no network needed). */
class HttpDownloaderTest {
  private static final byte[] GOOD = "genuine dataset bytes".getBytes(StandardCharsets.UTF_8);
  private static final byte[] BAD = "tampered dataset bytes".getBytes(StandardCharsets.UTF_8);

  @TempDir Path tmp;
  private HttpServer server;
  private String base;
  private DatasetLocator locator;

  @BeforeEach
  void setUp() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    serve("/good.bin", GOOD);
    serve("/bad.bin", BAD);
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    Path scratch = Files.write(tmp.resolve("scratch"), GOOD);
    String sha = FileVerifier.sha256(scratch);
    String registry = sha + "  web/good.bin\n" + sha + "  web/bad.bin\n" + sha + "  web/missing.bin\n";
    Path project = Files.createDirectories(tmp.resolve("project").resolve("datasets")).getParent();
    Files.writeString(project.resolve("datasets").resolve(ChecksumRegistry.FILE_NAME), registry);
    locator = DatasetLocator.fromEnvironment(Map.of(), project);
  }

  private void serve(String path, byte[] body) {
    server.createContext(
        path,
        exchange -> {
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
  }

  @AfterEach
  void tearDown() {
    server.stop(0);
  }

  private DatasetSpec spec() {
    return new DatasetSpec(
        "web",
        List.of(),
        List.of(),
        Map.of(
            "good.bin", URI.create(base + "good.bin"),
            "bad.bin", URI.create(base + "bad.bin"),
            "missing.bin", URI.create(base + "missing.bin")),
        "ask the web.");
  }

  private List<Path> cacheFiles() throws IOException {
    Path cache = locator.cacheDirectory(spec());
    if (!Files.isDirectory(cache)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(cache)) {
      return files.filter(p -> !p.getFileName().toString().endsWith(".verified")).toList();
    }
  }

  @Test
  void downloadsIntoTheProjectCacheAfterVerifying() throws IOException {
    assertTrue(locator.downloadsEnabled());
    Path file = locator.locate(spec(), "good.bin", Optional.empty());
    assertEquals(locator.cacheDirectory(spec()).resolve("good.bin"), file);
    assertArrayEquals(GOOD, Files.readAllBytes(file));
    assertEquals(List.of(file), cacheFiles(), "no .part file left behind");
    server.stop(0); // the second call is served from the cache
    assertEquals(file, locator.locate(spec(), "good.bin", Optional.empty()));
  }

  @Test
  void corruptDownloadNeverReachesItsTargetName() throws IOException {
    DatasetException e = assertThrows(DatasetException.class, () -> locator.locate(spec(), "bad.bin", Optional.empty()));
    assertTrue(e.getMessage().contains("download failed") && e.getMessage().contains("checksum mismatch"), e.getMessage());
    assertTrue(e.getMessage().contains(FileVerifier.sha256(Files.write(tmp.resolve("b"), BAD))), e.getMessage());
    assertEquals(List.of(), cacheFiles());
  }

  @Test
  void httpErrorIsReportedWithThePlacesSearched() throws IOException {
    DatasetException e =
        assertThrows(DatasetException.class, () -> locator.locate(spec(), "missing.bin", Optional.empty()));
    assertTrue(e.getMessage().contains("HTTP status 404"), e.getMessage());
    assertTrue(e.getMessage().contains(locator.cacheDirectory(spec()).resolve("missing.bin").toString()), e.getMessage());
    assertFalse(cacheFiles().stream().anyMatch(p -> p.getFileName().toString().contains("missing")));
  }
}
