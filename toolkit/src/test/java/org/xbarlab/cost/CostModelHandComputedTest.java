package org.xbarlab.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.xbarlab.crossbar.MappingScheme;

/**
 * One dense layer costed by hand with the 32 nm defaults; every expected number below is
 * arithmetic on literal constants (copied from {@link TechnologyParameters#nm32()}'s table and
 * {@link CircuitParameters#neuroSimV13()}), not a call into the model.
 *
 * <p>Layer: dense 100 -> 10, one MVM. Design: 64x64 crossbars, 2-bit cells, 4-bit weights
 * (differential: 3 magnitude bits -> 2 slices), x2 polarities -> 4 columns per output, 16 outputs per
 * crossbar, 10*4 = 40 physical columns -> 1 column tile; ceil(100/64) = 2 row tiles -> 2 crossbars.
 * 2-bit inputs, 1 bit per cycle -> 2 reads. 4-bit ADC shared by 8 columns -> 8 ADCs per crossbar. 1
 * GHz, 300 K, 32 nm, H-tree 64 wires. Input-bit activity 0.5.
 */
class CostModelHandComputedTest {
  private static final double REL = 1e-9;
  private static final LayerWorkload LAYER = LayerWorkload.dense("fc", 100, 10);
  private static final CostDesign DESIGN = CostDesign.of(64, 64, 2, 4, 2, 1, 4, 8, 1e9, 300.0,
      32, MappingScheme.DIFFERENTIAL_PAIR, Interconnect.HTREE, 64);

  // ---- shared hand arithmetic (32 nm)
  private static final double F2 = 0.032 * 0.032; // um^2
  private static final double CELL_PITCH = Math.sqrt(48) * 0.032; // 0.2217 um
  private static final double STD_CELL = 212.8 * F2; // 0.2179 um^2
  private static final double CELL_AREA = 2 * 64 * 64 * 48 * F2; // 402.653 um^2
  private static final double DAC_AREA = 2 * 64 * 1 * 0.166; // (2^1-1) level per row
  // per crossbar: 64 rows x (register 2.62 + 4 pass gates) + 64 columns x (register + 2 pass
  // gates) + column mux 64 pass gates + mux decoder 8 outputs x 3 cells
  private static final double SWITCH_AREA =
      2 * (64 * (2.62 + 4 * STD_CELL) + 64 * (2.62 + 2 * STD_CELL) + (64 + 8 * 3) * STD_CELL);
  // 2 per row + 1 per column, 20684 F^2 each
  private static final double SHIFTER_AREA = 2 * (2 * 64 + 64) * 20684 * F2;
  // accumulator width = inputBits 2 + weightBits 4 + ceil(log2 100) 7 = 13 bits
  // registers per crossbar = 64 rows * 2 bits + 16 outputs * 13 bits = 336 bits of 2.62 um^2;
  // adders per crossbar = 16 outputs * 13 bits of 13.5 cells; output buffer = 10 * 2 bits of 420 F^2
  private static final double ACC_AREA =
      2 * 336 * 2.62 + 2 * 16 * 13 * 13.5 * STD_CELL + 20 * 420 * F2;
  // ReLU: 10 channels x 2 bits x 2.5 cells; no pooling
  private static final double ACT_AREA = 10 * 2 * 2.5 * STD_CELL;
  // leakage density at 300 K = 0.9 V * 0.1001 nA/um * 0.23 um/um^2 (cells, shifters, wires excluded)
  private static final double LEAK_DENSITY = 0.9 * 0.1001e-9 * 0.23;
  // bits moved = inputs 100*2 + partial sums 2 row tiles * 10 * 13 = 460
  private static final double BITS_MOVED = 460;
  // mean cell conductance: G_off + 0.5 (G_on - G_off), G_on = 1/240 kOhm, G_off = G_on / 100
  private static final double G_MEAN = (0.01 + 0.5 * 0.99) / 240e3;

  private static double icArea(double block) {
    return 64 * 0.112 * Math.sqrt(block) * Math.sqrt(2);
  }

