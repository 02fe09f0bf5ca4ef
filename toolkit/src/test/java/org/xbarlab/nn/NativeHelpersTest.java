package org.xbarlab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;

/** Runs on either libnd4j build: the default one (CI's unit tests) and the oneDNN one (-Ponednn). */
class NativeHelpersTest {

  /** The platform folder of the libnd4jcpu.so this JVM mapped, e.g. linux-x86_64-onednn-avx2. */
  private static String loadedLibraryFolder() throws IOException {
    NativeHelpers.oneDnnBuild();
    return Files.readAllLines(Path.of("/proc/self/maps")).stream()
        .filter(l -> l.endsWith("/libnd4jcpu.so"))
        .map(l -> Path.of(l.substring(l.indexOf('/'))).getParent().getFileName().toString())
        .findFirst().orElseThrow();
  }

  @Test
  void detectsTheOneDnnBuildFromTheLoadedLibrary() throws IOException {
    assertEquals(loadedLibraryFolder().contains("onednn"), NativeHelpers.oneDnnBuild(), loadedLibraryFolder());
    assertTrue(NativeHelpers.describe().startsWith("DL4J oneDNN helpers: "));
  }

  @Test
  void theLoadedBuildIsTheOneMavenSelectedAndItsHelpersAreOnAsInTheKernel() throws IOException {
    String expected = System.getProperty("xbarlab.nd4j.classifier");
    assertNotNull(expected, "surefire passes the nd4j classifier (toolkit/pom.xml)");
    assertEquals(expected, loadedLibraryFolder(), "a second libnd4j on the class path?");
    // The test JVM, like the notebook kernel, runs with helpers switched on (-D...disable=false):
    // on the oneDNN build they must then be active, on the plain build there are none.
    assertEquals(expected.contains("onednn"), NativeHelpers.enabled(), NativeHelpers.describe());
  }

  @Test
  void convolutionLayersGetAHelperExactlyWhenEnabled() {
    MultiLayerNetwork cnn = Models.smallCnn(28, 28, 1, 10, 8);
    if (NativeHelpers.enabled()) {
      assertNotNull(cnn.getLayer(0).getHelper(), "oneDNN build with helpers on: convolution runs through oneDNN");
      assertEquals("MKLDNNConvHelper", cnn.getLayer(0).getHelper().getClass().getSimpleName());
    } else {
      assertNull(cnn.getLayer(0).getHelper(), "helpers off: DL4J's Java convolution path");
    }
    assertFalse(NativeHelpers.oneDnnBuild() && !NativeHelpers.useOneDnnIfPresent());
  }
}
