package org.xbarlab.cost;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xbarlab.ConfigException;

/**
 * Analytical area / latency / energy model of a DNN mapped layer by layer onto ReRAM crossbars,
 * NeuroSim-like in structure (DNN+NeuroSim, Peng et al., IEDM 2019; NeuroSim, Chen, Peng and Yu,
 * IEEE TCAD 2018) with ISAAC-class (Shafiee et al., ISCA 2016) or NeuroSim-derived peripheral
 * numbers. Our own closed-form model: no NeuroSim code is used. A model is a {@link
 * TechnologyParameters} table (every number, with its source) plus {@link CostOptions} (the
 * modelling choices): {@link #nm32()} is XbarLab's default, {@link #neuroSimLike()} DNN+NeuroSim
 * V1.3's assumptions.
 *
 * <p><b>Mapping.</b> See {@link CostDesign} and {@link CrossbarTiling}: a layer {@code [R x C]}
 * uses {@code ceil(R/X_r) x ceil(C / outputsPerCrossbar)} crossbars. All crossbars of a layer work
 * in parallel; layers run one after another (NeuroSim's layer-by-layer mode, no pipelining, no
 * weight duplication).
 *
 * <p><b>Counts</b> per layer with {@code M} MVMs, {@code B = ceil(inputBits/dacBits)} input cycles
 * and input-bit activity {@code a}: {@code reads = M*B}; active cell reads {@code reads * R *
 * physicalColumns * a}; row activations {@code reads * R * colTiles * a}; conversions {@code reads *
 * rowTiles * physicalColumns}. Each {@link CostComponent} is costed by one small class that
 * documents its own equations ({@code CellArrayCost}, {@code AdcCost}, {@code DriverCost}, {@code
 * SwitchMatrixCost}, {@code LevelShifterCost}, {@code ShiftAddCost}, {@code AccumulatorBufferCost},
 * {@code ActivationPoolingCost}, {@code InterconnectCost}).
 *
 * <p><b>Latency</b> of a layer, clock period {@code T} ({@link ClockMode}): {@code reads * (T +
 * t_read + columnsPerAdc * cyclesPerConversion * T)} (drive, array read with a sample-and-hold, then
 * the multiplexed conversions: {@code ceil(adcBits * adcCyclesPerBit)} cycles for SAR, 1 cycle and
 * no separate read pulse for a multi-level sense amplifier) plus one drain cycle, accumulation
 * {@code (M + ceil(log2 rowTiles) + 1) * T} and the interconnect. Layer latencies add up.
 *
 * <p><b>Energy</b> is the sum of per-operation energies times operation counts (the cells'
 * conduction counted per {@link ArrayEnergyConvention}), plus leakage: {@code Vdd * I_off(T) *
 * widthPerArea * area} of the CMOS periphery (not the cells, level shifters or wires) with {@code
 * I_off(T) = I_off(300 K) * exp((T - 300 K)/T0)}; every component leaks for the whole inference
 * (layer-by-layer without power gating, as NeuroSim), so leakage grows as (number of layers)^2 for
 * a deep stack of identical layers.
 *
 * <p><b>Calibration factors.</b> {@link TechnologyParameters#areaScaleFactor()}, {@code
 * energyScaleFactor()} and {@code latencyScaleFactor()} (all 1 by default) multiply every
 * component's area, energy (dynamic and leakage power) and latency at the end; leakage power uses
 * the unscaled area.
 *
 * <p>Where we still differ from DNN+NeuroSim (see {@link Calibration}): no wire-RC array solve and
 * no traced column resistances (a mean cell conductance and input-bit activity instead), ISAAC
 * shift-add units, a layer-local interconnect and one activation buffer per layer instead of
 * NeuroSim's PE/tile/global buffer hierarchy, no floor-plan optimiser (only used crossbars are
 * costed, NeuroSim allocates whole tiles), no bounding-box (empty) area, no post-layout factors by
 * default.
 *
 * <pre>{@code
 * CostReport r = CostModel.nm32().evaluate(NetworkWorkload.resnet20Cifar10(), CostDesign.defaults());
 * Table perComponent = r.breakdown();
 * }</pre>
 */
public final class CostModel {
  private static final CostComponent[] COMPONENTS = CostComponent.values();
  private final TechnologyParameters technology;
  private final CostOptions options;

