package org.xbarlab;

import java.util.Locale;

/**
 * Column names of every table the toolkit produces: one spelling per quantity, units in the names
 * (STYLE R5/R9). A package never defines its own column constants; a notebook names columns through
 * these constants or their values.
 *
 * <p>Conventions: snake case; a unit suffix where the quantity has one ({@code _s}, {@code _ns},
 * {@code _pJ}, {@code _mm2}, {@code _S} for siemens, {@code _ohm}, {@code _MHz}, {@code _K});
 * statistics over Monte-Carlo trials append {@code _mean}, {@code _std}, {@code _sem},
 * {@code _ci95_low}, {@code _ci95_high} to the quantity's name. The type in brackets is the
 * Tablesaw column type.
 */
public final class Columns {
  private Columns() {}

  // ---- runs, trials, seeds
  /** Seed of the run that produced the row (long). */
  public static final String SEED = "seed";
  /** Number of seeds a statistic is over (int). */
  public static final String SEEDS = "seeds";
  /** Monte-Carlo trial (chip) index, 0-based (int). */
  public static final String TRIAL = "trial";
  /** Number of Monte-Carlo trials (int). */
  public static final String TRIALS = "trials";
  /** Number of images evaluated (int). */
  public static final String IMAGES = "images";
  /** Wall-clock time of one evaluation in seconds (double). */
  public static final String EVAL_TIME_S = "eval_time_s";

  // ---- accuracy
  /** Top-1 accuracy in [0, 1] (double). */
  public static final String ACCURACY_TOP1 = "accuracy_top1";
  /** Mean of {@link #ACCURACY_TOP1} over trials (double). */
  public static final String ACCURACY_TOP1_MEAN = "accuracy_top1_mean";
  /** Sample standard deviation of {@link #ACCURACY_TOP1} over trials (double). */
  public static final String ACCURACY_TOP1_STD = "accuracy_top1_std";
  /** Standard error of {@link #ACCURACY_TOP1_MEAN}, {@code std / sqrt(trials)} (double). */
  public static final String ACCURACY_TOP1_SEM = "accuracy_top1_sem";
  /** Lower end of the 95 % Student-t confidence interval of the mean (double). */
  public static final String ACCURACY_TOP1_CI95_LOW = "accuracy_top1_ci95_low";
  /** Upper end of the 95 % Student-t confidence interval of the mean (double). */
  public static final String ACCURACY_TOP1_CI95_HIGH = "accuracy_top1_ci95_high";
  /** Half-width of the 95 % normal-approximation confidence interval of the mean (double). */
  public static final String ACCURACY_TOP1_CI95_HALF_WIDTH = "accuracy_top1_ci95_half_width";
  /**
   * Top-1 accuracy of the network itself (DL4J, float32, no crossbar, no noise) on the same data
   * (double).
   */
  public static final String CLEAN_ACCURACY_TOP1 = "clean_accuracy_top1";

  // ---- training
  /** Epoch number, 1-based (int). */
  public static final String EPOCH = "epoch";
  /** Mean training loss over the epoch's minibatches (double). */
  public static final String TRAIN_LOSS = "train_loss";
  /** Wall-clock seconds of an epoch's training, evaluation excluded (double). */
  public static final String TRAIN_TIME_S = "train_time_s";
  /** Training throughput in images per second (double). */
  public static final String TRAIN_IMAGES_PER_S = "train_images_per_s";
  /** Name of a method as the caller labelled it, for example {@code "ReSNA"} or {@code "NSGA-II"} (string). */
  public static final String METHOD = "method";
  /** Kind of noise-aware training, a {@code org.xbarlab.train.TrainingMethod} name (string). */
  public static final String TRAINING_METHOD = "training_method";
  /** Description of an evaluation noise model (string). */
  public static final String NOISE = "noise";
  /** Whether the classifier layer was majority-voted over three noisy copies (boolean). */
  public static final String MAJORITY_VOTE = "majority_vote";
  /** Label of an operating point, for example {@code "500 MHz, 350 K"} (string). */
  public static final String OPERATING_POINT = "operating_point";
  /** Gaussian weight-noise sigma relative to the layer's {@code max|W|} (double). */
  public static final String WEIGHT_SIGMA_REL = "weight_sigma_rel";

