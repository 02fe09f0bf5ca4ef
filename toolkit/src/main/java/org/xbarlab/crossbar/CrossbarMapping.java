package org.xbarlab.crossbar;

import static org.xbarlab.TableRows.Type.DOUBLE;
import static org.xbarlab.TableRows.Type.INT;
import static org.xbarlab.TableRows.Type.LONG;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.xbarlab.Columns;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;
import org.xbarlab.TableRows;
import org.xbarlab.XbarLabException;
import org.xbarlab.nn.LayerKind;
import org.xbarlab.nn.Network;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A trained DL4J network ({@link Network}) mapped onto crossbar tiles under one
 * {@link CrossbarConfig}: weights quantised to {@code weightBits}, sliced over
 * {@code ceil(bits/cellBits)} cells with shift-and-add, represented by differential pairs or offset
 * cells plus a reference column, tiled to {@code rows x columns} with digital accumulation of row
 * tiles, a per-layer input DAC and a per-(tile row, slice) ADC whose ranges are calibrated on a
 * calibration batch run through the noise-free crossbar.
 *
 * <p>Weighted layers supported: {@code DenseLayer}, {@code OutputLayer} and 2-D
 * {@code ConvolutionLayer} (NCHW, via im2col). Layers without weights (pooling/subsampling,
 * activation, dropout, global pooling, ...) and {@code BatchNormalization}, as well as input
 * preprocessors, run digitally exactly as DL4J runs them. Other weighted layers are rejected with an
 * {@link XbarLabException}. The network is not modified.
 *
 * <pre>{@code
 * CrossbarMapping m = CrossbarMapping.map(Network.of(net), CrossbarConfig.pytorx(), calibrationFeatures);
 * Table report = m.report();
 * INDArray y = m.program(RandomSource.seeded(1)).output(features, RandomSource.seeded(2));
 * }</pre>
 */
public final class CrossbarMapping {
  private final Network network;
  private final CrossbarConfig config;
  private final Map<Integer, MappedLayer> weighted;
  private final List<String> names;
  private final List<LayerKind> kinds;
  private final Remapping remapping;

  private CrossbarMapping(Network network, CrossbarConfig config,
      Map<Integer, MappedLayer> weighted, List<String> names, List<LayerKind> kinds,
      Remapping remapping) {
    this.remapping = remapping;
    this.network = network;
    this.config = config;
    this.weighted = weighted;
    this.names = names;
    this.kinds = kinds;
  }

  /**
   * Maps {@code network} onto crossbar tiles and calibrates DAC/ADC ranges. Nodes are the
   * network's layers, or a graph's non-input vertices in topological order (see {@link Network});
   * layer indices in {@link #report()} and {@link #positionOf(int, long...)} refer to that order
   * (see also {@link #positionOf(String, long...)}).
   *
   * @param network trained network (read, not modified)
   * @param config design point
   * @param calibrationFeatures a batch of network inputs (for example 256 training images) used to
   *     set each layer's DAC range ({@code max|x|}) and each ADC range (policy CALIBRATED)
   * @throws XbarLabException if a weighted layer type is not supported
   */
  public static CrossbarMapping map(Network network, CrossbarConfig config,
      INDArray calibrationFeatures) {
    return map(network, config, calibrationFeatures, Remapping.identity());
  }

