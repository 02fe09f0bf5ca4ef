package org.xbarlab.cost;

import static org.xbarlab.TableRows.Type.DOUBLE;
import static org.xbarlab.TableRows.Type.INT;
import static org.xbarlab.TableRows.Type.STRING;

import java.util.List;
import org.xbarlab.ConfigException;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import org.xbarlab.Columns;
import org.xbarlab.TableRows;

/**
 * The cost of one inference: per layer x component area, energy (dynamic + leakage) and latency,
 * with totals and EDAP. Immutable; tables are built on request. Produced by {@link
 * CostModel#evaluate(NetworkWorkload, CostDesign)}.
 */
public final class CostReport {
  private static final CostComponent[] COMPONENTS = CostComponent.values();
  private final NetworkWorkload network;
  private final CostDesign design;
  private final TechnologyParameters technology;
  private final CrossbarTiling[] tilings;
  private final double[][] areaUm2;
  private final double[][] dynamicPj;
  private final double[][] leakagePj;
  private final double[][] latencyNs;
  private final double leakagePowerWatts;
  private final double totalAreaUm2;
  private final double totalDynamicPj;
  private final double totalLeakagePj;
  private final double totalLatencyNs;
  private final long crossbars;

  CostReport(NetworkWorkload network, CostDesign design, TechnologyParameters technology,
      CrossbarTiling[] tilings, double[][] areaUm2, double[][] dynamicPj, double[][] leakagePj,
      double[][] latencyNs, double leakagePowerWatts) {
    this.network = network;
    this.design = design;
    this.technology = technology;
    this.tilings = tilings;
    this.areaUm2 = areaUm2;
    this.dynamicPj = dynamicPj;
    this.leakagePj = leakagePj;
    this.latencyNs = latencyNs;
    this.leakagePowerWatts = leakagePowerWatts;
    double a = 0;
    double e = 0;
    double l = 0;
    double t = 0;
    long x = 0;
    for (int i = 0; i < tilings.length; i++) {
      x += tilings[i].crossbars();
      for (int c = 0; c < COMPONENTS.length; c++) {
        a += areaUm2[i][c];
        e += dynamicPj[i][c];
        l += leakagePj[i][c];
        t += latencyNs[i][c];
      }
    }
    this.totalAreaUm2 = a;
    this.totalDynamicPj = e;
    this.totalLeakagePj = l;
    this.totalLatencyNs = t;
    this.crossbars = x;
  }

  /** Returns the costed network. */
  public NetworkWorkload network() {
    return network;
  }

  /** Returns the design point. */
  public CostDesign design() {
    return design;
  }

  /** Returns the technology parameters actually used (scaled to the design's node). */
  public TechnologyParameters technology() {
    return technology;
  }

  /**
   * Returns the tiling of layer {@code layerIndex} (0-based).
   *
   * @param layerIndex 0-based layer position
   */
  public CrossbarTiling tiling(int layerIndex) {
    checkLayer(layerIndex);
    return tilings[layerIndex];
  }

  /** Returns the total number of crossbars. */
  public long crossbars() {
    return crossbars;
  }

  /** Returns chip area in mm^2 (sum over layers and components). */
  public double areaSquareMillimetres() {
    return totalAreaUm2 * 1e-6;
  }

  /** Returns energy per inference in pJ, dynamic plus leakage. */
  public double energyPicojoules() {
    return totalDynamicPj + totalLeakagePj;
  }

  /** Returns switching energy per inference in pJ. */
  public double dynamicEnergyPicojoules() {
    return totalDynamicPj;
  }

  /** Returns leakage energy per inference in pJ. */
  public double leakageEnergyPicojoules() {
    return totalLeakagePj;
  }

  /** Returns leakage power of the whole chip in mW. */
  public double leakagePowerMilliwatts() {
    return leakagePowerWatts * 1e3;
  }

  /** Returns latency per inference in ns (layers run one after another). */
  public double latencyNanoseconds() {
    return totalLatencyNs;
  }

  /** Returns average power over one inference in mW, {@code energy / latency}. */
  public double averagePowerMilliwatts() {
    // pJ / ns = mW
    return energyPicojoules() / totalLatencyNs;
  }

  /** Returns EDAP = energy (pJ) x latency (ns) x area (mm^2). */
  public double edap() {
    return energyPicojoules() * totalLatencyNs * areaSquareMillimetres();
  }

  /**
   * Returns the area in um^2 of one component of one layer.
   *
   * @param layerIndex 0-based layer position
   * @param component the component
   */
  public double areaSquareMicrometres(int layerIndex, CostComponent component) {
    checkLayer(layerIndex);
    return areaUm2[layerIndex][component.ordinal()];
  }