  // ---- design fields (sweeps, design spaces, cost tables)
  /** Name of a swept or described field (string). */
  public static final String FIELD = "field";
  /** Value of a field; text in description tables, double in cost sweeps. */
  public static final String VALUE = "value";
  /** Value of the swept field, as text (string). */
  public static final String FIELD_VALUE = "field_value";
  /** Unit of a value (string). */
  public static final String UNIT = "unit";
  /** Default value of a field, as text (string). */
  public static final String DEFAULT = "default";
  /** Where a number comes from (string). */
  public static final String SOURCE = "source";
  /** Square crossbar (tile) side in cells (int). */
  public static final String CROSSBAR_SIZE = "crossbar_size";
  /** Bits stored per cell (int). */
  public static final String CELL_BITS = "cell_bits";
  /** Weight precision in bits (int). */
  public static final String WEIGHT_BITS = "weight_bits";
  /** Input (DAC) precision in bits (int). */
  public static final String INPUT_BITS = "input_bits";
  /** ADC resolution in bits (int). */
  public static final String ADC_BITS = "adc_bits";
  /** Columns sharing one ADC (int). */
  public static final String COLUMNS_PER_ADC = "columns_per_adc";
  /** Operating (read) frequency in MHz (double). */
  public static final String FREQUENCY_MHZ = "frequency_MHz";
  /** Operating temperature in kelvin (double). */
  public static final String TEMPERATURE_K = "temperature_K";
  /** Read voltage in volts (double). */
  public static final String READ_VOLTAGE_V = "read_voltage_V";
  /** Wire resistance per segment between neighbouring cells, in ohms (double). */
  public static final String WIRE_RESISTANCE_OHM = "wire_resistance_ohm";
  /** Stuck-at fault rate, the fraction of cells stuck, in [0, 1] (double). */
  public static final String STUCK_AT_RATE = "stuck_at_rate";
  /** SA1 : SA0 ratio of the stuck-at faults, as a label (string). */
  public static final String SA1_TO_SA0 = "sa1_to_sa0";
  /** Technology node in nm (int). */
  public static final String TECHNOLOGY_NODE_NM = "technology_node_nm";

  // ---- layers and their mapping
  /** Network name (string). */
  public static final String NETWORK = "network";
  /** Zero-based layer (node) position in execution order (int). */
  public static final String LAYER_INDEX = "layer_index";
  /** Layer (vertex) name (string). */
  public static final String LAYER = "layer";
  /** Layer kind, a {@code org.xbarlab.nn.LayerKind} name (string). */
  public static final String LAYER_KIND = "layer_kind";
  /** Weight-matrix rows = fan-in (int). */
  public static final String FAN_IN_ROWS = "fan_in_rows";
  /** Weight-matrix columns = logical outputs = fan-out (int). */
  public static final String FAN_OUT_COLUMNS = "fan_out_columns";
  /** Word lines (rows) of one crossbar a layer is tiled onto. */
  public static final String TILE_ROWS = "tile_rows";

  /** Bit lines (columns) of one crossbar a layer is tiled onto. */
  public static final String TILE_COLUMNS = "tile_columns";

