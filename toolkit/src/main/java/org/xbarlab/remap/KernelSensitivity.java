package org.xbarlab.remap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deeplearning4j.nn.api.Layer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.xbarlab.Columns;
import org.xbarlab.ConfigException;
import org.xbarlab.TableRows;
import org.xbarlab.TableRows.Type;
import org.xbarlab.nn.Network;
import tech.tablesaw.api.Table;

/**
 * How much the loss depends on each kernel (one output channel = one crossbar column group) and each
 * weight of a network's weighted layers (papers.md 3.4):
 *
 * <ul>
 *   <li>{@link Method#TAYLOR}: first-order Taylor, {@code s_w = |w * dL/dw|} per weight and
 *       {@code s_k = sum over the kernel's weights}, from DL4J's gradients on a seeded calibration
 *       batch (one backward pass).
 *   <li>{@link Method#EMPIRICAL}: the position error model applied to one kernel at a time (its
 *       weights scaled as at the worst kernel slot of a tile, row by row), and the loss change on the
 *       calibration batch measured ({@code L(perturbed) - L}); one forward pass per kernel.
 * </ul>
 *
 * Weights are indexed as the crossbar sees them: logical {@code [fanIn x fanOut]}, row-major (a
 * convolution {@code W [out x in x kH x kW]} as its im2col matrix {@code [in*kH*kW x out]}).
 */
public final class KernelSensitivity {
  /** How a sensitivity is measured. */
  public enum Method {
    /** {@code |w * dL/dw|}, summed per kernel. */
    TAYLOR,
    /** Loss change when one kernel sits at the worst position of the error profile. */
    EMPIRICAL
  }

  private final Method method;
  private final Map<Integer, String> names;
  private final Map<Integer, double[]> kernels;
  private final Map<Integer, double[]> weights; // TAYLOR only

  private KernelSensitivity(Method method, Map<Integer, String> names,
      Map<Integer, double[]> kernels, Map<Integer, double[]> weights) {
    this.method = method;
    this.names = Collections.unmodifiableMap(names);
    this.kernels = Collections.unmodifiableMap(kernels);
    this.weights = Collections.unmodifiableMap(weights);
  }

  /** Returns Taylor sensitivities of every weighted layer on {@code calibration}. */
  public static KernelSensitivity taylor(Network network, DataSet calibration) {
    return taylor(network, calibration, null);
  }

  /**
   * Returns Taylor sensitivities of the weighted layers in {@code layers} (all when null).
   *
   * @param network trained network (not modified)
   * @param calibration features and one-hot labels, at least one example
   * @param layers node indices to keep, or null for every weighted layer
   */
  public static KernelSensitivity taylor(Network network, DataSet calibration,
      Set<Integer> layers) {
    requireExamples(calibration);
    Map<Integer, INDArray> gradients = network.weightGradients(calibration);
    Map<Integer, String> names = new LinkedHashMap<>();
    Map<Integer, double[]> kernels = new LinkedHashMap<>();
    Map<Integer, double[]> weights = new LinkedHashMap<>();
    for (Map.Entry<Integer, INDArray> e : gradients.entrySet()) {
      int node = e.getKey();
      if (layers != null && !layers.contains(node)) {
        continue;
      }
      INDArray w = weightOf(network, node);
      if (w.rank() != 2 && w.rank() != 4) {
        continue;
      }
      float[] wl = logical(w);
      float[] gl = logical(e.getValue());
      int fanOut = fanOut(w);
      double[] perWeight = new double[wl.length];
      double[] perKernel = new double[fanOut];
      for (int k = 0; k < wl.length; k++) {
        perWeight[k] = Math.abs((double) wl[k] * gl[k]);
        perKernel[k % fanOut] += perWeight[k];
      }
      names.put(node, network.nodeName(node));
      kernels.put(node, perKernel);
      weights.put(node, perWeight);
    }
    return new KernelSensitivity(Method.TAYLOR, names, kernels, weights);
  }

  /**
   * Returns sensitivities measured by {@code method} for the weighted layers in {@code layers}.
   *
   * @param profile position error profile (used by EMPIRICAL only)
   * @param layers node indices to keep, or null for every weighted layer
   */
  public static KernelSensitivity of(Method method, Network network, DataSet calibration,
      PositionErrorProfile profile, Set<Integer> layers) {
    return method == Method.TAYLOR ? taylor(network, calibration, layers)
        : empirical(network, calibration, profile, layers);
  }

  /** Returns empirical sensitivities of every weighted layer (see {@link #empirical(Network,
   * DataSet, PositionErrorProfile, Set)}). */
  public static KernelSensitivity empirical(Network network, DataSet calibration,
      PositionErrorProfile profile) {
    return empirical(network, calibration, profile, null);
  }

