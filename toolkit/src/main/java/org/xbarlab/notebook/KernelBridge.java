package org.xbarlab.notebook;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;

/**
 * Publishes MIME bundles through whichever Java kernel hosts this JVM, found by reflection so the
 * toolkit has no hard dependency on a kernel: JJava first, then IJava (same display API shape).
 */
final class KernelBridge {
  private record Flavour(String kernelClass, String kernelGetter, String displayDataClass) {}

  private static final Flavour[] FLAVOURS = {
    new Flavour("org.dflib.jjava.jupyter.kernel.BaseKernel", "notebookKernel",
        "org.dflib.jjava.jupyter.kernel.display.DisplayData"),
    new Flavour("io.github.spencerpark.ijava.IJava", "getKernelInstance",
        "io.github.spencerpark.jupyter.kernel.display.DisplayData"),
  };

  private final Object kernel;
  private final Class<?> displayDataClass;
  private final Method putData;
  private final Method setDisplayId;
  private final Method display;

  private KernelBridge(Object kernel, Class<?> displayDataClass) throws ReflectiveOperationException {
    this.kernel = kernel;
    this.displayDataClass = displayDataClass;
    this.putData = displayDataClass.getMethod("putData", String.class, Object.class);
    this.setDisplayId = displayDataClass.getMethod("setDisplayId", String.class);
    this.display = kernel.getClass().getMethod("display", displayDataClass);
  }

  /** Returns the bridge to the running kernel, or empty outside a notebook (tests, command line). */
  static Optional<KernelBridge> detect() {
    for (Flavour f : FLAVOURS) {
      try {
        Class<?> k = load(f.kernelClass());
        Object kernel = k.getMethod(f.kernelGetter()).invoke(null);
        if (kernel != null) {
          return Optional.of(new KernelBridge(kernel, load(f.displayDataClass())));
        }
      } catch (ReflectiveOperationException | LinkageError e) {
        // Not this kernel: try the next flavour.
      }
    }
    return Optional.empty();
  }

  /** Publishes the bundle as a new output; a non-null id lets {@link #update} replace it later. */
  void display(Map<String, Object> bundle, String displayId) {
    try {
      display.invoke(kernel, toDisplayData(bundle, displayId));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the notebook kernel refused a display message", e);
    }
  }

  /** Replaces the output published earlier under {@code displayId}. */
  void update(String displayId, Map<String, Object> bundle) {
    try {
      Object io = kernel.getClass().getMethod("getIO").invoke(kernel);
      Object stream = io.getClass().getField("display").get(io);
      stream.getClass().getMethod("updateDisplay", String.class, displayDataClass)
          .invoke(stream, displayId, toDisplayData(bundle, null));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the notebook kernel refused an update_display message", e);
    }
  }

  private Object toDisplayData(Map<String, Object> bundle, String displayId) throws ReflectiveOperationException {
    Object dd = displayDataClass.getConstructor().newInstance();
    for (Map.Entry<String, Object> e : bundle.entrySet()) {
      putData.invoke(dd, e.getKey(), e.getValue());
    }
    if (displayId != null) {
      setDisplayId.invoke(dd, displayId);
    }
    return dd;
  }

  private static Class<?> load(String name) throws ClassNotFoundException {
    try {
      return Class.forName(name, false, KernelBridge.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      ClassLoader context = Thread.currentThread().getContextClassLoader();
      if (context == null) {
        throw e;
      }
      return Class.forName(name, false, context);
    }
  }
}
