package org.xbarlab.cost;

import static org.xbarlab.TableRows.Type.BOOLEAN;
import static org.xbarlab.TableRows.Type.DOUBLE;
import static org.xbarlab.TableRows.Type.INT;
import static org.xbarlab.TableRows.Type.STRING;

import java.util.ArrayList;
import java.util.List;
import org.xbarlab.ConfigException;
import org.xbarlab.TableRows;
import org.xbarlab.XbarLabException;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import org.xbarlab.Columns;
import org.xbarlab.crossbar.MappingScheme;

/**
 * Side-by-side comparison of a cost model with published DNN+NeuroSim results for VGG-8 on
 * CIFAR-10, and the direction of every design-field trend.
 *
 * <p>The published numbers live in the resource {@value #REFERENCE_RESOURCE} (reference data by
 * others, each row with its source URL, settings and a note; never a measured value of ours). Only
 * rows marked {@code comparable = yes} count towards the goal (relative error within {@value
 * #GOAL_RELATIVE_ERROR} on each figure); {@code approximate} rows had settings partly assumed or a
 * definition that differs in a known way; {@code no} rows are not comparable and say why ({@code
 * ours} is NaN there). Each row is evaluated at its published settings: node, sub-array, cell,
 * weight, input and ADC bits, column sharing, the cell's R_on and on/off ratio, and VGG-8's input
 * statistics in the NeuroSim wrapper ({@link #VGG8_INPUT_TOGGLE_RATE}: interconnect toggle rate,
 * and the input-bit activity {@link #VGG8_INPUT_BIT_ACTIVITY} it implies).
 *
 * <p><b>Which NeuroSim assumptions {@link CostModel#neuroSimLike()} matches</b> ({@link
 * CostModel#neuroSimLikeNm22()} at 22 nm; DNN_NeuroSim_V1.3
 * {@code Param.cpp} and the circuit files named in {@link CircuitParameters}): the multi-level
 * current sense amplifier with its area per level, power per level and 1 ns sensing window; the
 * cells' conduction counted in the sense window at the clamped bitline voltage (NeuroSim {@code
 * GetColumnPower}); rows re-selected for every multiplexed column group; the clock set by sensing
 * ({@code synchronous}, beta = 1.4); write-voltage level shifters (2 per row, 1 per column, alpha =
 * 1.44 wiring); wordline/source-line switch matrices, column multiplexer and decoder; DFF, adder,
 * ReLU and max-pooling units from NeuroSim's gate counts; layer-by-layer execution with every
 * layer's periphery leaking for the whole inference.
 *
 * <p><b>Where we still differ, and why</b> (roughly by size): (1) NeuroSim sizes tiles and PEs with a
 * floor-plan optimiser, allocates whole tiles per layer, duplicates small layers to fill them
 * ("speed-up") and reports bounding-box area; we cost each weight once on the crossbars it needs,
 * so our area omits unused sub-arrays and our latency has no duplication speed-up; (2) NeuroSim
 * computes column resistances and input activity from traced weights and activations; we use a mean
 * cell conductance ({@code meanConductanceFraction}) and VGG-8's average input-bit activity; (3)
 * NeuroSim has a PE/tile/global hierarchy of register-file buffers, buses and H-trees whose widths
 * come from the floor plan; we have one activation buffer and one interconnect per layer (so the
 * interconnect area and latency differ most); (4) NeuroSim's sense and shift-add latencies come
 * from its circuit delays per node, ours from the clock (our sensing-limited clock is 1.68 ns,
 * NeuroSim V1.4's release run reports 2.23 ns); (5) apart from the values NeuroSim tabulates at 22
 * nm ({@link TechnologyParameters#nm22()}), our peripheral numbers are first-order scaled from 32
 * nm (ISAAC's ADC, DAC and sample-and-hold, wire capacitance); (6) NeuroSim's post-layout energy
 * factor zeta = 1.22 enters only its TOPS/W, so we do not apply it; (7) V1.4 (reference R4) revised
 * the sense amplifier (9 cells per level plus shared dummy columns, switching-energy model), which
 * {@link CostModel#neuroSimLike()} (V1.3) does not follow. {@link CostModel#nm32()}, XbarLab's
 * default, differs further by design: a SAR ADC behind a sample-and-hold (ISAAC), cell conduction
 * over the whole read pulse and the design clock.
 *
 * <p><b>Result.</b> {@link #neuroSimLikeVgg8()} is within the goal on every comparable figure (R1
 * area +21 %, R1 power +23 %, R4 energy +20 %; {@code CalibrationTest} pins this) and every trend
 * goes the expected way. The margins are narrow and rest on two assumptions of ours: {@code
 * meanConductanceFraction} = 0.5 (0.4 or 0.6 moves R1 power to +14 % or +32 %) and {@code
 * rowDriveLatencyNs} = 0.2 ns, which sets the sensing-limited clock (0.1 or 0.4 ns moves R1 power
 * to +34 % or +6 %). Scaled from 32 nm instead ({@code Calibration.against(CostModel.neuroSimLike())})
 * R1 power is +28 % and R4 energy +25 %. R0 (settings not stated) is far off in both directions
 * under the V1.3 defaults we assume for it: 120 mm^2 at 5-bit against R1's 45.5 mm^2 at 4-bit is a
 * larger jump than one more ADC bit (twice the sense-amplifier levels) explains in our model, so
 * that run probably used other settings.
 *
 * <p>An earlier note here said NeuroSim counts only bitline/wordline {@code CV^2} for the array
 * (DNN_NeuroSim_V1.3 issue 24). That is true of {@code SubArray.cpp}'s array term alone, but
 * NeuroSim's sense amplifier adds the column conduction for its sensing window (DNN_NeuroSim_V2.1
 * issue 2: "RRAM's energy is counted in ADC already"); {@link ArrayEnergyConvention} offers all
 * three readings and {@link #comparison()} reports each.
 *
 * <pre>{@code
 * Calibration c = Calibration.neuroSimLikeVgg8();
 * Table errors = c.comparison();
 * Table trends = c.trends();
 * }</pre>
 */
