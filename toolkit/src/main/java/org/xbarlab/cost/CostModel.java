package org.xbarlab.cost;

import java.util.List;
import org.xbarlab.ConfigException;

/**
 * Analytical area / latency / energy model of a DNN mapped layer by layer onto ReRAM crossbars,
 * NeuroSim-like in structure (DNN+NeuroSim, Peng et al., IEDM 2019; NeuroSim, Chen, Peng and Yu,
 * IEEE TCAD 2018) with ISAAC-class peripheral numbers (Shafiee et al., ISCA 2016). Our own
 * closed-form model: no NeuroSim code is used.
 *
 * <p><b>Mapping.</b> See {@link CostDesign} and {@link CrossbarTiling}: a layer {@code [R x C]}
 * uses {@code ceil(R/X_r) x ceil(C * slices * factor / X_c)} crossbars, {@code slices =
 * ceil(weightBits/cellBits)}, {@code factor} = 2 (differential pair) or 1 (offset + reference).
 * All crossbars of a layer work in parallel; layers run one after another (NeuroSim's
 * layer-by-layer mode, no pipelining, no weight duplication).
 *
 * <p><b>Latency</b> of a layer with {@code M} MVMs and {@code B = ceil(inputBits/dacBits)} input
 * cycles, clock period {@code T}: {@code M*B*(T + t_read + columnsPerAdc*ceil(adcBits*cyclesPerBit)*T)}
 * (drive, array read, multiplexed SAR conversions; shift-add overlaps the next conversion) plus
 * accumulation {@code (M + ceil(log2 rowTiles) + 1)*T} plus interconnect {@code ceil(bits/width)*T}
 * plus a wire/arbitration term. Layer latencies add up.
 *
 * <p><b>Energy</b> is the sum of per-operation energies times operation counts, plus leakage:
 * cell conduction {@code V_read^2 * G_mean * t_read} per active cell and bitline {@code CV^2};
 * wordline {@code CV^2} and DAC per driven row; ADC ({@code bits*E_cycle + 2^bits*E_level}),
 * sample-hold and shift-add per conversion; adders per partial-sum bit; buffer energy per bit;
 * wire energy per bit per mm over the layer's floor-plan side. Leakage power of the CMOS periphery
 * is {@code Vdd * I_off(T) * widthPerArea * area} with {@code I_off(T) = I_off(300 K) *
 * exp((T-300 K)/T0)} (exponential fit to NeuroSim's PTM 32 nm LP tables), and every component
 * leaks for the whole inference (layer-by-layer without power gating, as NeuroSim), so leakage
 * grows as (number of layers)^2 for a deep stack of identical layers.
 *
 * <p><b>Area</b> is summed per component: cells {@code cellAreaF2 * F^2}, ADCs, DACs, sample-hold
 * and shift-add, registers plus an output buffer of the layer's activations, and wiring {@code
 * width * pitch * side * sqrt(crossbars)}.
 *
 * <p><b>Calibration factors.</b> {@link TechnologyParameters#areaScaleFactor()}, {@code
 * energyScaleFactor()} and {@code latencyScaleFactor()} (all 1 by default) multiply every
 * component's area, energy (dynamic and leakage power) and latency at the end, like NeuroSim's
 * validated-mode factors; leakage power uses the unscaled area.
 *
 * <p>Where we differ from DNN+NeuroSim: no wire-RC array solve (fixed read pulse), no decoders or
 * switch matrices, no pooling/activation units, SAR ADC only (no multi-level sense amplifier), a
 * layer-local interconnect, cell conduction energy counted (NeuroSim counts bitline/wordline
 * {@code CV^2} only), no post-layout calibration factors. See {@link Calibration}.
 *
 * <pre>{@code
 * CostReport r = CostModel.nm32().evaluate(NetworkWorkload.resnet20Cifar10(), CostDesign.defaults());
 * Table perComponent = r.breakdown();
 * }</pre>
 */
public final class CostModel {
  private static final int COMPONENTS = CostComponent.values().length;
  private final TechnologyParameters technology;

  private CostModel(TechnologyParameters technology) {
    this.technology = technology;
  }

  /**
   * Returns a model over the given technology; it is scaled to each design's node on evaluation.
   *
   * @param technology technology parameters, not null
   */
  public static CostModel create(TechnologyParameters technology) {
    if (technology == null) {
      throw new ConfigException("technology", null, "TechnologyParameters, e.g. nm32()");
    }
    return new CostModel(technology);
  }