  private static double pathMm(double block) {
    return Math.sqrt(block + icArea(block)) * 1e-3; // H-tree: the side
  }

  private static CostReport evaluate(CostOptions options) {
    return CostModel.create(TechnologyParameters.nm32(), options)
        .evaluate(NetworkWorkload.of("one", List.of(LAYER)), DESIGN);
  }

  private static void assertClose(double expected, double actual) {
    assertEquals(expected, actual, Math.abs(expected) * REL + 1e-15);
  }

  /** XbarLab's default: SAR ADC behind a sample-and-hold, conduction over the read pulse, 1 GHz. */
  @Nested
  class XbarLabDefault {
    private final CostReport report = evaluate(CostOptions.xbarlab());
    private static final double ADC_AREA = 2 * 8 * (4 * 60 + 16 * 2.8); // 2 xbars * 8 ADCs * 284.8
    private static final double SSA_AREA = 2 * (8 * 60 + 64 * 0.04); // ISAAC shift-add + S+H
    private static final double BLOCK = CELL_AREA + ADC_AREA + DAC_AREA + SWITCH_AREA
        + SHIFTER_AREA + SSA_AREA + ACC_AREA + ACT_AREA;

    @Test
    void tilingFollowsTheMappingScheme() {
      CrossbarTiling t = report.tiling(0);
      assertEquals(2, t.rowTiles());
      assertEquals(1, t.colTiles());
      assertEquals(40, t.physicalColumns());
      assertEquals(2, report.crossbars());
    }

    @Test
    void areaMatchesHandArithmetic() {
      assertClose(CELL_AREA, report.areaSquareMicrometres(0, CostComponent.CELL_ARRAY));
      assertClose(ADC_AREA, report.areaSquareMicrometres(0, CostComponent.ADC));
      assertClose(DAC_AREA, report.areaSquareMicrometres(0, CostComponent.DAC_DRIVER));
      assertClose(SWITCH_AREA, report.areaSquareMicrometres(0, CostComponent.SWITCH_MATRIX));
      assertClose(SHIFTER_AREA, report.areaSquareMicrometres(0, CostComponent.LEVEL_SHIFTER));
      assertClose(SSA_AREA, report.areaSquareMicrometres(0, CostComponent.SENSE_SHIFT_ADD));
      assertClose(ACC_AREA, report.areaSquareMicrometres(0, CostComponent.ACCUMULATOR_BUFFER));
      assertClose(ACT_AREA, report.areaSquareMicrometres(0, CostComponent.ACTIVATION_POOLING));
      assertClose(icArea(BLOCK), report.areaSquareMicrometres(0, CostComponent.INTERCONNECT));
      assertClose((BLOCK + icArea(BLOCK)) * 1e-6, report.areaSquareMillimetres());
    }

    @Test
    void latencyMatchesHandArithmetic() {
      // 2 reads; T = 1 ns
      assertClose(2 * 1.0, report.latencyNanoseconds(0, CostComponent.DAC_DRIVER)); // drive 1 T
      assertClose(2 * 10.0, report.latencyNanoseconds(0, CostComponent.CELL_ARRAY)); // 10 ns pulse
      assertClose(2 * 8 * 4 * 1.0, report.latencyNanoseconds(0, CostComponent.ADC)); // 8 cols x 4 bits
      assertClose(1.0, report.latencyNanoseconds(0, CostComponent.SENSE_SHIFT_ADD)); // drain
      assertClose(3 * 1.0, report.latencyNanoseconds(0, CostComponent.ACCUMULATOR_BUFFER));
      assertClose(0, report.latencyNanoseconds(0, CostComponent.SWITCH_MATRIX));
      assertClose(0, report.latencyNanoseconds(0, CostComponent.LEVEL_SHIFTER));
      // ceil(460/64) = 8 cycles + log2(2 crossbars) = 1 set-up cycle + wire delay 0.1 ns/mm * side
      double ic = 9 * 1.0 + pathMm(BLOCK) * 0.1;
      assertClose(ic, report.latencyNanoseconds(0, CostComponent.INTERCONNECT));
      assertClose(2 + 20 + 64 + 1 + 3 + ic, report.latencyNanoseconds());
    }