  /**
   * Returns empirical sensitivities: for each kernel, the loss change on {@code calibration} when
   * its weight in fan-in row {@code i} is scaled by {@code 1 - profile.weightError(i mod rows,
   * worst slot)}.
   *
   * @param network trained network (not modified; a copy is perturbed)
   * @param calibration features and one-hot labels, at least one example
   * @param profile the tiles' position error profile
   * @param layers node indices to keep, or null for every weighted layer
   */
  public static KernelSensitivity empirical(Network network, DataSet calibration,
      PositionErrorProfile profile, Set<Integer> layers) {
    requireExamples(calibration);
    Network copy = network.copy();
    double base = copy.loss(calibration);
    int[] bySlot = profile.slotsByError();
    int worst = bySlot[bySlot.length - 1];
    Map<Integer, String> names = new LinkedHashMap<>();
    Map<Integer, double[]> kernels = new LinkedHashMap<>();
    for (int node : weightedNodes(copy)) {
      if (layers != null && !layers.contains(node)) {
        continue;
      }
      INDArray w = weightOf(copy, node);
      if (w.rank() != 2 && w.rank() != 4) {
        continue;
      }
      int fanOut = fanOut(w);
      int fanIn = (int) (w.length() / fanOut);
      float[] scale = new float[fanIn];
      for (int i = 0; i < fanIn; i++) {
        scale[i] = (float) (1 - profile.weightError(i % profile.rows(), worst));
      }
      // perturb a flat copy in the parameter's c order and assign it whole: ND4J 1.0.0-M2.1
      // collapses an interval view of the last filter to a scalar, so no per-kernel views
      INDArray original = w.dup('c');
      float[] flat = original.castTo(DataType.FLOAT).data().asFloat();
      boolean conv = w.rank() == 4;
      double[] perKernel = new double[fanOut];
      for (int o = 0; o < fanOut; o++) {
        float[] perturbed = flat.clone();
        for (int i = 0; i < fanIn; i++) {
          perturbed[conv ? o * fanIn + i : i * fanOut + o] *= scale[i];
        }
        w.assign(org.nd4j.linalg.factory.Nd4j.createFromArray(perturbed).reshape('c', w.shape())
            .castTo(w.dataType()));
        perKernel[o] = copy.loss(calibration) - base;
      }
      w.assign(original);
      names.put(node, copy.nodeName(node));
      kernels.put(node, perKernel);
    }
    return new KernelSensitivity(Method.EMPIRICAL, names, kernels, Map.of());
  }

  /** Returns how the sensitivities were measured. */
  public Method method() {
    return method;
  }

  /** Returns the node indices covered, in network order. */
  public List<Integer> layers() {
    return new ArrayList<>(kernels.keySet());
  }

  /** Returns the sensitivity of every kernel (logical output) of layer {@code layerIndex}. */
  public double[] kernels(int layerIndex) {
    return require(kernels, layerIndex).clone();
  }

  /**
   * Returns the per-weight sensitivities {@code [fanIn x fanOut]} (row-major, logical) of layer
   * {@code layerIndex}; Taylor only.
   */
  public double[] weights(int layerIndex) {
    if (method != Method.TAYLOR) {
      throw new ConfigException("method", method, "TAYLOR for per-weight sensitivities");
    }
    return require(weights, layerIndex).clone();
  }

  /**
   * Returns one row per kernel: {@code layer_index}, {@code layer}, {@code kernel},
   * {@code sensitivity}, {@code sensitivity_method}.
   */
  public Table table() {
    TableRows t = TableRows.of("kernel sensitivity", Columns.LAYER_INDEX, Type.INT, Columns.LAYER,
        Type.STRING, Columns.KERNEL, Type.INT, Columns.SENSITIVITY, Type.DOUBLE,
        Columns.SENSITIVITY_METHOD, Type.STRING);
    kernels.forEach((node, s) -> {
      for (int o = 0; o < s.length; o++) {
        t.add(node, names.get(node), o, s[o], method.name());
      }
    });
    return t.table();
  }

  private double[] require(Map<Integer, double[]> map, int layerIndex) {
    double[] v = map.get(layerIndex);
    if (v == null) {
      throw new ConfigException("layerIndex", layerIndex, "one of the weighted layers "
          + map.keySet());
    }
    return v;
  }

  private static void requireExamples(DataSet calibration) {
    org.xbarlab.crossbar.MonteCarlo.requireExamples("calibration", calibration);
  }

  /** Returns the nodes with a weight parameter {@code W}, in network order. */
  static List<Integer> weightedNodes(Network network) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < network.nodeCount(); i++) {
      var layer = network.nodeLayer(i);
      if (layer.isPresent() && layer.get().paramTable().containsKey("W")) {
        out.add(i);
      }
    }
    return out;
  }

  static INDArray weightOf(Network network, int node) {
    Layer l = network.nodeLayer(node).orElseThrow();
    return l.getParam("W");
  }

  static int fanOut(INDArray w) {
    return (int) (w.rank() == 4 ? w.size(0) : w.size(1));
  }

  /** Returns {@code w} as the crossbar's logical {@code [fanIn x fanOut]}, row-major floats. */
  static float[] logical(INDArray w) {
    INDArray m = w.rank() == 4 ? w.reshape('c', w.size(0), w.length() / w.size(0)).transpose() : w;
    return m.castTo(DataType.FLOAT).dup('c').data().asFloat();
  }
}