  /** Returns a model over {@link TechnologyParameters#nm32()}. */
  public static CostModel nm32() {
    return new CostModel(TechnologyParameters.nm32());
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

  /**
   * Returns the cost of a mapped network at its own design point: the same mapping the accuracy
   * simulation uses, so what is simulated is what is costed.
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
    int n = layers.size();
    double[][] area = new double[n][COMPONENTS];
    double[][] dynamic = new double[n][COMPONENTS];
    double[][] leakage = new double[n][COMPONENTS];
    double[][] latency = new double[n][COMPONENTS];
    CrossbarTiling[] tilings = new CrossbarTiling[n];
    double leakDensity = t.leakagePowerDensityWattsPerSquareMicrometre(design.temperatureKelvin());
    double leakPowerWatts = 0;
    double[] layerLeakWatts = new double[n * COMPONENTS];
    for (int i = 0; i < n; i++) {
      tilings[i] = CrossbarTiling.of(layers.get(i), design);
      layerCost(layers.get(i), tilings[i], design, t, area[i], dynamic[i], latency[i]);
      for (CostComponent c : CostComponent.values()) {
        int k = c.ordinal();
        if (leaks(c)) {
          double watts = leakDensity * area[i][k] * t.energyScaleFactor();
          layerLeakWatts[i * COMPONENTS + k] = watts;
          leakPowerWatts += watts;
        }
        area[i][k] *= t.areaScaleFactor();
        dynamic[i][k] *= t.energyScaleFactor();
        latency[i][k] *= t.latencyScaleFactor();
      }
    }
    double totalLatencyNs = 0;
    for (double[] row : latency) {
      for (double v : row) {
        totalLatencyNs += v;
      }
    }
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < COMPONENTS; c++) {
        // W * ns = 1e-9 J = 1e3 pJ
        leakage[i][c] = layerLeakWatts[i * COMPONENTS + c] * totalLatencyNs * 1e3;
      }
    }
    return new CostReport(network, design, t, tilings, area, dynamic, leakage, latency,
        leakPowerWatts);
  }

  private static boolean leaks(CostComponent c) {
    return c != CostComponent.CELL_ARRAY && c != CostComponent.INTERCONNECT;
  }

  private static double log2Ceil(long x) {
    return x <= 1 ? 0 : 64 - Long.numberOfLeadingZeros(x - 1);
  }

  /** Fills area (um^2), dynamic energy (pJ) and latency (ns) of one layer per component. */
  private static void layerCost(LayerWorkload layer, CrossbarTiling tiling, CostDesign d,
      TechnologyParameters t, double[] area, double[] energy, double[] latency) {
    final int cell = CostComponent.CELL_ARRAY.ordinal();
    final int adc = CostComponent.ADC.ordinal();
    final int dac = CostComponent.DAC_DRIVER.ordinal();
    final int ssa = CostComponent.SENSE_SHIFT_ADD.ordinal();
    final int acc = CostComponent.ACCUMULATOR_BUFFER.ordinal();
    final int ic = CostComponent.INTERCONNECT.ordinal();

    double f = t.featureSizeMicrometres();
    double cellPitch = Math.sqrt(t.cellAreaF2()) * f;
    int xr = d.crossbarRows();
    int xc = d.crossbarCols();
    double crossbars = tiling.crossbars();
    double rowTiles = tiling.rowTiles();
    double rows = layer.rows();
    double cols = layer.cols();
    double mvms = layer.mvmsPerInference();
    double cycles = d.inputCycles();
    double reads = mvms * cycles;
    double period = d.clockPeriodNs();
    int slicesTimesFactor = d.slicesPerWeight() * d.weightMapping().columnFactor();
    double accumulatorBits = d.inputBits() + d.weightBits() + log2Ceil(layer.rows());
    double adcs = d.adcsPerCrossbar();
    double dacLevels = Math.pow(2, d.dacBits()) - 1;

    // ---- area, um^2
    area[cell] = crossbars * xr * xc * t.cellAreaF2() * f * f;
    area[adc] = crossbars * adcs * t.adcAreaSquareMicrometres(d.adcBits());
    area[dac] = crossbars * xr * dacLevels * t.dacAreaPerLevelSquareMicrometres();
    area[ssa] = crossbars
        * (adcs * t.shiftAddAreaSquareMicrometres() + xc * t.sampleHoldAreaSquareMicrometres());
    double registerBits = crossbars
        * (xr * (double) d.inputBits() + Math.ceil((double) xc / slicesTimesFactor) * accumulatorBits);
    double bufferBits = mvms * cols * d.inputBits();
    area[acc] = registerBits * t.registerBitAreaSquareMicrometres()
        + bufferBits * t.bufferBitAreaF2() * f * f;
    double blockArea = area[cell] + area[adc] + area[dac] + area[ssa] + area[acc];
    double sideMicrometres = Math.sqrt(blockArea);
    area[ic] = d.interconnectWidthBits() * t.wirePitchMicrometres() * sideMicrometres
        * Math.sqrt(crossbars);

    // ---- operation counts
    double activeCells = reads * rows * tiling.physicalColumns() * t.inputBitActivity();
    double rowDrives = reads * rows * tiling.colTiles() * t.inputBitActivity();
    double conversions = reads * rowTiles * tiling.physicalColumns();
    double adds = mvms * cols * (rowTiles * (slicesTimesFactor - 1) + (rowTiles - 1));
    double inputBitsMoved = mvms * rows * d.inputBits();
    double partialSumBitsMoved = mvms * rowTiles * cols * accumulatorBits;
    double outputBitsWritten = mvms * cols * d.inputBits();
    double bitsMoved = inputBitsMoved + partialSumBitsMoved;

    // ---- energy, pJ
    double gMeanSiemens = t.meanConductanceFraction() / t.cellOnResistanceOhms();
    double vRead = t.readVoltageVolts();
    double vdd = t.supplyVoltageVolts();
    double cellJoules = vRead * vRead * gMeanSiemens * t.readPulseWidthNs() * 1e-9;
    double bitlineFemtofarads = xr * cellPitch * t.wireCapacitanceFemtofaradsPerMicrometre();
    double bitlineJoulesPerRead = xc * bitlineFemtofarads * 1e-15 * vRead * vRead;
    energy[cell] = activeCells * cellJoules * 1e12 + reads * crossbars * bitlineJoulesPerRead * 1e12;
    double wordlineFemtofarads = xc
        * (cellPitch * t.wireCapacitanceFemtofaradsPerMicrometre()
            + t.accessGateCapacitanceFemtofarads());
    double driveFemtojoules = wordlineFemtofarads * vdd * vdd + dacLevels * t.dacEnergyPerLevelFemtojoules();
    energy[dac] = rowDrives * driveFemtojoules * 1e-3;
    energy[adc] = conversions * t.adcEnergyPicojoules(d.adcBits());
    energy[ssa] = conversions
        * (t.shiftAddEnergyPicojoules() + t.sampleHoldEnergyFemtojoules() * 1e-3);
    energy[acc] = adds * accumulatorBits * t.adderEnergyPerBitFemtojoules() * 1e-3
        + (inputBitsMoved + outputBitsWritten) * t.bufferEnergyPerBitPicojoules();
    double sideMm = Math.sqrt(blockArea + area[ic]) * 1e-3;
    double pathMm = d.interconnect() == Interconnect.HTREE ? sideMm : 0.5 * sideMm;
    energy[ic] = bitsMoved * pathMm * t.interconnectEnergyPerBitPerMmPicojoules();

    // ---- latency, ns (critical path attributed per component; they add up to the layer latency)
    latency[dac] = reads * period;
    latency[cell] = reads * t.readPulseWidthNs();
    latency[adc] = reads * d.columnsPerAdc() * Math.ceil(d.adcBits() * t.adcCyclesPerBit()) * period;
    latency[ssa] = period;
    latency[acc] = (mvms + log2Ceil(tiling.rowTiles()) + 1) * period;
    double transferCycles = Math.ceil(bitsMoved / d.interconnectWidthBits());
    double setupCycles = d.interconnect() == Interconnect.HTREE
        ? log2Ceil(tiling.crossbars())
        : Math.ceil(Math.sqrt(crossbars));
    latency[ic] = (transferCycles + setupCycles) * period + pathMm * t.interconnectDelayNsPerMm();
  }
}
