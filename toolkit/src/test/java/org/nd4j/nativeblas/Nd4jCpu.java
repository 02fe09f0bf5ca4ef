package org.nd4j.nativeblas;

/**
 * Benchmark-only shim (org.xbarlab.bench.TrainingThroughput): DL4J 1.0.0-M2.1's
 * {@code BaseMKLDNNHelper.mklDnnEnabled()} looks up {@code org.nd4j.nativeblas.Nd4jCpu$Environment}
 * and its method {@code isUseMKLDNN()} by reflection, but M2.1's ND4J moved that class to
 * {@code org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu$Environment} and renamed the method
 * {@code isUseONEDNN()}. The lookup fails, so DL4J's oneDNN layer helpers never switch on, even on
 * a oneDNN build of libnd4j. This class restores the old name and forwards to the new one; on a
 * libnd4j built without oneDNN it answers false, as before. Only on the test classpath.
 */
public final class Nd4jCpu {
  private Nd4jCpu() {}

  /** Forwards the old name to {@code org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment}. */
  public static final class Environment {
    private static final Environment INSTANCE = new Environment();

    private Environment() {}

    /** Returns the single instance, as the old class did. */
    public static Environment getInstance() {
      return INSTANCE;
    }

    /** Returns whether libnd4j was built with oneDNN (the new {@code isUseONEDNN()}). */
    public boolean isUseMKLDNN() {
      return org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment.getInstance().isUseONEDNN();
    }
  }
}
