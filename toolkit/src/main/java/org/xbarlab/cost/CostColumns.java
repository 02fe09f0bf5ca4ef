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

  // ---- calibration tables (see Calibration)
  /** Reference point id, e.g. R1 (string). */
  public static final String REFERENCE_ID = "reference_id";
  /** NeuroSim release that produced a reference figure, e.g. V1.3 (string). */
  public static final String NEUROSIM_VERSION = "neurosim_version";
  /** Cell on-resistance in Ohm (double). */
  public static final String R_ON_OHMS = "r_on_ohms";
  /** Cell R_off / R_on (double). */
  public static final String ON_OFF_RATIO = "on_off_ratio";
  /** Memory cell technology of a reference (string). */
  public static final String MEMORY_CELL = "memory_cell";
  /** Technology node in nm (int). */
  public static final String TECHNOLOGY_NODE_NM = "technology_node_nm";
  /** Square crossbar side (int). */
  public static final String CROSSBAR_SIZE = "crossbar_size";
  /** Bits per cell (int). */
  public static final String CELL_BITS = "cell_bits";
  /** Weight precision in bits (int). */
  public static final String WEIGHT_BITS = "weight_bits";
  /** Input precision in bits (int). */
  public static final String INPUT_BITS = "input_bits";
  /** ADC resolution in bits (int). */
  public static final String ADC_BITS = "adc_bits";
  /** Columns sharing one ADC (int). */
  public static final String COLUMNS_PER_ADC = "columns_per_adc";
  /** Name of the compared figure, itself a column name such as area_mm2 (string). */
  public static final String FIGURE = "figure";
  /** Published value in the row's unit (double). */
  public static final String PUBLISHED_VALUE = "published_value";
  /** Unit of a figure (string). */
  public static final String UNIT = "unit";
  /** yes, approximate or no (string). */
  public static final String COMPARABLE = "comparable";
  /** Where a published number comes from (string). */
  public static final String SOURCE_URL = "source_url";
  /** Free-text provenance note (string). */
  public static final String NOTE = "note";
  /** Published value (double). */
  public static final String PUBLISHED = "published";
  /** Our model's value (double). */
  public static final String OURS = "ours";
  /** (ours - published) / published (double). */
  public static final String RELATIVE_ERROR = "relative_error";
  /** |relative error| within the goal (boolean). */
  public static final String WITHIN_GOAL = "within_goal";
  /** Row was used to fit calibration factors (boolean). */
  public static final String USED_FOR_FIT = "used_for_fit";
  /** Trend start value (double). */
  public static final String FROM = "from";
  /** Trend end value (double). */
  public static final String TO = "to";
  /** up, down or flat expected from the literature (string). */
  public static final String EXPECTED_DIRECTION = "expected_direction";
  /** up, down or flat in our model (string). */
  public static final String OURS_DIRECTION = "ours_direction";
  /** Directions agree (boolean). */
  public static final String AGREES = "agrees";
  /** Our figure at the start value (double). */
  public static final String OURS_FROM = "ours_from";
  /** Our figure at the end value (double). */
  public static final String OURS_TO = "ours_to";
  /** Where an expected direction comes from (string). */
  public static final String BASIS = "basis";

  /**
   * Returns the column name of our figure under one array-energy convention, {@code ours_} plus
   * the lower-case convention name (for example {@code ours_wire_cv2_only}).
   *
   * @param convention the convention
   */
  public static String oursUnder(ArrayEnergyConvention convention) {
    return "ours_" + convention.name().toLowerCase(java.util.Locale.ROOT);
  }

  private CostColumns() {}
}
