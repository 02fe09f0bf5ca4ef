package org.xbarlab.cost;

import org.xbarlab.ConfigException;
import org.xbarlab.nn.LayerKind;

/**
 * One weighted layer as the cost model sees it: a weight matrix {@code [rows x cols]} that is
 * multiplied with an input vector {@code mvmsPerInference} times per inference.
 *
 * <p>For a convolution with kernel {@code k x k}, {@code C_in} input and {@code C_out} output
 * channels the matrix has {@code rows = k*k*C_in} (fan-in) and {@code cols = C_out} (fan-out), and
 * {@code mvmsPerInference = H_out * W_out}. A dense layer has {@code mvmsPerInference = 1}. Build
 * them with {@link #dense(String, int, int)} and {@link #conv(String, int, int, int, int, int)}.
 *
 * @param name layer name, unique within a network by convention (for example {@code "conv2"})
 * @param kind dense or convolution
 * @param rows weight-matrix rows = fan-in, at least 1
 * @param cols weight-matrix columns = fan-out, at least 1
 * @param mvmsPerInference matrix-vector multiplications per inference, at least 1
 * @param poolingWindow outputs merged by the max-pooling that follows the layer ({@code 4} for 2x2
 *     pooling), 1 when no pooling follows; 1..1024
 * @param cellConductanceFraction the measured mean conductance of this layer's read cells as a
 *     fraction of the window Gmin..Gmax (weighted by how often each row is driven), in [0, 1]; NaN
 *     to use the technology's {@code meanConductanceFraction}
 */
public record LayerWorkload(String name, LayerKind kind, int rows, int cols, long mvmsPerInference,
    int poolingWindow, double cellConductanceFraction) {

  /**
   * Validates every field; throws {@link ConfigException} naming the field and rule.
   *
   * @param name see the record description
   * @param kind see the record description
   * @param rows see the record description
   * @param cols see the record description
   * @param mvmsPerInference see the record description
   * @param poolingWindow see the record description
   * @param cellConductanceFraction see the record description
   */
  public LayerWorkload {
    if (name == null || name.isBlank()) {
      throw new ConfigException("name", name, "a non-blank layer name");
    }
    if (kind == null || !kind.onCrossbar()) {
      throw new ConfigException("kind", kind, "DENSE or CONVOLUTION (a layer with crossbar weights)");
    }
    if (rows < 1) {
      throw new ConfigException("rows", rows, "a fan-in of at least 1 (k*k*C_in for conv)");
    }
    if (cols < 1) {
      throw new ConfigException("cols", cols, "a fan-out of at least 1 (C_out)");
    }
    if (mvmsPerInference < 1) {
      throw new ConfigException("mvmsPerInference", mvmsPerInference, "at least 1 MVM per inference");
    }
    if (kind == LayerKind.DENSE && mvmsPerInference != 1) {
      throw new ConfigException(
          "mvmsPerInference", mvmsPerInference, "exactly 1 for a DENSE layer (use CONVOLUTION otherwise)");
    }
    if (poolingWindow < 1 || poolingWindow > 1024) {
      throw new ConfigException("poolingWindow", poolingWindow,
          "1 (no pooling) .. 1024 outputs merged, e.g. 4 for 2x2 max pooling");
    }
    if (!Double.isNaN(cellConductanceFraction)
        && !(cellConductanceFraction >= 0 && cellConductanceFraction <= 1)) {
      throw new ConfigException("cellConductanceFraction", cellConductanceFraction,
          "a fraction of the window in [0, 1], or NaN for the technology's mean");
    }
  }

  /**
   * Creates a layer whose cells hold the technology's mean conductance.
   *
   * @param name layer name
   * @param kind dense or convolution
   * @param rows fan-in, at least 1
   * @param cols fan-out, at least 1
   * @param mvmsPerInference MVMs per inference, at least 1
   * @param poolingWindow outputs merged per pooled output, 1..1024
   */
  public LayerWorkload(String name, LayerKind kind, int rows, int cols, long mvmsPerInference,
      int poolingWindow) {
    this(name, kind, rows, cols, mvmsPerInference, poolingWindow, Double.NaN);
  }

  /**
   * Creates a layer that no pooling follows ({@code poolingWindow = 1}).
   *
   * @param name layer name
   * @param kind dense or convolution
   * @param rows fan-in, at least 1
   * @param cols fan-out, at least 1
   * @param mvmsPerInference MVMs per inference, at least 1
   */
  public LayerWorkload(String name, LayerKind kind, int rows, int cols, long mvmsPerInference) {
    this(name, kind, rows, cols, mvmsPerInference, 1);
  }

  /**
   * Returns a copy followed by max pooling over {@code window} outputs.
   *
   * @param window outputs merged per pooled output, 1..1024 (4 for 2x2)
   */
  public LayerWorkload withPoolingWindow(int window) {
    return new LayerWorkload(name, kind, rows, cols, mvmsPerInference, window,
        cellConductanceFraction);
  }

  /**
   * Returns a copy whose cells hold, on average, {@code fraction} of the window (a measured
   * programmed chip, for example with stuck-at faults), in [0, 1].
   */
  public LayerWorkload withCellConductanceFraction(double fraction) {
    if (Double.isNaN(fraction)) {
      throw new ConfigException("cellConductanceFraction", fraction, "a fraction in [0, 1]");
    }
    return new LayerWorkload(name, kind, rows, cols, mvmsPerInference, poolingWindow, fraction);
  }

  /**
   * Returns a dense layer {@code [inputs x outputs]} with one MVM per inference.
   *
   * @param name layer name
   * @param inputs fan-in, at least 1
   * @param outputs fan-out, at least 1
   */
  public static LayerWorkload dense(String name, int inputs, int outputs) {
    return new LayerWorkload(name, LayerKind.DENSE, inputs, outputs, 1);
  }

  /**
   * Returns a square-kernel convolution with {@code outputHeight * outputWidth} MVMs.
   *
   * @param name layer name
   * @param kernelSize kernel side {@code k}, at least 1
   * @param inputChannels {@code C_in}, at least 1
   * @param outputChannels {@code C_out}, at least 1
   * @param outputHeight {@code H_out} in pixels, at least 1
   * @param outputWidth {@code W_out} in pixels, at least 1
   */
  public static LayerWorkload conv(
      String name,
      int kernelSize,
      int inputChannels,
      int outputChannels,
      int outputHeight,
      int outputWidth) {
    if (kernelSize < 1) {
      throw new ConfigException("kernelSize", kernelSize, "a kernel side of at least 1");
    }
    if (inputChannels < 1) {
      throw new ConfigException("inputChannels", inputChannels, "at least 1 channel");
    }
    if (outputHeight < 1 || outputWidth < 1) {
      throw new ConfigException(
          "outputHeight x outputWidth", outputHeight + "x" + outputWidth, "both at least 1 pixel");
    }
    long fanIn = (long) kernelSize * kernelSize * inputChannels;
    if (fanIn > Integer.MAX_VALUE) {
      throw new ConfigException("kernelSize*kernelSize*inputChannels", fanIn, "at most 2^31-1");
    }
    return new LayerWorkload(
        name, LayerKind.CONVOLUTION, (int) fanIn, outputChannels, (long) outputHeight * outputWidth);
  }

  /** Returns the number of weights, {@code rows * cols}. */
  public long weightCount() {
    return (long) rows * cols;
  }

  /** Returns multiply-accumulate operations per inference, {@code rows * cols * mvms}. */
  public long macsPerInference() {
    return weightCount() * mvmsPerInference;
  }
}