public final class Calibration {
  /** Classpath resource (next to this class) with the published reference numbers. */
  public static final String REFERENCE_RESOURCE = ReferencePoint.RESOURCE;
  /** Goal on the relative error of each comparable figure. */
  public static final double GOAL_RELATIVE_ERROR = 0.25;
  /**
   * Input toggle rate of VGG-8 on CIFAR-10 in the NeuroSim wrapper: DNN_NeuroSim_V1.4 {@code
   * Param.cpp} {@code inputtoggle} "Recommended ... VGG8-CIFAR10: 0.18", used there for the
   * interconnect energy. We scale the interconnect energy per bit by {@code 0.18 / 0.5} (its default
   * assumes activity 0.5).
   */
  public static final double VGG8_INPUT_TOGGLE_RATE = 0.18;
  /**
   * Input-bit activity (fraction of streamed input bits that are 1) of VGG-8 implied by {@link
   * #VGG8_INPUT_TOGGLE_RATE} for independent bits: toggle = 2p(1-p), so {@code p = (1 - sqrt(1 - 2 *
   * 0.18)) / 2 = 0.1}.
   */
  public static final double VGG8_INPUT_BIT_ACTIVITY =
      (1 - Math.sqrt(1 - 2 * VGG8_INPUT_TOGGLE_RATE)) / 2;
  /**
   * Relative change below which a trend counts as flat (1 %): bigger circuits lengthen the
   * interconnect a little, which is not a trend of the circuit itself.
   */
  public static final double FLAT_TOLERANCE = 0.01;
  /** Bit activity assumed in {@link TechnologyParameters#interconnectEnergyPerBitPerMmPicojoules()}. */
  static final double DEFAULT_WIRE_ACTIVITY = 0.5;

  private final CostModel model;
  private final List<ReferencePoint> references;
  private final String fittedReferenceId;

  private Calibration(CostModel model, List<ReferencePoint> references, String fittedReferenceId) {
    this.model = model;
    this.references = references;
    this.fittedReferenceId = fittedReferenceId;
  }

  /** Returns the calibration of XbarLab's default model {@link CostModel#nm32()}. */
  public static Calibration neuroSimVgg8() {
    return against(CostModel.nm32());
  }

  /**
   * Returns the calibration of the NeuroSim-like configuration at the references' node, {@link
   * CostModel#neuroSimLikeNm22()} (every RRAM reference is a 22 nm run).
   */
  public static Calibration neuroSimLikeVgg8() {
    return against(CostModel.neuroSimLikeNm22());
  }