  /** Crossbar row tiles of a layer (int). */
  public static final String ROW_TILES = "row_tiles";
  /** Crossbar column tiles of a layer (int). */
  public static final String COLUMN_TILES = "column_tiles";
  /** Crossbar tiles of a layer (int, or double where a cost model counts fractional use). */
  public static final String TILES = "tiles";
  /** Cells (bit slices) per weight and polarity (int). */
  public static final String SLICES_PER_WEIGHT = "slices_per_weight";
  /** Cells holding weights (long). */
  public static final String CELLS_USED = "cells_used";
  /** Cells used / cells of the layer's tiles, in [0, 1] (double). */
  public static final String UTILISATION = "utilisation";
  /** Matrix-vector multiplications per inference (long or double, integral). */
  public static final String MVMS_PER_INFERENCE = "mvms_per_inference";
  /** Weight quantisation step {@code dW} (double, weight units). */
  public static final String WEIGHT_STEP = "weight_step";
  /** Input DAC step (double, activation units). */
  public static final String DAC_STEP = "dac_step";
  /** Relative output error {@code ||y_xbar - y|| / ||y||} with errors propagated (double). */
  public static final String PROPAGATED_REL_ERROR = "propagated_rel_error";
  /** Root-mean-square output error with errors propagated (double). */
  public static final String PROPAGATED_RMSE = "propagated_rmse";
  /** Relative output error of the layer alone, fed ideal inputs (double). */
  public static final String ISOLATED_REL_ERROR = "isolated_rel_error";

  /** What a row is in a study's landscape, e.g. {@code baseline}, {@code Pareto set} (string). */
  public static final String ROLE = "role";

  // ---- remapping (org.xbarlab.remap)
  /** Which kind of tile position a row describes: {@code row}, {@code column} or {@code slot} (string). */
  public static final String POSITION_KIND = "position_kind";
  /** Index of a word line, bit line or kernel slot within its tile (int). */
  public static final String POSITION = "position";
  /** Relative current loss {@code 1 - t/g} of a tile position under line resistance (double). */
  public static final String REL_CURRENT_LOSS = "rel_current_loss";
  /** Logical output (kernel) index within its layer (int). */
  public static final String KERNEL = "kernel";
  /** Physical kernel slot (output position, tile-major) within its layer (int). */
  public static final String SLOT = "slot";
  /** Sensitivity of the loss to a kernel (double; units of the loss). */
  public static final String SENSITIVITY = "sensitivity";
  /** How a sensitivity was measured, a {@code KernelSensitivity.Method} name (string). */
  public static final String SENSITIVITY_METHOD = "sensitivity_method";
  /** Remapping strategy: {@code as-is}, {@code SRS} or {@code DRS} (string). */
  public static final String STRATEGY = "strategy";
  /** Accuracy drop from the network's own accuracy in percentage points (double). */
  public static final String ACCURACY_DROP_PP = "accuracy_drop_pp";
  /** Standard error of {@link #ACCURACY_DROP_PP} over Monte-Carlo chips (double). */
  public static final String ACCURACY_DROP_PP_SEM = "accuracy_drop_pp_sem";

  // ---- stuck-at faults (org.xbarlab.fault)
  /** Weight-to-conductance scheme, a {@code crossbar.MappingScheme} name (string). */
  public static final String MAPPING_SCHEME = "mapping_scheme";
  /** Centre of a histogram bin of weights normalised by the layer's {@code max|W|} (double). */
  public static final String WEIGHT_NORMALISED = "weight_normalised";
  /** Share of a layer's weights in a histogram bin, in [0, 1] (double). */
  public static final String FRACTION = "fraction";
  /**
   * What protects the chip from its faults: a mapping scheme name, with " + correction" (profiled
   * digital correction) or " + fault-aware fine-tuning" when used (string).
   */
  public static final String MITIGATION = "mitigation";
  /** Mean programmed conductance of the read cells as a fraction of the window (double). */
  public static final String CELL_CONDUCTANCE_FRACTION = "cell_conductance_fraction";
  /** Energy the read cells dissipate by conduction ({@code V^2 G t}) per inference in pJ (double). */
  public static final String CONDUCTION_ENERGY_PJ = "conduction_energy_pJ";
  /** Standard error of {@code energy_pJ} over fault maps (double). */
  public static final String ENERGY_PJ_SEM = "energy_pJ_sem";
  /** Energy change against the same mapping without faults, in percent (double). */
  public static final String ENERGY_OVERHEAD_PCT = "energy_overhead_pct";
  /** Energy change against the conventional pair without faults, in percent (double). */
  public static final String ENERGY_VS_CONVENTIONAL_PCT = "energy_vs_conventional_pct";
  /** Latency change against the same mapping without faults, in percent (double). */
  public static final String LATENCY_OVERHEAD_PCT = "latency_overhead_pct";
  /** Largest swept fault rate up to which a mapping stays within a tolerance (double). */
  public static final String RECOVERY_THRESHOLD = "recovery_threshold";