    @Test
    void dynamicEnergyMatchesHandArithmetic() {
      // cells: 2 reads * 100 rows * 40 columns * activity 0.5 = 4000 conducting cells,
      // each (0.5 V)^2 * G_MEAN * 10 ns
      double cellConduction = 4000 * 0.25 * G_MEAN * 10e-9 * 1e12;
      // bitlines: 64 columns * (64 rows * pitch * 0.2 fF/um) * (0.5 V)^2 per read, 2 reads * 2 xbars
      double bitlines = 2 * 2 * 64 * (64 * CELL_PITCH * 0.2) * 1e-15 * 0.25 * 1e12;
      assertClose(cellConduction + bitlines,
          report.dynamicEnergyPicojoules(0, CostComponent.CELL_ARRAY));
      // wordlines: 2 reads * 100 rows * 1 column tile * 0.5 = 100 drives of one pulse:
      // 64 * (pitch * 0.2 fF + 0.049 fF) * (0.9 V)^2 + 1 DAC level * 0.4 fJ
      double drive = 100 * (64 * (CELL_PITCH * 0.2 + 0.049) * 0.81 + 0.4) * 1e-3;
      assertClose(drive, report.dynamicEnergyPicojoules(0, CostComponent.DAC_DRIVER));
      // switch matrix: 100 row selections * 1.0 fJ + 2 reads * 2 xbars * 64 row registers * 0.7 fJ
      assertClose((100 * 1.0 + 2 * 2 * 64 * 0.7) * 1e-3,
          report.dynamicEnergyPicojoules(0, CostComponent.SWITCH_MATRIX));
      assertClose(0, report.dynamicEnergyPicojoules(0, CostComponent.LEVEL_SHIFTER));
      // conversions: 2 reads * 2 row tiles * 40 columns = 160, each 4*65 fJ + 16*4 fJ = 0.324 pJ
      assertClose(160 * 0.324, report.dynamicEnergyPicojoules(0, CostComponent.ADC));
      assertClose(160 * (0.042 + 0.001), report.dynamicEnergyPicojoules(0, CostComponent.SENSE_SHIFT_ADD));
      // adds: 10 outputs * (2 row tiles * (4 columns per weight - 1) + (2 - 1)) = 70 adds of 13 bits
      // at 0.78 fJ/bit; buffer: (200 input + 20 output bits) * 0.067 pJ
      assertClose(70 * 13 * 0.78 * 1e-3 + 220 * 0.067,
          report.dynamicEnergyPicojoules(0, CostComponent.ACCUMULATOR_BUFFER));
      // ReLU: 10 outputs * 2 bits * 0.3 fJ
      assertClose(10 * 2 * 0.3 * 1e-3, report.dynamicEnergyPicojoules(0, CostComponent.ACTIVATION_POOLING));
      assertClose(BITS_MOVED * pathMm(BLOCK) * 0.081,
          report.dynamicEnergyPicojoules(0, CostComponent.INTERCONNECT));
    }

    @Test
    void leakageIsPeripheryAreaTimesDensityTimesLatency() {
      double watts = LEAK_DENSITY * (ADC_AREA + DAC_AREA + SWITCH_AREA + SSA_AREA + ACC_AREA + ACT_AREA);
      double latencyNs = 2 + 20 + 64 + 1 + 3 + 9 + pathMm(BLOCK) * 0.1;
      assertClose(watts * 1e3, report.leakagePowerMilliwatts());
      assertClose(watts * latencyNs * 1e3, report.leakageEnergyPicojoules()); // W*ns = 1e3 pJ
      assertClose(report.dynamicEnergyPicojoules() + report.leakageEnergyPicojoules(),
          report.energyPicojoules());
      assertClose(report.energyPicojoules() * report.latencyNanoseconds()
          * report.areaSquareMillimetres(), report.edap());
    }
  }

