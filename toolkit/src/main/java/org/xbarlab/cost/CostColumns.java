package org.xbarlab.cost;

/** Column names of every table the cost package produces, in one place (units in the names). */
public final class CostColumns {
  /** Network name (string). */
  public static final String NETWORK = "network";
  /** Zero-based layer position in execution order (int). */
  public static final String LAYER_INDEX = "layer_index";
  /** Layer name (string). */
  public static final String LAYER = "layer";
  /** Layer kind, DENSE or CONV (string). */
  public static final String KIND = "kind";
  /** Component label, see {@link CostComponent#label()} (string). */
  public static final String COMPONENT = "component";
  /** Weight-matrix rows = fan-in (int). */
  public static final String ROWS = "rows";
  /** Weight-matrix columns = fan-out (int). */
  public static final String COLS = "cols";
  /** MVMs per inference (double, integral). */
  public static final String MVMS = "mvms_per_inference";
  /** Crossbar row tiles (int). */
  public static final String ROW_TILES = "row_tiles";
  /** Crossbar column tiles (int). */
  public static final String COL_TILES = "col_tiles";
  /** Crossbars (double, integral). */
  public static final String CROSSBARS = "crossbars";
  /** Area in um^2 (double). */
  public static final String AREA_UM2 = "area_um2";
  /** Area in mm^2 (double). */
  public static final String AREA_MM2 = "area_mm2";
  /** Switching energy per inference in pJ (double). */
  public static final String DYNAMIC_ENERGY_PJ = "dynamic_energy_pJ";
  /** Leakage energy per inference in pJ (double). */
  public static final String LEAKAGE_ENERGY_PJ = "leakage_energy_pJ";
  /** Total energy per inference in pJ (double). */
  public static final String ENERGY_PJ = "energy_pJ";
  /** Latency per inference in ns (double). */
  public static final String LATENCY_NS = "latency_ns";
  /** Average power over one inference in mW (double). */
  public static final String POWER_MW = "power_mW";
  /** Leakage power in mW (double). */
  public static final String LEAKAGE_POWER_MW = "leakage_power_mW";
  /** Energy x delay x area in pJ*ns*mm^2 (double). */
  public static final String EDAP = "edap_pJ_ns_mm2";
  /** Swept design field name (string). */
  public static final String FIELD = "field";
  /** Swept design field value (double). */
  public static final String VALUE = "value";

  private CostColumns() {}
}