  private CostModel(TechnologyParameters technology, CostOptions options) {
    this.technology = technology;
    this.options = options;
  }

  /**
   * Returns a model over the given technology with {@link CostOptions#xbarlab()}; it is scaled to
   * each design's node on evaluation.
   *
   * @param technology technology parameters, not null
   */
  public static CostModel create(TechnologyParameters technology) {
    return create(technology, CostOptions.xbarlab());
  }

  /**
   * Returns a model over the given technology and modelling options.
   *
   * @param technology technology parameters, not null
   * @param options modelling choices, not null
   */
  public static CostModel create(TechnologyParameters technology, CostOptions options) {
    if (technology == null) {
      throw new ConfigException("technology", null, "TechnologyParameters, e.g. nm32()");
    }
    if (options == null) {
      throw new ConfigException("options", null, "CostOptions, e.g. CostOptions.xbarlab()");
    }
    return new CostModel(technology, options);
  }

  /** Returns XbarLab's default: {@link TechnologyParameters#nm32()} with {@link CostOptions#xbarlab()}. */
  public static CostModel nm32() {
    return new CostModel(TechnologyParameters.nm32(), CostOptions.xbarlab());
  }

  /**
   * Returns the NeuroSim-like configuration: {@link TechnologyParameters#nm32()} with {@link
   * CostOptions#neuroSimLike()} (multi-level sense amplifier, conduction counted in the sense window,
   * sensing-limited clock).
   */
  public static CostModel neuroSimLike() {
    return new CostModel(TechnologyParameters.nm32(), CostOptions.neuroSimLike());
  }

  /**
   * Returns the NeuroSim-like configuration at 22 nm: {@link TechnologyParameters#nm22()} (the
   * values NeuroSim tabulates at 22 nm LP) with {@link CostOptions#neuroSimLike()}. Use it for 22 nm
   * designs; other nodes are scaled from 22 nm.
   */
  public static CostModel neuroSimLikeNm22() {
    return new CostModel(TechnologyParameters.nm22(), CostOptions.neuroSimLike());
  }

  /**
   * Returns the cost of one inference with the 32 nm defaults; shorthand for {@code
   * nm32().evaluate(network, design)}.
   *
   * @param network the workload
   * @param design the design point
   */
  public static CostReport estimate(NetworkWorkload network, CostDesign design) {
    return nm32().evaluate(network, design);
  }

  /** Returns the (unscaled) technology parameters of this model. */
  public TechnologyParameters technology() {
    return technology;
  }

  /** Returns the modelling options of this model. */
  public CostOptions options() {
    return options;
  }

  /**
   * Returns a copy of this model with other technology parameters.
   *
   * @param value technology parameters, not null
   */
  public CostModel withTechnology(TechnologyParameters value) {
    return create(value, options);
  }

  /**
   * Returns a copy of this model with other options.
   *
   * @param value modelling choices, not null
   */
  public CostModel withOptions(CostOptions value) {
    return create(technology, value);
  }

  /**
   * Returns the cost of a mapped network at its own design point: the same mapping the accuracy
   * simulation uses, so what is simulated is what is costed. A {@code Remapping} of the mapping
   * (X-CHANGR's SRS or DRS) costs nothing here: a fixed permutation is wiring to the word lines and
   * the output addresses of the digital accumulator, decided before programming, with no multiplexer
   * on the analogue path; tile counts and periphery are those of the unpermuted layer.
   *
   * @param mapping a mapped network ({@code CrossbarMapping.map(...)}), not null
   */
  public CostReport evaluate(org.xbarlab.crossbar.CrossbarMapping mapping) {
    return evaluate(NetworkWorkload.from(mapping), CostDesign.from(mapping.config()));
  }