  /**
   * NeuroSim-like: multi-level sense amplifier, conduction during the 1 ns sensing window at 0.25
   * V, clock max(1 ns, 1.4 * (0.2 + 1.0) ns) = 1.68 ns, rows re-selected for each of the 8 column
   * groups, gate-level shift-add.
   */
  @Nested
  class NeuroSimLike {
    private final CostReport report = evaluate(CostOptions.neuroSimLike());
    private static final double T = 1.68;
    // 15 levels x 106 cells per ADC, 8 ADCs per crossbar, 2 crossbars
    private static final double ADC_AREA = 2 * 8 * 15 * 106 * STD_CELL;
    // gate-level shift-add per ADC: adders 4 + (4 + 4 slices) bits of 13.5 cells, registers
    // (4 + 4) + (4 + 4 + 2 input bits) bits of 2.62 um^2; no sample-and-hold
    private static final double SSA_AREA = 2 * 8 * ((4 + 8) * 13.5 * STD_CELL + (8 + 10) * 2.62);
    private static final double BLOCK = CELL_AREA + ADC_AREA + DAC_AREA + SWITCH_AREA
        + SHIFTER_AREA + SSA_AREA + ACC_AREA + ACT_AREA;

    @Test
    void areaMatchesHandArithmetic() {
      assertClose(ADC_AREA, report.areaSquareMicrometres(0, CostComponent.ADC));
      assertClose(SSA_AREA, report.areaSquareMicrometres(0, CostComponent.SENSE_SHIFT_ADD));
      assertClose((BLOCK + icArea(BLOCK)) * 1e-6, report.areaSquareMillimetres());
    }

    @Test
    void latencyUsesTheSensingLimitedClockAndOneCyclePerConversion() {
      assertClose(2 * T, report.latencyNanoseconds(0, CostComponent.DAC_DRIVER));
      assertClose(0, report.latencyNanoseconds(0, CostComponent.CELL_ARRAY)); // no separate pulse
      assertClose(2 * 8 * 1 * T, report.latencyNanoseconds(0, CostComponent.ADC));
      assertClose(T, report.latencyNanoseconds(0, CostComponent.SENSE_SHIFT_ADD));
      assertClose(3 * T, report.latencyNanoseconds(0, CostComponent.ACCUMULATOR_BUFFER));
      double ic = 9 * T + pathMm(BLOCK) * 0.1;
      assertClose(ic, report.latencyNanoseconds(0, CostComponent.INTERCONNECT));
      assertClose((2 + 16 + 1 + 3) * T + ic, report.latencyNanoseconds());
    }

    @Test
    void energyCountsConductionInTheSenseWindowAndEightWordlinePulses() {
      double bitlines = 2 * 2 * 64 * (64 * CELL_PITCH * 0.2) * 1e-15 * 0.25 * 1e12;
      assertClose(bitlines, report.dynamicEnergyPicojoules(0, CostComponent.CELL_ARRAY));
      // 160 conversions * 15 levels * 3.0875 uW * 1 ns, plus 4000 active cells conducting
      // (0.25 V)^2 * G_MEAN for 1 ns
      double sensed = 4000 * 0.0625 * G_MEAN * 1e-9 * 1e12;
      assertClose(160 * 15 * 3.0875e-3 + sensed, report.dynamicEnergyPicojoules(0, CostComponent.ADC));
      double drive = 100 * (64 * (CELL_PITCH * 0.2 + 0.049) * 0.81 * 8 + 0.4) * 1e-3;
      assertClose(drive, report.dynamicEnergyPicojoules(0, CostComponent.DAC_DRIVER));
      assertClose((100 * 8 * 1.0 + 2 * 2 * 64 * 8 * 0.7) * 1e-3,
          report.dynamicEnergyPicojoules(0, CostComponent.SWITCH_MATRIX));
      // per conversion: 4 * 0.78 + 8 * 0.7 + (8 * 0.78 + 10 * 0.7) / 4 slices fJ
      double perConversion = (4 * 0.78 + 8 * 0.7 + (8 * 0.78 + 10 * 0.7) / 4) * 1e-3;
      assertClose(160 * perConversion, report.dynamicEnergyPicojoules(0, CostComponent.SENSE_SHIFT_ADD));
    }
  }
}
