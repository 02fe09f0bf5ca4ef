package org.xbarlab.nn;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * DL4J's native layer helpers. With libnd4j's oneDNN build (the toolkit's default classifier
 * {@code linux-x86_64-onednn-avx2}) DL4J can run convolution, pooling and batch normalisation
 * through oneDNN, which trains LeNet-5 3.8–5.8x and ResNet-20 5.5–6.9x faster on 2 cores and runs
 * LeNet inference ~8x faster ({@code benchmarks/pytorch_training.md}). DL4J 1.0.0-M2.1 ships them
 * switched off (system property {@value #DISABLE_PROPERTY} defaults to true) and cannot find them
 * when switched on (see {@link org.nd4j.nativeblas.Nd4jCpu}). The notebook kernel and the tests set
 * the property; in another JVM call {@link #useOneDnnIfPresent()} before building or loading
 * networks (helpers are chosen when a layer is created). On the plain build ({@code
 * XBARLAB_ND4J=plain}, Maven profile {@code plain}, for CPUs without AVX2) nothing changes.
 *
 * <p>ReSNA training stays correct with them ({@code ResnaWeightNoise.Attachment#nextMinibatch()}).
 */
public final class NativeHelpers {
  /** DL4J's switch; helpers are created only while it is {@code "false"}. */
  public static final String DISABLE_PROPERTY = "org.eclipse.deeplearning4j.helpers.disable";

  private static Boolean oneDnnBuild;

  private NativeHelpers() {}

  /** Returns whether the loaded libnd4j was built with oneDNN (its build information says so). */
  public static synchronized boolean oneDnnBuild() {
    if (oneDnnBuild == null) {
      Nd4j.create(1); // loads the backend
      oneDnnBuild = NativeOpsHolder.getInstance().getDeviceNativeOps().buildInfo().contains("HAVE_ONEDNN");
    }
    return oneDnnBuild;
  }

  /**
   * Switches DL4J's oneDNN helpers on for networks created from now on, if libnd4j has oneDNN.
   *
   * @return whether helpers are now on
   */
  public static boolean useOneDnnIfPresent() {
    if (!oneDnnBuild()) {
      return false;
    }
    System.setProperty(DISABLE_PROPERTY, "false");
    return true;
  }

  /** Returns whether networks created now get DL4J's oneDNN helpers. */
  public static boolean enabled() {
    return oneDnnBuild() && "false".equals(System.getProperty(DISABLE_PROPERTY));
  }

  /** Returns a one-line description for notebooks and logs. */
  public static String describe() {
    if (!oneDnnBuild()) {
      return "DL4J oneDNN helpers: off (libnd4j built without oneDNN)";
    }
    return "DL4J oneDNN helpers: " + (enabled() ? "on" : "off (call NativeHelpers.useOneDnnIfPresent())");
  }
}
