package org.xbarlab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.deeplearning4j.nn.layers.mkldnn.BaseMKLDNNHelper;
import org.junit.jupiter.api.Test;

/**
 * Guards the one class we place in another project's package ({@code toolkit/src/compat/java},
 * {@code org.nd4j.nativeblas.Nd4jCpu}). Fails once DL4J no longer needs it (its helper lookup no
 * longer names the old class) or once ND4J ships the class again (two copies on the class path):
 * either way, delete {@code src/compat} and its build-helper execution.
 */
class Dl4jCompatShimTest {
  private static final String SHIM = "org/nd4j/nativeblas/Nd4jCpu.class";

  @Test
  void dl4jStillLooksUpTheOldEnvironmentClassByName() throws IOException {
    String constants;
    try (InputStream in = BaseMKLDNNHelper.class.getResourceAsStream("BaseMKLDNNHelper.class")) {
      constants = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
    assertTrue(constants.contains("org.nd4j.nativeblas.Nd4jCpu$Environment")
            && constants.contains("isUseMKLDNN"),
        "DL4J's BaseMKLDNNHelper no longer looks up org.nd4j.nativeblas.Nd4jCpu$Environment."
            + "isUseMKLDNN: the shim in toolkit/src/compat is dead code, delete it");
  }

  @Test
  void onlyOurShimProvidesTheClass() throws IOException {
    List<URL> copies = Collections.list(getClass().getClassLoader().getResources(SHIM));
    assertEquals(1, copies.size(), "copies of " + SHIM + ": " + copies
        + " (ND4J ships it again? then delete toolkit/src/compat)");
    assertFalse(copies.get(0).getProtocol().equals("jar")
            && copies.get(0).getPath().contains("nd4j"),
        "the class comes from an ND4J jar: " + copies.get(0));
  }

  @Test
  void theShimAnswersWhatTheLoadedLibraryHas() {
    // The lookup used to fail, so DL4J said "no oneDNN" even on a oneDNN build; now it asks libnd4j.
    assertEquals(NativeHelpers.oneDnnBuild()
            && org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment.getInstance().isUseONEDNN(),
        BaseMKLDNNHelper.mklDnnEnabled());
  }
}