  /**
   * Like {@link #map(Network, CrossbarConfig, INDArray)}, with the rows and kernels of each layer
   * placed by {@code remapping} (see {@link LayerPermutation}); the DAC/ADC ranges are calibrated
   * on the remapped tiles.
   *
   * @throws ConfigException if {@code remapping} names a layer that does not run on crossbars or
   *     gives a layer a permutation of another shape
   */
  public static CrossbarMapping map(Network network, CrossbarConfig config,
      INDArray calibrationFeatures, Remapping remapping) {
    if (remapping == null) {
      throw new ConfigException("remapping", null, "a Remapping (Remapping.identity() for none)");
    }
    int n = network.nodeCount();
    Map<Integer, MappedLayer> weighted = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    List<LayerKind> kinds = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String name = network.nodeName(i);
      names.add(name);
      Optional<org.deeplearning4j.nn.conf.layers.Layer> conf = network.nodeLayerConf(i);
      if (conf.isEmpty()) {
        kinds.add(LayerKind.DIGITAL);
        continue;
      }
      Layer layer = network.nodeLayer(i).orElseThrow();
      LayerKind kind = kindOf(conf.get(), layer, i, name);
      kinds.add(kind);
      if (kind == LayerKind.DIGITAL) {
        continue;
      }
      INDArray w = layer.getParam("W");
      INDArray b = layer.paramTable().containsKey("b") ? layer.getParam("b") : null;
      weighted.put(i, build(i, name, kind, w, b, ((BaseLayer) conf.get()), config.forLayer(name),
          remapping));
    }
    for (String layer : config.layerArrays().keySet()) {
      if (weighted.values().stream().noneMatch(l -> l.name.equals(layer))) {
        throw new ConfigException("layerArrays", layer, "the name of a crossbar layer of this"
            + " network, one of " + weighted.values().stream().map(l -> l.name).toList());
      }
    }
    for (String layer : remapping.layers().keySet()) {
      if (weighted.values().stream().noneMatch(l -> l.name.equals(layer))) {
        throw new ConfigException("remapping", layer, "the name of a crossbar layer of this network, one of "
            + weighted.values().stream().map(l -> l.name).toList());
      }
    }
    CrossbarMapping mapping = new CrossbarMapping(network, config,
        Collections.unmodifiableMap(weighted), List.copyOf(names), List.copyOf(kinds), remapping);
    ProgrammedChip ideal = mapping.programIdeal();
    ideal.forward(calibrationFeatures, RandomSource.seeded(0), true, null);
    return mapping;
  }

  static MappedLayer build(int index, String name, LayerKind kind, INDArray w, INDArray b,
      BaseLayer conf, CrossbarConfig config, Remapping remapping) {
    boolean conv = kind == LayerKind.CONVOLUTION;
    int fanOut = (int) (conv ? w.size(0) : w.size(1));
    int fanIn = (int) (w.length() / fanOut);
    LayerPermutation placement = remapping.forLayer(name, fanIn, fanOut);
    QuantizedMatrix q = QuantizedMatrix.ofParameter(w, conv, config, placement);
    INDArray bias = b == null ? null : b.castTo(DataType.FLOAT).reshape(1, q.fanOut).dup();
    return new MappedLayer(index, name, kind, q, placement, bias,
        conf == null ? new org.nd4j.linalg.activations.impl.ActivationIdentity()
            : conf.getActivationFn(),
        config, w.shape(),
        kind == LayerKind.CONVOLUTION ? (ConvolutionLayer) conf : null);
  }

  private static LayerKind kindOf(org.deeplearning4j.nn.conf.layers.Layer conf, Layer layer,
      int i, String name) {
    Class<?> c = conf.getClass();
    if (c == DenseLayer.class || c == OutputLayer.class) {
      return LayerKind.DENSE;
    }
    if (c == ConvolutionLayer.class) {
      return LayerKind.CONVOLUTION;
    }
    if (layer.numParams() == 0 || conf instanceof BatchNormalization) {
      return LayerKind.DIGITAL;
    }
    throw new XbarLabException("layer " + i + " (" + name + ") is a " + c.getSimpleName()
        + " with weights, which cannot be mapped to crossbars. Supported weighted layers:"
        + " DenseLayer, OutputLayer, ConvolutionLayer (2-D, NCHW); digital layers: any layer without"
        + " parameters (subsampling, pooling, activation, dropout, ...) and BatchNormalization.");
  }

  /** Returns the mapped network (not a copy; do not modify it while the mapping is used). */
  public Network network() {
    return network;
  }

  /** Returns the index of the node called {@code layerName} (as listed in {@link #report()}). */
  public int layerIndex(String layerName) {
    int i = names.indexOf(layerName);
    if (i < 0) {
      throw new ConfigException("layerName", layerName, "one of " + names);
    }
    return i;
  }

  /** Like {@link #positionOf(int, long...)} with the layer (vertex) name. */
  public List<CellPosition> positionOf(String layerName, long... paramIndex) {
    return positionOf(layerIndex(layerName), paramIndex);
  }

  /**
   * Returns this mapping with other non-idealities on the cells: the quantised layers and their
   * DAC/ADC ranges are shared (they are calibrated on the fault- and noise-free chip and do not
   * depend on the noise stack), so a sweep over fault rates maps the network once.
   */
  public CrossbarMapping withNoise(org.xbarlab.noise.NoiseStack noise) {
    return new CrossbarMapping(network, config.withNoise(noise), weighted, names, kinds, remapping);
  }

  /** Returns the placement the layers were mapped with. */
  public Remapping remapping() {
    return remapping;
  }

  /** Returns the placement of crossbar layer {@code layerIndex} (identity when not remapped). */
  public LayerPermutation placement(int layerIndex) {
    return requireMapped(layerIndex).placement;
  }

  /**
   * Returns the mean absolute input of every logical fan-in row of crossbar layer
   * {@code layerIndex} over {@code features} run through the ideal network (for a convolution, over
   * every output position of the im2col matrix): how strongly each word line would be driven.
   */
  public double[] rowActivity(int layerIndex, INDArray features) {
    requireMapped(layerIndex);
    return rowActivity(layerIndex, features, network.idealActivations(features));
  }

  /**
   * Returns {@link #rowActivity(int, INDArray)} of every crossbar layer, keyed by layer index, from
   * one ideal forward pass.
   */
  public Map<Integer, double[]> rowActivities(INDArray features) {
    List<INDArray> ideal = network.idealActivations(features);
    Map<Integer, double[]> out = new LinkedHashMap<>();
    for (int layer : weighted.keySet()) {
      out.put(layer, rowActivity(layer, features, ideal));
    }
    return out;
  }

  private double[] rowActivity(int layerIndex, INDArray features, List<INDArray> ideal) {
    MappedLayer l = weighted.get(layerIndex);
    INDArray x = network.idealInput(layerIndex, features, ideal).castTo(DataType.FLOAT).dup('c');
    ColumnUnfolding u = l.unfolding(x);
    int n = (int) x.size(0);
    float[] values = x.data().asFloat();
    float[] drive = u.unfold(values, 0, n);
    int columns = n * u.positions();
    double[] activity = new double[l.matrix.fanIn];
    for (int r = 0; r < activity.length; r++) {
      double sum = 0;
      for (int m = 0; m < columns; m++) {
        sum += Math.abs(drive[r * columns + m]);
      }
      activity[r] = sum / columns;
    }
    return activity;
  }

  /** Returns the design point. */
  public CrossbarConfig config() {
    return config;
  }

  /** Returns the indices of the layers that run on crossbars, in network order. */
  public List<Integer> crossbarLayers() {
    return List.copyOf(weighted.keySet());
  }

  /** Returns the tile layout of crossbar layer {@code layerIndex}, if it runs on crossbars. */
  public Optional<TileLayout> layout(int layerIndex) {
    MappedLayer l = weighted.get(layerIndex);
    return l == null ? Optional.empty() : Optional.of(l.matrix.layout);
  }

  /**
   * Returns one row per network layer. Columns: {@code layer_index}, {@code layer},
   * {@code layer_kind} (DENSE, CONVOLUTION, DIGITAL), {@code fan_in_rows}, {@code fan_out_columns}
   * (logical outputs), {@code row_tiles}, {@code column_tiles}, {@code tiles},
   * {@code slices_per_weight}, {@code cells_used}, {@code utilisation} (cells used / cells of the
   * layer's tiles), {@code mvms_per_inference} (output positions per image; 1 for dense),
   * {@code weight_step} ({@code dW}), {@code dac_step} (input DAC step). Digital layers have 0 in
   * the numeric columns.
   */
  public Table report() {
    TableRows t = TableRows.of("", Columns.FAN_IN_ROWS, INT, Columns.FAN_OUT_COLUMNS, INT,
        Columns.ROW_TILES, INT, Columns.COLUMN_TILES, INT, Columns.TILES, INT,
        Columns.SLICES_PER_WEIGHT, INT, Columns.CELLS_USED, LONG, Columns.UTILISATION, DOUBLE,
        Columns.MVMS_PER_INFERENCE, LONG, Columns.WEIGHT_STEP, DOUBLE, Columns.DAC_STEP, DOUBLE);
    for (int i = 0; i < names.size(); i++) {
      MappedLayer l = weighted.get(i);
      if (l == null) {
        t.add(0, 0, 0, 0, 0, 0, 0L, 0.0, 0L, 0.0, 0.0);
        continue;
      }
      TileLayout layout = l.matrix.layout;
      t.add(layout.fanIn(), layout.fanOut(), layout.rowTiles(), layout.columnTiles(),
          layout.tiles(), layout.slices(), layout.cellsUsed(), layout.utilisation(),
          l.outputPositions, l.matrix.weightStep, l.dacStep);
    }
    return layerTable("crossbar mapping").addColumns(t.table().columnArray());
  }

  /** Returns a table named {@code name} with one row per node: layer_index, layer, layer_kind. */
  Table layerTable(String name) {
    IntColumn idx = IntColumn.create(Columns.LAYER_INDEX);
    StringColumn layer = StringColumn.create(Columns.LAYER);
    StringColumn kind = StringColumn.create(Columns.LAYER_KIND);
    for (int i = 0; i < names.size(); i++) {
      idx.append(i);
      layer.append(names.get(i));
      kind.append(kinds.get(i).name());
    }
    return Table.create(name, idx, layer, kind);
  }

  /**
   * Returns every cell (all slices and polarities) that holds the weight at DL4J parameter index
   * {@code paramIndex} of layer {@code layerIndex}: {@code [i, o]} for a dense {@code W [nIn, nOut]},
   * {@code [o, c, y, x]} for a convolution {@code W [out, in, kH, kW]}; positions are physical, so
   * they follow the layer's {@link LayerPermutation}.
   */
  public List<CellPosition> positionOf(int layerIndex, long... paramIndex) {
    MappedLayer l = weighted.get(layerIndex);
    if (l == null) {
      throw new ConfigException("layerIndex", layerIndex, "one of the crossbar layers "
          + weighted.keySet());
    }
    long[] shape = l.weightShape;
    if (paramIndex.length != shape.length) {
      throw new ConfigException("paramIndex", java.util.Arrays.toString(paramIndex),
          shape.length + " indices within " + java.util.Arrays.toString(shape));
    }
    for (int d = 0; d < shape.length; d++) {
      if (paramIndex[d] < 0 || paramIndex[d] >= shape[d]) {
        throw new ConfigException("paramIndex", java.util.Arrays.toString(paramIndex),
            "indices within " + java.util.Arrays.toString(shape));
      }
    }
    int in;
    int out;
    if (l.kind == LayerKind.DENSE) {
      in = (int) paramIndex[0];
      out = (int) paramIndex[1];
    } else {
      out = (int) paramIndex[0];
      in = (int) ((paramIndex[1] * shape[2] + paramIndex[2]) * shape[3] + paramIndex[3]);
    }
    TileLayout t = l.matrix.layout;
    int row = l.placement.rowPosition(in);
    int slot = l.placement.outputPosition(out);
    List<CellPosition> cells = new ArrayList<>();
    for (int s = 0; s < t.slices(); s++) {
      for (int p = 0; p < t.polarities(); p++) {
        cells.add(t.position(layerIndex, row, slot, s, p));
      }
    }
    return cells;
  }

  /**
   * Programs one chip: draws the frozen stuck-at fault map and device-to-device variation from
   * {@code chipRng} (each Monte-Carlo trial is one chip).
   */
  public ProgrammedChip program(RandomSource chipRng) {
    Map<Integer, ProgrammedMatrix> cells = new LinkedHashMap<>();
    for (Map.Entry<Integer, MappedLayer> e : weighted.entrySet()) {
      cells.put(e.getKey(), new ProgrammedMatrix(e.getValue().matrix,
          config.forLayer(e.getValue().name), chipRng.split(e.getKey()), true));
    }
    return new ProgrammedChip(this, cells);
  }

  /** Programs a chip with no faults, variation or noise (line resistance still applies). */
  public ProgrammedChip programIdeal() {
    Map<Integer, ProgrammedMatrix> cells = new LinkedHashMap<>();
    for (Map.Entry<Integer, MappedLayer> e : weighted.entrySet()) {
      cells.put(e.getKey(), new ProgrammedMatrix(e.getValue().matrix,
          config.forLayer(e.getValue().name), RandomSource.seeded(0), false));
    }
    return new ProgrammedChip(this, cells);
  }

  /** Returns the node names, in node order (index = layer index of {@link #report()}). */
  public List<String> layerNames() {
    return names;
  }

  /** Returns the kind of every node, in node order. */
  public List<LayerKind> layerKinds() {
    return kinds;
  }

  /**
   * Returns the matrix-vector multiplications crossbar layer {@code layerIndex} does per image
   * (output positions of a convolution, 1 for a dense layer), if it runs on crossbars.
   */
  public java.util.OptionalLong mvmsPerInference(int layerIndex) {
    MappedLayer l = weighted.get(layerIndex);
    return l == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(l.outputPositions);
  }

  MappedLayer mapped(int layerIndex) {
    return weighted.get(layerIndex);
  }

  private MappedLayer requireMapped(int layerIndex) {
    MappedLayer l = weighted.get(layerIndex);
    if (l == null) {
      throw new ConfigException("layerIndex", layerIndex, "one of the crossbar layers "
          + weighted.keySet());
    }
    return l;
  }


}