  // ---- paper vs. measured
  /** A paper's claim in words (string). */
  public static final String CLAIM = "claim";
  /** The paper's number, as the paper states it (string). */
  public static final String PAPER = "paper";
  /** Our measurement with its uncertainty (string). */
  public static final String MEASURED = "measured";
  /** Conditions of our measurement: network, data, seeds, chips (string). */
  public static final String CONDITIONS = "conditions";
  /** Where in the paper its number is stated (string). */
  public static final String PAPER_SOURCE = "paper_source";
  /** How our measurement compares: matches, same direction, differs, or not comparable (string). */
  public static final String VERDICT = "verdict";

  // ---- device and noise
  /** Conductance in siemens (double). */
  public static final String CONDUCTANCE_S = "conductance_S";
  /** Total read-noise standard deviation in siemens (double). */
  public static final String SIGMA_S = "sigma_S";
  /** Read-noise standard deviation over the conductance level step (double). */
  public static final String SIGMA_OVER_STEP = "sigma_over_step";
  /** Thermal plus shot noise standard deviation in siemens (double). */
  public static final String THERMAL_SHOT_SIGMA_S = "thermal_shot_sigma_S";
  /** Random-telegraph-noise conductance jump in siemens (double). */
  public static final String RTN_JUMP_S = "rtn_jump_S";

  // ---- hardware cost
  /** Cost component label (string). */
  public static final String COMPONENT = "component";
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
  /** Base-10 logarithm of {@code edap_pJ_ns_mm2} (double): EDAP spans orders of magnitude. */
  public static final String LOG10_EDAP = "log10_edap";
  /** Accuracy gain against a baseline, in percentage points (double). */
  public static final String ACCURACY_GAIN_PP = "accuracy_gain_pp";
  /** A design's short label (string). */
  public static final String DESIGN = "design";
  /** A network's kernel side (int). */
  public static final String KERNEL_SIZE = "kernel_size";
  /** Change of a value against a baseline, in percent (double). */
  public static final String CHANGE_PCT = "change_pct";

  // ---- calibration against published results
  /** Reference point id, for example R1 (string). */
  public static final String REFERENCE_ID = "reference_id";
  /** NeuroSim release that produced a reference figure, for example V1.3 (string). */
  public static final String NEUROSIM_VERSION = "neurosim_version";
  /** Cell on-resistance in ohms (double). */
  public static final String R_ON_OHM = "r_on_ohm";
  /** Cell {@code R_off / R_on} (double). */
  public static final String ON_OFF_RATIO = "on_off_ratio";
  /** Memory cell technology of a reference (string). */
  public static final String MEMORY_CELL = "memory_cell";
  /** Name of a compared figure, itself a column name such as {@code area_mm2} (string). */
  public static final String FIGURE = "figure";
  /** Published value in the row's unit (double). */
  public static final String PUBLISHED_VALUE = "published_value";
  /** yes, approximate or no (string). */
  public static final String COMPARABLE = "comparable";
  /** Address of the source of a published number (string). */
  public static final String SOURCE_URL = "source_url";
  /** Free-text provenance note (string). */
  public static final String NOTE = "note";
  /** Published value (double). */
  public static final String PUBLISHED = "published";
  /** Our model's value (double). */
  public static final String OURS = "ours";
  /** {@code (ours - published) / published} (double). */
  public static final String RELATIVE_ERROR = "relative_error";
  /** {@code |relative error|} within the goal (boolean). */
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
  /** Name of a modelling option (string). */
  public static final String OPTION = "option";
  /** What an option means (string). */
  public static final String MEANING = "meaning";

