package org.xbarlab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Packages trace the pipeline and dependencies point one way (STYLE.md R1): a package imports only
 * from the root package and from stages before it; {@code notebook} may import everything and
 * nothing imports it. Checked on the sources so it cannot erode.
 */
class PackageDirectionTest {
  /** Stage rank per package; equal ranks are siblings and must not import each other. */
  private static final Map<String, Integer> RANK = Map.ofEntries(
      Map.entry("data", 1), Map.entry("nn", 2), Map.entry("device", 3), Map.entry("noise", 4),
      Map.entry("crossbar", 5), Map.entry("train", 6), Map.entry("remap", 6), Map.entry("fault", 6),
      Map.entry("cost", 7), Map.entry("optimize", 8), Map.entry("nax", 9), Map.entry("notebook", 10));
  private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?org\\.xbarlab\\.([a-z]+)\\.", Pattern.MULTILINE);

  @Test
  void everyImportPointsBackwardsInThePipeline() throws IOException {
    Path root = Path.of("src/main/java/org/xbarlab");
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        Path rel = root.relativize(f);
        if (rel.getNameCount() < 2) {
          continue; // the root package imports no stage
        }
        String pkg = rel.getName(0).toString();
        Integer rank = RANK.get(pkg);
        if (rank == null) {
          violations.add(pkg + " is not a known stage: add it to ARCHITECTURE.md and this test");
          continue;
        }
        Matcher m = IMPORT.matcher(Files.readString(f));
        while (m.find()) {
          String target = m.group(1);
          Integer targetRank = RANK.get(target);
          if (target.equals(pkg) || targetRank == null) {
            continue;
          }
          if (targetRank >= rank) {
            violations.add(rel + " imports org.xbarlab." + target + " (stage " + targetRank + " >= " + rank + ")");
          }
        }
      }
    }
    assertTrue(violations.isEmpty(), String.join("\n", violations));
  }
}
