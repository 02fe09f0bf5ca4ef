package org.nd4j.nativeblas;

import org.xbarlab.nn.NativeHelpers;

/**
 * Compatibility shim for DL4J 1.0.0-M2.1 (used through {@link NativeHelpers}).
 * {@code BaseMKLDNNHelper.mklDnnEnabled()} looks up {@code org.nd4j.nativeblas.Nd4jCpu$Environment}
 * and its method {@code isUseMKLDNN()} by reflection, but M2.1's ND4J moved that class to
 * {@code org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu$Environment} and renamed the method
 * {@code isUseONEDNN()}. The lookup fails, so DL4J's oneDNN layer helpers never switch on, even on
 * a oneDNN build of libnd4j. This class restores the old name. It answers whether the loaded
 * libnd4j really has oneDNN (ND4J's own switch defaults to true on every build), so on the default
 * build DL4J keeps its Java code path.
 */
public final class Nd4jCpu {
  private Nd4jCpu() {}

  /** Stands in for the class DL4J's helper lookup expects. */
  public static final class Environment {
    private static final Environment INSTANCE = new Environment();

    private Environment() {}

    /** Returns the single instance, as the old class did. */
    public static Environment getInstance() {
      return INSTANCE;
    }

    /** Returns whether the loaded libnd4j was built with oneDNN and ND4J allows its use. */
    public boolean isUseMKLDNN() {
      return NativeHelpers.oneDnnBuild()
          && org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment.getInstance().isUseONEDNN();
    }
  }
}