  /**
   * Returns the calibration of the given model against the bundled reference data.
   *
   * @param model the cost model to check, not null
   */
  public static Calibration against(CostModel model) {
    if (model == null) {
      throw new ConfigException("model", null, "a CostModel");
    }
    return new Calibration(model, ReferencePoint.readAll(), "");
  }

  /**
   * Returns a calibration of {@link CostModel#nm32()} with two global factors fitted on reference
   * R1: {@code areaScaleFactor = published area / our area} and {@code energyScaleFactor =
   * published power / our power} (our latency is kept, as R1 publishes no latency). R1's errors are
   * then zero by construction ({@code used_for_fit = true}); the other rows are the out-of-sample
   * check. Use it to see how far one pair of global factors carries, not as a validated model.
   */
  public static Calibration fittedToR1() {
    List<ReferencePoint> refs = ReferencePoint.readAll();
    ReferencePoint area = find(refs, "R1", Columns.AREA_MM2);
    ReferencePoint power = find(refs, "R1", Columns.POWER_MW);
    CostModel base = CostModel.nm32();
    CostReport raw = settingFor(base, area).evaluate(NetworkWorkload.vgg8Cifar10(), designFor(area));
    TechnologyParameters t = base.technology()
        .withAreaScaleFactor(area.value() / raw.areaSquareMillimetres())
        .withEnergyScaleFactor(power.value() / raw.averagePowerMilliwatts());
    return new Calibration(base.withTechnology(t), refs, "R1");
  }

  private static ReferencePoint find(List<ReferencePoint> refs, String id, String figure) {
    for (ReferencePoint r : refs) {
      if (r.id().equals(id) && r.figure().equals(figure)) {
        return r;
      }
    }
    throw new XbarLabException(REFERENCE_RESOURCE + " lacks the " + id + " " + figure + " row");
  }

  /** Returns the model being compared (with fitted factors for {@link #fittedToR1()}). */
  public CostModel model() {
    return model;
  }

  /**
   * Returns the model at a reference's published device and VGG-8 input statistics: R_on and
   * on/off ratio of the row (when given), input-bit activity {@link #VGG8_INPUT_BIT_ACTIVITY} and
   * the interconnect energy at toggle rate {@link #VGG8_INPUT_TOGGLE_RATE}.
   */
  static CostModel settingFor(CostModel model, ReferencePoint r) {
    TechnologyParameters t = model.technology()
        .withInputBitActivity(VGG8_INPUT_BIT_ACTIVITY)
        .withInterconnectEnergyPerBitPerMmPicojoules(model.technology()
            .interconnectEnergyPerBitPerMmPicojoules() * VGG8_INPUT_TOGGLE_RATE / DEFAULT_WIRE_ACTIVITY);
    if (!Double.isNaN(r.onResistanceOhms())) {
      t = t.withCellOnResistanceOhms(r.onResistanceOhms());
    }
    if (!Double.isNaN(r.onOffRatio())) {
      t = t.withCellOnOffRatio(r.onOffRatio());
    }
    return model.withTechnology(t);
  }

  /**
   * Returns the design our model uses for a published setting: its node, square sub-array, cell,
   * weight, input and ADC bits and column sharing; offset mapping with a reference column
   * (NeuroSim's scheme), 1-bit DAC (bit-serial inputs), 1 GHz, 300 K, H-tree of 512 wires.
   */
  static CostDesign designFor(ReferencePoint r) {
    return CostDesign.of(r.crossbarSize(), r.crossbarSize(), r.cellBits(), r.weightBits(),
        r.inputBits(), 1, r.adcBits(), r.columnsPerAdc(), 1e9, 300.0, r.nodeNm(),
        MappingScheme.OFFSET_REFERENCE_COLUMN, Interconnect.HTREE, 512);
  }

  /** Returns the design of the main comparable reference point R1 (22 nm RRAM, 4-bit ADC). */
  public static CostDesign referenceDesignR1() {
    return designFor(find(ReferencePoint.readAll(), "R1", Columns.AREA_MM2));
  }

