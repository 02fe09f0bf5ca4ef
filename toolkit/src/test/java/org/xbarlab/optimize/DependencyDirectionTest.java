package org.xbarlab.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * R1 without ArchUnit (not a dependency): the optimize sources import only the JDK, the root
 * package org.xbarlab, MOEA Framework and Tablesaw; never a later stage (nax, notebook).
 */
class DependencyDirectionTest {
  private static final Pattern IMPORT = Pattern.compile("^import (static )?([\\w.]+)\\.[\\w*]+;",
      Pattern.MULTILINE);

  @Test
  void optimizeImportsOnlyEarlierStagesAndItsLibraries() throws IOException {
    Path dir = Path.of("src/main/java/org/xbarlab/optimize");
    assertTrue(Files.isDirectory(dir), "run from the toolkit module: " + dir.toAbsolutePath());
    List<String> offending = new ArrayList<>();
    int files = 0;
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".java"))::iterator) {
        files++;
        Matcher m = IMPORT.matcher(Files.readString(f));
        while (m.find()) {
          String pkg = m.group(2);
          boolean ok = pkg.startsWith("java.") || pkg.equals("org.xbarlab")
              || pkg.startsWith("org.moeaframework.") || pkg.startsWith("tech.tablesaw.");
          if (!ok) {
            offending.add(f.getFileName() + ": " + m.group());
          }
        }
      }
    }
    assertTrue(files > 20, "found " + files + " source files");
    assertEquals(List.of(), offending);
  }
}
