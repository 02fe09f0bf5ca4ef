package org.xbarlab.crossbar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.xbarlab.RandomSource;

/**
 * One programmed crossbar chip of a {@link CrossbarMapping}: frozen stuck-at faults and
 * device-to-device variation are fixed; every call of {@link #output} is one read, so per-read
 * noise (thermal, shot, programming, RTN, cycle-to-cycle) is drawn afresh from the given
 * {@code readRng} once per call (one minibatch) and shared by all images of that batch.
 */
public final class ProgrammedChip {
  private final CrossbarMapping mapping;
  private final Map<Integer, ProgrammedMatrix> cells;

  ProgrammedChip(CrossbarMapping mapping, Map<Integer, ProgrammedMatrix> cells) {
    this.mapping = mapping;
    this.cells = cells;
  }

  /** Returns the mapping this chip was programmed from. */
  public CrossbarMapping mapping() {
    return mapping;
  }

  /**
   * Returns the network output for {@code features} (one read of every tile).
   *
   * @param features network input, for example {@code [batch x 784]} or {@code [batch x C x H x W]}
   * @param readRng source of this read's noise
   */
  public INDArray output(INDArray features, RandomSource readRng) {
    return forward(features, readRng, false, null);
  }

  /**
   * Returns the output of every network layer (index {@code i} = output of layer {@code i}) for one
   * read, for comparisons with DL4J's {@code feedForward}.
   */
  public List<INDArray> activations(INDArray features, RandomSource readRng) {
    List<INDArray> out = new ArrayList<>();
    forward(features, readRng, false, out);
    return out;
  }

  /**
   * Returns the effective per-slice cell values in level units, row-major {@code [fanIn x fanOut]},
   * of crossbar layer {@code layerIndex} for one read.
   */
  float[][] readCells(int layerIndex, RandomSource readRng) {
    return cells.get(layerIndex).read(readRng);
  }

  /**
   * Returns the weights crossbar layer {@code layerIndex} realises on one read of this chip (line
   * resistance, faults, variation and noise included; DAC and ADC not), in logical order and DL4J's
   * parameter shape, so they can stand in for the layer's {@code W} in a DL4J network.
   */
  public INDArray effectiveWeights(int layerIndex, RandomSource readRng) {
    MappedLayer l = mapping.mapped(layerIndex);
    if (l == null) {
      throw new org.xbarlab.ConfigException("layerIndex", layerIndex, "one of the crossbar layers "
          + mapping.crossbarLayers());
    }
    QuantizedMatrix q = l.matrix;
    float[] logical = l.placement.toLogical(q.weightsOf(readCells(layerIndex, readRng)));
    return EffectiveWeights.toParameterShape(logical, q.fanIn, q.fanOut, l.weightShape,
        l.kind == org.xbarlab.nn.LayerKind.CONVOLUTION);
  }

  /**
   * Returns the mean programmed conductance of crossbar layer {@code layerIndex}'s cells as a
   * fraction of the device window, each fan-in row weighted by {@code rowActivity} (logical order,
   * for example {@link CrossbarMapping#rowActivity}): what the conduction energy {@code V^2 G t}
   * of the cells a read drives depends on. Stuck-at faults and variation included.
   */
  public double meanConductanceFraction(int layerIndex, double[] rowActivity) {
    MappedLayer l = mapping.mapped(layerIndex);
    if (l == null) {
      throw new org.xbarlab.ConfigException("layerIndex", layerIndex, "one of the crossbar layers "
          + mapping.crossbarLayers());
    }
    if (rowActivity == null || rowActivity.length != l.matrix.fanIn) {
      throw new org.xbarlab.ConfigException("rowActivity.length",
          rowActivity == null ? null : rowActivity.length, "the layer's fan-in " + l.matrix.fanIn);
    }
    double[] physical = new double[rowActivity.length];
    for (int r = 0; r < physical.length; r++) {
      physical[r] = rowActivity[l.placement.rowAt(r)];
    }
    return cells.get(layerIndex).meanConductanceFraction(physical);
  }

  INDArray forward(INDArray features, RandomSource readRng, boolean calibrate,
      List<INDArray> collect) {
    return mapping.network().forward(features, cells.keySet(),
        (i, x) -> mapping.mapped(i).forward(x, readCells(i, readRng.split(i)),
            cells.get(i).correction(), calibrate), collect);
  }

  /** Returns the number of crossbar layers of this chip. */
  public int crossbarLayerCount() {
    return cells.size();
  }

  static INDArray ensureFloat(INDArray a) {
    return a.dataType() == DataType.FLOAT ? a : a.castTo(DataType.FLOAT);
  }
}