  /**
   * Returns the bundled reference data as published (one row per figure). Schema: {@code
   * reference_id}, {@code neurosim_version}, {@code network}, {@code memory_cell} (string), {@code
   * technology_node_nm}, {@code crossbar_size}, {@code cell_bits}, {@code weight_bits}, {@code
   * input_bits}, {@code adc_bits}, {@code columns_per_adc} (int), {@code r_on_ohm}, {@code
   * on_off_ratio} (double, NaN for SRAM), {@code figure} (string), {@code published_value}
   * (double), {@code unit}, {@code comparable}, {@code source_url}, {@code note} (string).
   */
  public static Table referenceData() {
    TableRows t = TableRows.of("DNN+NeuroSim reference data (published, not measured)",
        Columns.REFERENCE_ID, STRING, Columns.NEUROSIM_VERSION, STRING, Columns.NETWORK, STRING,
        Columns.MEMORY_CELL, STRING, Columns.TECHNOLOGY_NODE_NM, INT, Columns.CROSSBAR_SIZE, INT,
        Columns.CELL_BITS, INT, Columns.WEIGHT_BITS, INT, Columns.INPUT_BITS, INT,
        Columns.ADC_BITS, INT, Columns.COLUMNS_PER_ADC, INT, Columns.R_ON_OHM, DOUBLE,
        Columns.ON_OFF_RATIO, DOUBLE, Columns.FIGURE, STRING, Columns.PUBLISHED_VALUE, DOUBLE,
        Columns.UNIT, STRING, Columns.COMPARABLE, STRING, Columns.SOURCE_URL, STRING,
        Columns.NOTE, STRING);
    for (ReferencePoint r : ReferencePoint.readAll()) {
      t.add(r.id(), r.neuroSimVersion(), r.network(), r.memoryCell(), r.nodeNm(),
          r.crossbarSize(), r.cellBits(), r.weightBits(), r.inputBits(), r.adcBits(),
          r.columnsPerAdc(), r.onResistanceOhms(), r.onOffRatio(), r.figure(), r.value(), r.unit(),
          r.comparable(), r.url(), r.note());
    }
    return t.table();
  }

  /**
   * Returns published vs ours per reference figure. Schema: {@code reference_id}, {@code
   * neurosim_version}, {@code memory_cell}, {@code comparable}, {@code figure}, {@code unit}
   * (string), {@code published}, {@code ours}, {@code relative_error} (double; {@code (ours -
   * published) / published} of the model as configured, NaN where not comparable), {@code
   * within_goal} (boolean, false where not comparable), {@code ours_wire_cv2_only}, {@code
   * ours_conduction_during_sensing}, {@code ours_conduction_over_read_pulse} (double: the same
   * model under each {@link ArrayEnergyConvention}; they differ only for energy and power), {@code
   * used_for_fit} (boolean, true for rows the model's factors were fitted on), {@code source_url},
   * {@code note} (string).
   */
  public Table comparison() {
    StringColumn id = StringColumn.create(Columns.REFERENCE_ID);
    StringColumn version = StringColumn.create(Columns.NEUROSIM_VERSION);
    StringColumn cell = StringColumn.create(Columns.MEMORY_CELL);
    StringColumn comparable = StringColumn.create(Columns.COMPARABLE);
    StringColumn figure = StringColumn.create(Columns.FIGURE);
    StringColumn unit = StringColumn.create(Columns.UNIT);
    DoubleColumn published = DoubleColumn.create(Columns.PUBLISHED);
    DoubleColumn ours = DoubleColumn.create(Columns.OURS);
    DoubleColumn error = DoubleColumn.create(Columns.RELATIVE_ERROR);
    BooleanColumn within = BooleanColumn.create(Columns.WITHIN_GOAL);
    ArrayEnergyConvention[] conventions = ArrayEnergyConvention.values();
    DoubleColumn[] byConvention = new DoubleColumn[conventions.length];
    for (int i = 0; i < conventions.length; i++) {
      byConvention[i] = DoubleColumn.create(Columns.suffixed(Columns.OURS, conventions[i].name()));
    }
    BooleanColumn fit = BooleanColumn.create(Columns.USED_FOR_FIT);
    StringColumn url = StringColumn.create(Columns.SOURCE_URL);
    StringColumn note = StringColumn.create(Columns.NOTE);
    NetworkWorkload vgg = NetworkWorkload.vgg8Cifar10();
    for (ReferencePoint r : references) {
      double value = Double.NaN;
      double[] values = new double[conventions.length];
      java.util.Arrays.fill(values, Double.NaN);
      if (r.evaluated()) {
        CostModel m = settingFor(model, r);
        CostDesign d = designFor(r);
        value = figureOf(m.evaluate(vgg, d), r.figure());
        for (int i = 0; i < conventions.length; i++) {
          CostOptions o = m.options().withArrayEnergyConvention(conventions[i]);
          values[i] = figureOf(m.withOptions(o).evaluate(vgg, d), r.figure());
        }
      }
      double relative = (value - r.value()) / r.value();
      id.append(r.id());
      version.append(r.neuroSimVersion());
      cell.append(r.memoryCell());
      comparable.append(r.comparable());
      figure.append(r.figure());
      unit.append(r.unit());
      published.append(r.value());
      ours.append(value);
      error.append(relative);
      within.append(!Double.isNaN(relative) && Math.abs(relative) <= GOAL_RELATIVE_ERROR);
      for (int i = 0; i < conventions.length; i++) {
        byConvention[i].append(values[i]);
      }
      fit.append(r.id().equals(fittedReferenceId));
      url.append(r.url());
      note.append(r.note());
    }
    Table t = Table.create("calibration vs DNN+NeuroSim (VGG-8/CIFAR-10)", id, version, cell,
        comparable, figure, unit, published, ours, error, within);
    t.addColumns(byConvention);
    t.addColumns(fit, url, note);
    return t;
  }

