package org.xbarlab.data;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xbarlab.ConfigException;

/**
 * Where a dataset's files may be found: its folder name (in the project cache, the mirror and the
 * checksum registry), system folders that packages install it to, the official download address
 * and a hint telling a user how to obtain the files.
 *
 * <pre>{@code
 * DatasetSpec spec = FashionMnist.spec();
 * Path labels = DatasetLocator.defaults().locate(spec, "t10k-labels-idx1-ubyte.gz", Optional.empty());
 * }</pre>
 *
 * @param name folder name, for example {@code "fashion-mnist"}; letters, digits, '-', '_' or '.'
 * @param systemDirectories folders searched after the project cache (for example {@code
 *     /usr/share/datasets/fashion-mnist}); may be empty
 * @param innerFolders folders inside each searched folder that are searched too, for example
 *     {@code cifar-10-batches-bin} as left by extracting the official archive; may be empty
 * @param downloads official download address of each file that can be downloaded on its own,
 *     keyed by file name; may be empty
 * @param howToGet one or two sentences appended to "not found" errors
 */
public record DatasetSpec(
    String name,
    List<Path> systemDirectories,
    List<String> innerFolders,
    Map<String, URI> downloads,
    String howToGet) {

  /**
   * Validates the fields and copies the collections.
   *
   * @param name see the record description
   * @param systemDirectories see the record description
   * @param innerFolders see the record description
   * @param downloads see the record description
   * @param howToGet see the record description
   */
  public DatasetSpec {
    if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
      throw new ConfigException("name", name, "a folder name of letters, digits, '.', '_' or '-'");
    }
    if (systemDirectories == null || innerFolders == null || downloads == null || howToGet == null) {
      throw new ConfigException(
          "systemDirectories/innerFolders/downloads/howToGet", "null", "non-null values");
    }
    systemDirectories = List.copyOf(systemDirectories);
    innerFolders = List.copyOf(innerFolders);
    downloads = Map.copyOf(downloads);
  }

  /**
   * Returns the official download address of {@code fileName}, if it can be downloaded alone.
   *
   * @param fileName file name inside the dataset folder
   */
  public Optional<URI> downloadUri(String fileName) {
    return Optional.ofNullable(downloads.get(fileName));
  }
}