  /**
   * Returns dynamic energy in pJ of one component of one layer.
   *
   * @param layerIndex 0-based layer position
   * @param component the component
   */
  public double dynamicEnergyPicojoules(int layerIndex, CostComponent component) {
    checkLayer(layerIndex);
    return dynamicPj[layerIndex][component.ordinal()];
  }

  /**
   * Returns leakage energy in pJ of one component of one layer.
   *
   * @param layerIndex 0-based layer position
   * @param component the component
   */
  public double leakageEnergyPicojoules(int layerIndex, CostComponent component) {
    checkLayer(layerIndex);
    return leakagePj[layerIndex][component.ordinal()];
  }

  /**
   * Returns the latency share in ns of one component of one layer.
   *
   * @param layerIndex 0-based layer position
   * @param component the component
   */
  public double latencyNanoseconds(int layerIndex, CostComponent component) {
    checkLayer(layerIndex);
    return latencyNs[layerIndex][component.ordinal()];
  }

  /**
   * Returns the area in um^2 of one component summed over layers.
   *
   * @param component the component
   */
  public double componentAreaSquareMicrometres(CostComponent component) {
    return sum(areaUm2, component);
  }

  /**
   * Returns the energy (dynamic + leakage) in pJ of one component summed over layers.
   *
   * @param component the component
   */
  public double componentEnergyPicojoules(CostComponent component) {
    return sum(dynamicPj, component) + sum(leakagePj, component);
  }

  /**
   * Returns the latency share in ns of one component summed over layers.
   *
   * @param component the component
   */
  public double componentLatencyNanoseconds(CostComponent component) {
    return sum(latencyNs, component);
  }

  private static double sum(double[][] values, CostComponent component) {
    double s = 0;
    for (double[] row : values) {
      s += row[component.ordinal()];
    }
    return s;
  }

  private void checkLayer(int layerIndex) {
    if (layerIndex < 0 || layerIndex >= tilings.length) {
      throw new ConfigException("layerIndex", layerIndex, "0.." + (tilings.length - 1));
    }
  }

  /**
   * Returns one row per layer x component (tidy). Schema: {@code layer_index} (int), {@code layer}
   * (string), {@code component} (string), {@code area_um2}, {@code dynamic_energy_pJ}, {@code
   * leakage_energy_pJ}, {@code energy_pJ}, {@code latency_ns} (double). Latency is the component's
   * share of the layer's critical path; the shares add up to the layer latency.
   */
  public Table breakdown() {
    TableRows t = TableRows.of(network.name() + " cost breakdown", Columns.LAYER_INDEX, INT,
        Columns.LAYER, STRING, Columns.COMPONENT, STRING, Columns.AREA_UM2, DOUBLE,
        Columns.DYNAMIC_ENERGY_PJ, DOUBLE, Columns.LEAKAGE_ENERGY_PJ, DOUBLE, Columns.ENERGY_PJ,
        DOUBLE, Columns.LATENCY_NS, DOUBLE);
    List<LayerWorkload> layers = network.layers();
    for (int i = 0; i < tilings.length; i++) {
      for (CostComponent c : COMPONENTS) {
        int k = c.ordinal();
        t.add(i, layers.get(i).name(), c.label(), areaUm2[i][k], dynamicPj[i][k], leakagePj[i][k],
            dynamicPj[i][k] + leakagePj[i][k], latencyNs[i][k]);
      }
    }
    return t.table();
  }

  /**
   * Returns one row per layer. Schema: {@code layer_index} (int), {@code layer}, {@code layer_kind}
   * (string), {@code fan_in_rows}, {@code fan_out_columns}, {@code tile_rows}, {@code tile_columns}
   * (the layer's own crossbar size), {@code row_tiles}, {@code column_tiles} (int), {@code
   * mvms_per_inference}, {@code tiles}, {@code area_mm2}, {@code energy_pJ}, {@code
   * latency_ns} (double).
   */
  public Table layers() {
    TableRows table = TableRows.of(network.name() + " layers", Columns.LAYER_INDEX, INT,
        Columns.LAYER, STRING, Columns.LAYER_KIND, STRING, Columns.FAN_IN_ROWS, INT,
        Columns.FAN_OUT_COLUMNS, INT, Columns.TILE_ROWS, INT, Columns.TILE_COLUMNS, INT,
        Columns.ROW_TILES, INT, Columns.COLUMN_TILES, INT, Columns.MVMS_PER_INFERENCE, DOUBLE,
        Columns.TILES, DOUBLE, Columns.AREA_MM2, DOUBLE, Columns.ENERGY_PJ, DOUBLE,
        Columns.LATENCY_NS, DOUBLE);
    List<LayerWorkload> layers = network.layers();
    for (int i = 0; i < tilings.length; i++) {
      LayerWorkload l = layers.get(i);
      double a = 0;
      double e = 0;
      double t = 0;
      for (int c = 0; c < COMPONENTS.length; c++) {
        a += areaUm2[i][c];
        e += dynamicPj[i][c] + leakagePj[i][c];
        t += latencyNs[i][c];
      }
      CostDesign own = design.forLayer(l.name());
      table.add(i, l.name(), l.kind().name(), l.rows(), l.cols(), own.crossbarRows(),
          own.crossbarCols(), tilings[i].rowTiles(), tilings[i].colTiles(),
          (double) l.mvmsPerInference(), (double) tilings[i].crossbars(), a * 1e-6, e, t);
    }
    return table.table();
  }