  /**
   * Returns whether every {@code comparable = yes} figure is within {@link #GOAL_RELATIVE_ERROR}.
   */
  public boolean goalMet() {
    Table c = comparison();
    for (int i = 0; i < c.rowCount(); i++) {
      if ("yes".equals(c.stringColumn(Columns.COMPARABLE).get(i))
          && !c.booleanColumn(Columns.WITHIN_GOAL).get(i)) {
        return false;
      }
    }
    return true;
  }

  private static double figureOf(CostReport r, String figure) {
    switch (figure) {
      case Columns.AREA_MM2:
        return r.areaSquareMillimetres();
      case Columns.POWER_MW:
        return r.averagePowerMilliwatts();
      case Columns.LATENCY_NS:
        return r.latencyNanoseconds();
      case Columns.ENERGY_PJ:
        return r.energyPicojoules();
      case Columns.TILES:
        return r.crossbars();
      default:
        throw new XbarLabException("reference figure '" + figure + "' is not one of area_mm2, "
            + "power_mW, latency_ns, energy_pJ in " + REFERENCE_RESOURCE);
    }
  }

  /**
   * Returns the direction of each design-field trend on VGG-8 at the R1 setting next to the
   * direction expected from the literature (for the model's {@link AdcKind}); a relative change
   * below {@link #FLAT_TOLERANCE} counts as flat. Schema: {@code field}
   * (string), {@code from}, {@code to} (double), {@code figure}, {@code expected_direction}, {@code
   * ours_direction} (string: up, down, flat), {@code agrees} (boolean), {@code ours_from}, {@code
   * ours_to} (double), {@code basis} (string, where the expectation comes from).
   */
  public Table trends() {
    TableRows table = TableRows.of("design-field trends (VGG-8, R1 setting)", Columns.FIELD,
        STRING, Columns.FROM, DOUBLE, Columns.TO, DOUBLE, Columns.FIGURE, STRING,
        Columns.EXPECTED_DIRECTION, STRING, Columns.OURS_DIRECTION, STRING, Columns.AGREES, BOOLEAN,
        Columns.OURS_FROM, DOUBLE, Columns.OURS_TO, DOUBLE, Columns.BASIS, STRING);
    NetworkWorkload vgg = NetworkWorkload.vgg8Cifar10();
    ReferencePoint r1 = find(references, "R1", Columns.AREA_MM2);
    CostModel m = settingFor(model, r1);
    CostDesign base = designFor(r1);
    for (CalibrationTrend t : CalibrationTrend.expectedFor(model.options().adcKind())) {
      double va = figureOf(m.evaluate(vgg, t.field().apply(base, t.from())), t.figure());
      double vb = figureOf(m.evaluate(vgg, t.field().apply(base, t.to())), t.figure());
      String direction = vb > va * (1 + FLAT_TOLERANCE) ? "up"
          : vb < va * (1 - FLAT_TOLERANCE) ? "down" : "flat";
      table.add(t.field().fieldName(), t.from(), t.to(), t.figure(), t.expected(), direction,
          direction.equals(t.expected()), va, vb, t.basis());
    }
    return table.table();
  }

  /** Returns the reference points in file order (for tests). */
  List<ReferencePoint> references() {
    return new ArrayList<>(references);
  }
}
