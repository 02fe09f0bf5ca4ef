package org.xbarlab.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.xbarlab.DatasetException;

/**
 * Finds a dataset file, verifies its SHA-256 and returns its path. Places are tried in this
 * order; the first that holds the file wins:
 *
 * <ol>
 *   <li>the folder the caller passed explicitly;
 *   <li>the project cache {@code <project>/datasets/<name>/}; the project root is {@code
 *       $XBARLAB_HOME} if set, else the nearest folder at or above the working directory holding
 *       {@code datasets/checksums.sha256}; without a project the cache is {@code
 *       ~/.xbarlab/datasets/<name>/};
 *   <li>the dataset's system folders (for example {@code /usr/share/datasets/fashion-mnist});
 *   <li>the local mirror {@code $XBARLAB_DATASET_MIRROR/<name>/};
 *   <li>a download from the official address into the project cache (disabled when {@code
 *       XBARLAB_OFFLINE} is {@code 1} or {@code true}).
 * </ol>
 *
 * <p>In each place the spec's inner folders are searched too. Success is remembered in {@code
 * <cache>/.verified/} (path, size, modification time, inode), so an unchanged file is hashed once
 * and a changed one always again; nothing is written beside files outside the cache. A file that is found but fails its
 * checksum is an error (it is not skipped in favour of a later place), and so is a file that the
 * registry does not list. When no place has the file the {@link DatasetException} lists every
 * place searched and how to get the data.
 *
 * <pre>{@code
 * DatasetLocator locator = DatasetLocator.defaults().withDownloads(false);
 * Path file = locator.locate(FashionMnist.spec(), "t10k-labels-idx1-ubyte.gz", Optional.empty());
 * }</pre>
 */
public final class DatasetLocator {
  /** Environment variable naming the project root (the folder holding {@code datasets/}). */
  public static final String HOME_VARIABLE = "XBARLAB_HOME";

  /** Environment variable naming a local mirror laid out as {@code <mirror>/<name>/<file>}. */
  public static final String MIRROR_VARIABLE = "XBARLAB_DATASET_MIRROR";

  /** Environment variable that disables downloads when set to {@code 1} or {@code true}. */
  public static final String OFFLINE_VARIABLE = "XBARLAB_OFFLINE";

  private final Optional<Path> projectRoot;
  private final String projectRootOrigin;
  private final Path cacheRoot;
  private final Optional<Path> mirror;
  private final boolean downloads;
  private final ChecksumRegistry registry;

  private DatasetLocator(
      Optional<Path> projectRoot,
      String projectRootOrigin,
      Path cacheRoot,
      Optional<Path> mirror,
      boolean downloads,
      ChecksumRegistry registry) {
    this.projectRoot = projectRoot;
    this.projectRootOrigin = projectRootOrigin;
    this.cacheRoot = cacheRoot;
    this.mirror = mirror;
    this.downloads = downloads;
    this.registry = registry;
  }

  /** Returns the locator configured from the process environment and working directory. */
  public static DatasetLocator defaults() {
    return fromEnvironment(System.getenv(), Path.of("").toAbsolutePath());
  }

  /**
   * Returns the locator configured from {@code environment} (reads {@value #HOME_VARIABLE},
   * {@value #MIRROR_VARIABLE} and {@value #OFFLINE_VARIABLE}) and {@code workingDirectory}.
   *
   * @param environment environment variables, for example {@link System#getenv()}
   * @param workingDirectory where the search for the project root starts
   */
  public static DatasetLocator fromEnvironment(Map<String, String> environment, Path workingDirectory) {
    Optional<Path> root;
    String origin;
    String home = environment.getOrDefault(HOME_VARIABLE, "").strip();
    if (!home.isEmpty()) {
      root = Optional.of(Path.of(home).toAbsolutePath().normalize());
      origin = "from $" + HOME_VARIABLE;
    } else {
      root = findProjectRoot(workingDirectory);
      origin = root.isPresent() ? "found above " + workingDirectory : "no project found above " + workingDirectory;
    }
    String mirrorText = environment.getOrDefault(MIRROR_VARIABLE, "").strip();
    Optional<Path> mirror = mirrorText.isEmpty() ? Optional.empty() : Optional.of(Path.of(mirrorText));
    String offline = environment.getOrDefault(OFFLINE_VARIABLE, "").strip().toLowerCase(Locale.ROOT);
    boolean downloads = !(offline.equals("1") || offline.equals("true"));
    return new DatasetLocator(
        root, origin, cacheRootFor(root), mirror, downloads, ChecksumRegistry.load(root));
  }