  /**
   * Returns one row per component summed over layers. Schema: {@code component} (string), {@code
   * area_mm2}, {@code dynamic_energy_pJ}, {@code leakage_energy_pJ}, {@code energy_pJ}, {@code
   * latency_ns} (double).
   */
  public Table components() {
    TableRows t = TableRows.of(network.name() + " components", Columns.COMPONENT, STRING,
        Columns.AREA_MM2, DOUBLE, Columns.DYNAMIC_ENERGY_PJ, DOUBLE, Columns.LEAKAGE_ENERGY_PJ,
        DOUBLE, Columns.ENERGY_PJ, DOUBLE, Columns.LATENCY_NS, DOUBLE);
    for (CostComponent c : COMPONENTS) {
      t.add(c.label(), sum(areaUm2, c) * 1e-6, sum(dynamicPj, c), sum(leakagePj, c),
          sum(dynamicPj, c) + sum(leakagePj, c), sum(latencyNs, c));
    }
    return t.table();
  }

  /**
   * Returns a one-row summary. Schema: {@code network} (string), {@code crossbars}, {@code
   * area_mm2}, {@code dynamic_energy_pJ}, {@code leakage_energy_pJ}, {@code energy_pJ}, {@code
   * latency_ns}, {@code power_mW}, {@code leakage_power_mW}, {@code edap_pJ_ns_mm2} (double).
   */
  public Table totals() {
    Table t = Table.create(network.name() + " totals", StringColumn.create(Columns.NETWORK));
    t.addColumns(totalsColumns());
    t.stringColumn(Columns.NETWORK).append(network.name());
    appendTotals(t);
    return t;
  }

  /** Appends this report's totals as one row to a table that has {@link #totalsColumns()}. */
  void appendTotals(Table t) {
    t.doubleColumn(Columns.TILES).append((double) crossbars);
    t.doubleColumn(Columns.AREA_MM2).append(areaSquareMillimetres());
    t.doubleColumn(Columns.DYNAMIC_ENERGY_PJ).append(totalDynamicPj);
    t.doubleColumn(Columns.LEAKAGE_ENERGY_PJ).append(totalLeakagePj);
    t.doubleColumn(Columns.ENERGY_PJ).append(energyPicojoules());
    t.doubleColumn(Columns.LATENCY_NS).append(totalLatencyNs);
    t.doubleColumn(Columns.POWER_MW).append(averagePowerMilliwatts());
    t.doubleColumn(Columns.LEAKAGE_POWER_MW).append(leakagePowerMilliwatts());
    t.doubleColumn(Columns.EDAP).append(edap());
  }

  /** Returns empty columns matching {@link #appendTotals(Table)}, for building summary tables. */
  static DoubleColumn[] totalsColumns() {
    return new DoubleColumn[] {
      DoubleColumn.create(Columns.TILES),
      DoubleColumn.create(Columns.AREA_MM2),
      DoubleColumn.create(Columns.DYNAMIC_ENERGY_PJ),
      DoubleColumn.create(Columns.LEAKAGE_ENERGY_PJ),
      DoubleColumn.create(Columns.ENERGY_PJ),
      DoubleColumn.create(Columns.LATENCY_NS),
      DoubleColumn.create(Columns.POWER_MW),
      DoubleColumn.create(Columns.LEAKAGE_POWER_MW),
      DoubleColumn.create(Columns.EDAP)
    };
  }

  @Override
  public String toString() {
    return String.format("CostReport[%s, %s: %d crossbars, %.4g mm2, %.4g pJ, %.4g ns, EDAP %.4g]",
        network.name(), design, crossbars, areaSquareMillimetres(), energyPicojoules(),
        totalLatencyNs, edap());
  }
}