  // ---- optimisation
  /** Evaluation number, 0-based (int). */
  public static final String EVALUATION = "evaluation";
  /** Algorithm iteration (int). */
  public static final String ITERATION = "iteration";
  /** Id of a design point; the same design at several fidelities shares it (int). */
  public static final String DESIGN_ID = "design_id";
  /** Fidelity in (0, 1] (double); {@code fidelity_<unit>} holds it in the problem's own unit. */
  public static final String FIDELITY = "fidelity";
  /** Measured cost of one evaluation in the run's cost unit (double). */
  public static final String EVAL_COST = "eval_cost";
  /** Cumulative cost after an evaluation (double). */
  public static final String CUMULATIVE_COST = "cumulative_cost";
  /** Total cost of a run (double). */
  public static final String TOTAL_COST = "total_cost";
  /** Hypervolume of the top-fidelity evaluations so far (double). */
  public static final String HYPERVOLUME = "hypervolume";
  /** Hypervolume at the end of a run (double). */
  public static final String FINAL_HYPERVOLUME = "final_hypervolume";
  /** Hypervolume a run has to reach (double). */
  public static final String TARGET_HYPERVOLUME = "target_hypervolume";
  /** Cost at which a run first reached the target hypervolume (double). */
  public static final String COST_TO_REACH = "cost_to_reach";
  /** Whether a run reached the target (boolean). */
  public static final String REACHED = "reached";
  /** True if the row is a non-dominated top-fidelity evaluation (boolean). */
  public static final String IS_PARETO = "is_pareto";
  /** The method a comparison row is against (string). */
  public static final String VERSUS = "versus";
  /** Whether a value is a lower bound only (boolean). */
  public static final String LOWER_BOUND = "lower_bound";

  // ---- data sets
  /** Class index (int). */
  public static final String CLASS_INDEX = "class_index";
  /** Class name (string). */
  public static final String CLASS_NAME = "class_name";
  /** Count (int). */
  public static final String COUNT = "count";
  /** Fraction of runs that reached a target (double, 0..1). */
  public static final String SUCCESS_RATE = "success_rate";
  /** Median cost over runs, a failed run counting as the budget (double). */
  public static final String MEDIAN_COST = "median_cost";
  /** True when half the runs or more failed, so a median is only a lower bound (boolean). */
  public static final String MEDIAN_CENSORED = "median_censored";
  /** Lower end of a 95 % confidence interval (double, the unit of the value it bounds). */
  public static final String CI95_LOW = "ci95_low";
  /** Upper end of a 95 % confidence interval (double). */
  public static final String CI95_HIGH = "ci95_high";
  /** A target as a fraction of a reference value (double, 0..1). */
  public static final String TARGET_FRACTION = "target_fraction";
  /** Half-width of a 95 % confidence interval (double). */
  public static final String CI95_HALF_WIDTH = "ci95_half_width";
  /** A relative cost reduction in percent (double). */
  public static final String REDUCTION_PCT = "reduction_pct";
  /** A test's p-value (double, 0..1). */
  public static final String P_VALUE = "p_value";
  /** True when a value cannot be stated (boolean). */
  public static final String UNDEFINED = "undefined";
  /** Mean hypervolume regret 1 - HV / HV* over seeds (double, 0..1). */
  public static final String REGRET_MEAN = "regret_mean";

  /**
   * Returns {@code name} with a suffix, {@code name + "_" + suffix} in lower case, for families of
   * columns such as {@code ours_wire_cv2_only} or {@code fidelity_epochs}.
   *
   * @param name a column name of this class
   * @param suffix the suffix, for example an enum constant's name or a unit
   */
  public static String suffixed(String name, String suffix) {
    return name + "_" + suffix.toLowerCase(Locale.ROOT);
  }
}