  /**
   * Returns the nearest folder at or above {@code start} that holds {@code
   * datasets/checksums.sha256}.
   *
   * @param start the folder where the upward search begins (usually the working directory)
   */
  public static Optional<Path> findProjectRoot(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("datasets").resolve(ChecksumRegistry.FILE_NAME))) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }

  private static Path cacheRootFor(Optional<Path> root) {
    return root.map(r -> r.resolve("datasets"))
        .orElseGet(() -> Path.of(System.getProperty("user.home"), ".xbarlab", "datasets"));
  }

  /**
   * Returns a copy whose project root (and so cache {@code <projectRoot>/datasets} and checksum
   * registry, if the folder holds one) is {@code root}.
   *
   * @param root the project root, the folder holding {@code datasets/}
   */
  public DatasetLocator withProjectRoot(Path root) {
    Optional<Path> r = Optional.of(root.toAbsolutePath().normalize());
    return new DatasetLocator(r, "set explicitly", cacheRootFor(r), mirror, downloads, ChecksumRegistry.load(r));
  }

  /**
   * Returns a copy that uses {@code mirrorDirectory} as the local mirror.
   *
   * @param mirrorDirectory mirror laid out as {@code <mirror>/<name>/<file>}; empty for none
   */
  public DatasetLocator withMirror(Optional<Path> mirrorDirectory) {
    return new DatasetLocator(projectRoot, projectRootOrigin, cacheRoot, mirrorDirectory, downloads, registry);
  }

  /**
   * Returns a copy that may or may not download missing files.
   *
   * @param enabled {@code true} to download missing files from their official address
   */
  public DatasetLocator withDownloads(boolean enabled) {
    return new DatasetLocator(projectRoot, projectRootOrigin, cacheRoot, mirror, enabled, registry);
  }

  /**
   * Returns a copy that verifies files against {@code checksums}.
   *
   * @param checksums the registry of expected SHA-256 values
   */
  public DatasetLocator withRegistry(ChecksumRegistry checksums) {
    return new DatasetLocator(projectRoot, projectRootOrigin, cacheRoot, mirror, downloads, checksums);
  }

  /** Returns the project root, if one was found or set. */
  public Optional<Path> projectRoot() {
    return projectRoot;
  }

  /** Returns the local mirror folder, if configured. */
  public Optional<Path> mirror() {
    return mirror;
  }

  /** Returns whether missing files may be downloaded. */
  public boolean downloadsEnabled() {
    return downloads;
  }

  /** Returns the checksum registry every file is verified against. */
  public ChecksumRegistry registry() {
    return registry;
  }

  /**
   * Returns the cache folder of {@code spec}: {@code <project>/datasets/<name>}.
   *
   * @param spec the dataset
   */
  public Path cacheDirectory(DatasetSpec spec) {
    return cacheRoot.resolve(spec.name());
  }

  /**
   * Returns the folder of verification sidecars, {@code <cache>/.verified}: a file whose path,
   * size, modification time and inode match its sidecar is not hashed again.
   */
  Path verifiedDirectory() {
    return cacheRoot.resolve(".verified");
  }

  /**
   * Returns the registered SHA-256 values accepted for {@code spec.name()/fileName} (at least one).
   *
   * @param spec the dataset
   * @param fileName the file name inside the dataset folder
   * @throws DatasetException if the registry does not list the file
   */
  public List<String> acceptedSha256(DatasetSpec spec, String fileName) {
    List<String> accepted = registry.acceptedSha256(spec.name(), fileName);
    if (!accepted.isEmpty()) {
      return accepted;
    }
    throw new DatasetException(
                    "no SHA-256 registered for "
                        + spec.name()
                        + "/"
                        + fileName
                        + " in "
                        + registry.source()
                        + "; add a '<sha256>  "
                        + spec.name()
                        + "/"
                        + fileName
                        + "' line to datasets/checksums.sha256 (and the bundled copy) citing its source");
  }

  /**
   * Returns the verified file from the first local place that holds it (explicit folder, cache,
   * system folders, mirror), without downloading.
   *
   * @param spec the dataset
   * @param fileName file name, for example {@code "train-images-idx3-ubyte.gz"}
   * @param explicitDirectory a folder the caller named, searched first
   * @throws DatasetException if a found file fails its checksum or is not registered
   */
  public Optional<Path> findLocal(DatasetSpec spec, String fileName, Optional<Path> explicitDirectory) {
    for (Place place : places(spec, explicitDirectory)) {
      for (Path dir : foldersOf(spec, place.directory())) {
        Path candidate = dir.resolve(fileName);
        if (Files.isRegularFile(candidate)) {
          FileVerifier.verify(candidate, acceptedSha256(spec, fileName), verifiedDirectory());
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the verified file from the first place that holds it, downloading it into the
   * project cache if no local place does.
   *
   * @param spec the dataset
   * @param fileName file name, for example {@code "train-images-idx3-ubyte.gz"}
   * @param explicitDirectory a folder the caller named, searched first
   * @throws DatasetException if the file is missing everywhere (the message lists every place
   *     searched and how to get the data), fails its checksum or is not registered
   */
  public Path locate(DatasetSpec spec, String fileName, Optional<Path> explicitDirectory) {
    Optional<Path> local = findLocal(spec, fileName, explicitDirectory);
    if (local.isPresent()) {
      return local.get();
    }
    String downloadOutcome;
    Optional<java.net.URI> uri = spec.downloadUri(fileName);
    if (uri.isEmpty()) {
      downloadOutcome = "no download address for single files of " + spec.name();
    } else if (!downloads) {
      downloadOutcome = "download of " + uri.get() + " disabled (" + OFFLINE_VARIABLE + " or withDownloads(false))";
    } else {
      try {
        return HttpDownloader.download(
            uri.get(), cacheDirectory(spec).resolve(fileName), acceptedSha256(spec, fileName));
      } catch (DatasetException e) {
        downloadOutcome = "download failed: " + e.getMessage();
      }
    }
    throw notFound(spec, fileName, explicitDirectory, downloadOutcome);
  }

  /**
   * Returns the error for a file found nowhere: it lists every place searched, the outcome of the
   * download attempt and how to get the data.
   *
   * @param spec the dataset
   * @param fileName the missing file
   * @param explicitDirectory the caller's folder, if any
   * @param downloadOutcome one line saying why no download happened or how it failed
   */
  public DatasetException notFound(
      DatasetSpec spec, String fileName, Optional<Path> explicitDirectory, String downloadOutcome) {
    StringBuilder message = new StringBuilder();
    message.append("dataset file ").append(spec.name()).append('/').append(fileName).append(" not found. Searched:");
    if (explicitDirectory.isEmpty()) {
      message.append("\n  - explicit folder: none given");
    }
    for (Place place : places(spec, explicitDirectory)) {
      for (Path dir : foldersOf(spec, place.directory())) {
        message.append("\n  - ").append(place.label()).append(": ").append(dir.resolve(fileName));
      }
    }
    if (mirror.isEmpty()) {
      message.append("\n  - mirror: $").append(MIRROR_VARIABLE).append(" not set");
    }
    message.append("\n  - ").append(downloadOutcome);
    message.append("\nHow to get it: ").append(spec.howToGet());
    message.append(" Or copy the files into ").append(cacheDirectory(spec));
    message.append(" or into $").append(MIRROR_VARIABLE).append('/').append(spec.name()).append("/ (see datasets/README.md).");
    return new DatasetException(message.toString());
  }

  private List<Place> places(DatasetSpec spec, Optional<Path> explicitDirectory) {
    List<Place> places = new ArrayList<>();
    explicitDirectory.ifPresent(dir -> places.add(new Place("explicit folder", dir)));
    places.add(new Place("project cache (" + projectRootOrigin + ")", cacheDirectory(spec)));
    for (Path dir : spec.systemDirectories()) {
      places.add(new Place("system folder", dir));
    }
    mirror.ifPresent(dir -> places.add(new Place("mirror $" + MIRROR_VARIABLE, dir.resolve(spec.name()))));
    return places;
  }

  private static List<Path> foldersOf(DatasetSpec spec, Path directory) {
    List<Path> folders = new ArrayList<>();
    folders.add(directory);
    for (String inner : spec.innerFolders()) {
      folders.add(directory.resolve(inner));
    }
    return folders;
  }

  @Override
  public String toString() {
    return "DatasetLocator[cache="
        + cacheRoot
        + ", mirror="
        + mirror.map(Path::toString).orElse("none")
        + ", downloads="
        + downloads
        + ", registry="
        + registry.source()
        + "]";
  }

  private record Place(String label, Path directory) {}
}
