package org.xbarlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.xbarlab.DatasetException;

/**
 * The expected SHA-256 of every dataset file the toolkit knows, read from a registry in
 * {@code sha256sum} format: {@code <sha256>  <dataset>/<file>} lines, {@code #} comment lines
 * naming the source of each hash. A file may be listed more than once with different hashes: each
 * is an accepted variant (for example Debian's recompressed Fashion-MNIST {@code .gz} files and the
 * official downloads hold the same images but differ byte for byte).
 *
 * <p>The registry lives at {@code datasets/checksums.sha256} in the project; a copy is bundled in
 * the jar as the resource {@code org/xbarlab/data/checksums.sha256} so the toolkit also verifies
 * files when it runs without the project folder.
 *
 * <pre>{@code
 * ChecksumRegistry registry = ChecksumRegistry.bundled();
 * List<String> accepted = registry.acceptedSha256("fashion-mnist", "train-labels-idx1-ubyte.gz");
 * }</pre>
 */
public final class ChecksumRegistry {
  /** File name of the registry, both in {@code datasets/} and as a bundled resource. */
  public static final String FILE_NAME = "checksums.sha256";

  /** Classpath location of the bundled copy of the registry. */
  public static final String RESOURCE = "/org/xbarlab/data/" + FILE_NAME;

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private final Map<String, List<String>> sha256ByKey;
  private final String source;

  private ChecksumRegistry(Map<String, List<String>> sha256ByKey, String source) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    sha256ByKey.forEach((key, hashes) -> copy.put(key, List.copyOf(hashes)));
    this.sha256ByKey = Collections.unmodifiableMap(copy);
    this.source = source;
  }

  /**
   * Returns the registry parsed from {@code text}.
   *
   * @param text registry lines ({@code <sha256>  <dataset>/<file>}, blank lines and {@code #}
   *     comments allowed)
   * @param source where the text came from, used in error messages
   * @throws DatasetException if a line is malformed or repeats an earlier line
   */
  public static ChecksumRegistry parse(String text, String source) {
    Map<String, List<String>> entries = new LinkedHashMap<>();
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s+\\*?", 2);
      String hash = parts[0].toLowerCase(Locale.ROOT);
      if (parts.length != 2 || !SHA256.matcher(hash).matches() || !parts[1].contains("/")) {
        throw new DatasetException(
            source + " line " + (i + 1) + ": '" + line + "' is not '<64 hex digits>  <dataset>/<file>'");
      }
      String key = parts[1].strip();
      List<String> hashes = entries.computeIfAbsent(key, k -> new ArrayList<>());
      if (hashes.contains(hash)) {
        throw new DatasetException(source + " line " + (i + 1) + ": " + key + " is listed twice with the same hash");
      }
      hashes.add(hash);
    }
    return new ChecksumRegistry(entries, source);
  }

  /**
   * Returns the registry read from {@code file}.
   *
   * @param file a registry file such as {@code <project>/datasets/checksums.sha256}
   * @throws DatasetException if the file cannot be read or is malformed
   */
  public static ChecksumRegistry read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new DatasetException("cannot read checksum registry " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns the copy of the registry bundled in the toolkit jar.
   *
   * @throws DatasetException if the resource is missing from the classpath (a broken build)
   */
  public static ChecksumRegistry bundled() {
    try (InputStream in = ChecksumRegistry.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new DatasetException(
            "checksum registry resource " + RESOURCE + " is missing from the classpath; rebuild the toolkit");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + RESOURCE);
    } catch (IOException e) {
      throw new DatasetException("cannot read checksum registry resource " + RESOURCE, e);
    }
  }

  /**
   * Returns the project's registry {@code <projectRoot>/datasets/checksums.sha256} when the
   * project root is known and holds one, else the bundled copy.
   *
   * @param projectRoot the folder holding {@code datasets/}, if known
   */
  public static ChecksumRegistry load(Optional<Path> projectRoot) {
    if (projectRoot.isPresent()) {
      Path file = projectRoot.get().resolve("datasets").resolve(FILE_NAME);
      if (Files.isRegularFile(file)) {
        return read(file);
      }
    }
    return bundled();
  }

  /**
   * Returns the accepted lower-case hex SHA-256 values of {@code dataset/fileName} in registry
   * order; empty if the file is not registered.
   *
   * @param dataset dataset folder name, for example {@code "fashion-mnist"}
   * @param fileName file name inside that folder, for example {@code "train-images-idx3-ubyte.gz"}
   */
  public List<String> acceptedSha256(String dataset, String fileName) {
    return sha256ByKey.getOrDefault(dataset + "/" + fileName, List.of());
  }

  /** Returns every entry, keyed {@code <dataset>/<file>}, with its accepted hashes (unmodifiable). */
  public Map<String, List<String>> entries() {
    return sha256ByKey;
  }

  /** Returns where this registry was read from (a path or {@code classpath:...}). */
  public String source() {
    return source;
  }

  @Override
  public String toString() {
    return "ChecksumRegistry[" + sha256ByKey.size() + " files from " + source + "]";
  }
}