  /**
   * Returns area, latency and energy of one inference of {@code network} on {@code design}.
   *
   * @param network the workload, not null
   * @param design the design point, not null
   */
  public CostReport evaluate(NetworkWorkload network, CostDesign design) {
    if (network == null) {
      throw new ConfigException("network", null, "a NetworkWorkload");
    }
    if (design == null) {
      throw new ConfigException("design", null, "a CostDesign, e.g. CostDesign.defaults()");
    }
    TechnologyParameters t = technology.scaledTo(design.technologyNodeNm());
    List<LayerWorkload> layers = network.layers();
    requireKnownLayers(design, layers);
    int n = layers.size();
    int m = COMPONENTS.length;
    double[][] area = new double[n][m];
    double[][] dynamic = new double[n][m];
    double[][] leakage = new double[n][m];
    double[][] latency = new double[n][m];
    CrossbarTiling[] tilings = new CrossbarTiling[n];
    double leakDensity = t.leakagePowerDensityWattsPerSquareMicrometre(design.temperatureKelvin());
    double leakPowerWatts = 0;
    double[][] leakWatts = new double[n][m];
    double totalLatencyNs = 0;
    for (int i = 0; i < n; i++) {
      CostDesign layerDesign = design.forLayer(layers.get(i).name());
      tilings[i] = CrossbarTiling.of(layers.get(i), layerDesign);
      LayerContext context = new LayerContext(layers.get(i), tilings[i], layerDesign, t, options);
      costComponents(context, area[i], dynamic[i], latency[i]);
      for (int k = 0; k < m; k++) {
        if (leaks(COMPONENTS[k])) {
          leakWatts[i][k] = leakDensity * area[i][k] * t.energyScaleFactor();
          leakPowerWatts += leakWatts[i][k];
        }
        area[i][k] *= t.areaScaleFactor();
        dynamic[i][k] *= t.energyScaleFactor();
        latency[i][k] *= t.latencyScaleFactor();
        totalLatencyNs += latency[i][k];
      }
    }
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < m; k++) {
        // W * ns = 1e-9 J = 1e3 pJ
        leakage[i][k] = leakWatts[i][k] * totalLatencyNs * 1e3;
      }
    }
    return new CostReport(network, design, t, tilings, area, dynamic, leakage, latency,
        leakPowerWatts);
  }

  /** A per-layer crossbar size for a layer the network lacks is a typo, not a no-op. */
  private static void requireKnownLayers(CostDesign design, List<LayerWorkload> layers) {
    if (design.layerArrays().isEmpty()) {
      return;
    }
    Set<String> names = new LinkedHashSet<>();
    layers.forEach(l -> names.add(l.name()));
    for (String layer : design.layerArrays().keySet()) {
      if (!names.contains(layer)) {
        throw new ConfigException("layerArrays", layer, "a layer of the network: " + names);
      }
    }
  }

  /**
   * The one place each component maps to its cost class, in {@link CostComponent} order; the
   * interconnect, which reads the area of the block it connects, last. Written out call by call, not
   * as a table of method references: every call site stays monomorphic and inlines, so no estimate
   * is allocated (the table form made evaluate 10 % slower).
   */
  private static void costComponents(LayerContext c, double[] area, double[] energy,
      double[] latency) {
    double block = 0;
    block += record(CellArrayCost.estimate(c), CostComponent.CELL_ARRAY, area, energy, latency);
    block += record(AdcCost.estimate(c), CostComponent.ADC, area, energy, latency);
    block += record(DriverCost.estimate(c), CostComponent.DAC_DRIVER, area, energy, latency);
    block += record(SwitchMatrixCost.estimate(c), CostComponent.SWITCH_MATRIX, area, energy,
        latency);
    block += record(LevelShifterCost.estimate(c), CostComponent.LEVEL_SHIFTER, area, energy,
        latency);
    block += record(ShiftAddCost.estimate(c), CostComponent.SENSE_SHIFT_ADD, area, energy,
        latency);
    block += record(AccumulatorBufferCost.estimate(c), CostComponent.ACCUMULATOR_BUFFER, area,
        energy, latency);
    block += record(ActivationPoolingCost.estimate(c), CostComponent.ACTIVATION_POOLING, area,
        energy, latency);
    record(InterconnectCost.estimate(c, block), CostComponent.INTERCONNECT, area, energy, latency);
  }

  /** Stores one estimate at its component's index; returns its area. */
  private static double record(ComponentEstimate c, CostComponent component, double[] area,
      double[] energy, double[] latency) {
    int k = component.ordinal();
    area[k] = c.areaSquareMicrometres();
    energy[k] = c.energyPicojoules();
    latency[k] = c.latencyNs();
    return c.areaSquareMicrometres();
  }

  /** Returns whether a component's area is leaking CMOS periphery. */
  static boolean leaks(CostComponent c) {
    return c != CostComponent.CELL_ARRAY && c != CostComponent.INTERCONNECT
        && c != CostComponent.LEVEL_SHIFTER;
  }
}
