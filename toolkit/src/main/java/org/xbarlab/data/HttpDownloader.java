package org.xbarlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.xbarlab.DatasetException;

/**
 * Downloads one file into a folder: streams it into a temporary {@code .part} file in the target
 * folder while hashing, checks the SHA-256, then moves it into place atomically, so the target
 * name never holds a partial or unverified file.
 */
final class HttpDownloader {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
  private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(30);

  private HttpDownloader() {}

  /**
   * Downloads {@code uri} to {@code target} and returns {@code target}.
   *
   * @throws DatasetException if the download fails or its hash is not one of {@code acceptedSha256}
   */
  static Path download(URI uri, Path target, List<String> acceptedSha256) {
    Path part = null;
    try {
      Files.createDirectories(target.getParent());
      part = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
      HttpClient client =
          HttpClient.newBuilder()
              .connectTimeout(CONNECT_TIMEOUT)
              .followRedirects(HttpClient.Redirect.NORMAL)
              .build();
      HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).GET().build();
      HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      MessageDigest digest = FileVerifier.newDigest();
      try (InputStream in = response.body();
          OutputStream out = Files.newOutputStream(part)) {
        if (response.statusCode() != 200) {
          throw new DatasetException("HTTP status " + response.statusCode() + " from " + uri);
        }
        byte[] buffer = new byte[1 << 16];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          digest.update(buffer, 0, n);
          out.write(buffer, 0, n);
        }
      }
      String actual = HexFormat.of().formatHex(digest.digest());
      if (!acceptedSha256.contains(actual)) {
        throw new DatasetException(
            "checksum mismatch for download "
                + uri
                + ": expected SHA-256 "
                + String.join(" or ", acceptedSha256)
                + " but got "
                + actual);
      }
      FileVerifier.moveAtomically(part, target);
      part = null;
      return target;
    } catch (IOException e) {
      throw new DatasetException("download of " + uri + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DatasetException("download of " + uri + " was interrupted", e);
    } finally {
      if (part != null) {
        try {
          Files.deleteIfExists(part);
        } catch (IOException e) {
          // leave the .part file; it never has the target name
        }
      }
    }
  }
}
