package org.xbarlab.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * One dense layer costed by hand with the 32 nm defaults; every expected number below is
 * arithmetic on literal constants (copied from {@link TechnologyParameters#nm32()}'s table), not a
 * call into the model.
 *
 * <p>Layer: dense 100 -> 10, one MVM. Design: 64x64 crossbars, 2-bit cells, 4-bit weights
 * (2 slices), differential pair (x2) -> 10*2*2 = 40 physical columns -> 1 column tile; ceil(100/64)
 * = 2 row tiles -> 2 crossbars. 2-bit inputs, 1 bit per cycle -> 2 cycles. 4-bit ADC shared by 8
 * columns -> 8 ADCs per crossbar. 1 GHz (T = 1 ns), 300 K, 32 nm, H-tree 64 wires.
 */
class CostModelHandComputedTest {
  private static final double REL = 1e-9;

  private final LayerWorkload layer = LayerWorkload.dense("fc", 100, 10);
  private final CostDesign design = new CostDesign(64, 64, 2, 4, 2, 1, 4, 8, 1e9, 300.0, 32,
      WeightMapping.DIFFERENTIAL_PAIR, Interconnect.HTREE, 64);
  private final CostReport report =
      CostModel.nm32().evaluate(NetworkWorkload.of("one", java.util.List.of(layer)), design);

  // ---- shared hand arithmetic
  private static final double F = 0.032; // um
  private static final double CELL_PITCH = Math.sqrt(48) * F; // 0.2217 um
  private static final double CELL_AREA = 2 * 64 * 64 * 48 * F * F; // 402.653 um^2
  private static final double ADC_AREA = 2 * 8 * (4 * 60 + 16 * 2.8); // 2 xbars * 8 ADCs * 284.8 = 4556.8
  private static final double DAC_AREA = 2 * 64 * 1 * 0.166; // (2^1-1) level per row: 21.248
  private static final double SSA_AREA = 2 * (8 * 60 + 64 * 0.04); // 965.12
  // accumulator width = inputBits 2 + weightBits 4 + ceil(log2 100) 7 = 13 bits
  // registers per crossbar = 64 rows * 2 bits + ceil(64 / (2 slices * 2)) = 16 outputs * 13 bits = 336
  // output buffer = 1 MVM * 10 outputs * 2 bits = 20 bits of 420 F^2
  private static final double ACC_AREA = 2 * 336 * 3.0 + 20 * 420 * F * F; // 2016 + 8.6016
  private static final double BLOCK = CELL_AREA + ADC_AREA + DAC_AREA + SSA_AREA + ACC_AREA;
  private static final double IC_AREA = 64 * 0.112 * Math.sqrt(BLOCK) * Math.sqrt(2);
  private static final double PATH_MM = Math.sqrt(BLOCK + IC_AREA) * 1e-3; // H-tree: side

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
    assertClose(SSA_AREA, report.areaSquareMicrometres(0, CostComponent.SENSE_SHIFT_ADD));
    assertClose(ACC_AREA, report.areaSquareMicrometres(0, CostComponent.ACCUMULATOR_BUFFER));
    assertClose(IC_AREA, report.areaSquareMicrometres(0, CostComponent.INTERCONNECT));
    assertClose((BLOCK + IC_AREA) * 1e-6, report.areaSquareMillimetres());
  }

  @Test
  void latencyMatchesHandArithmetic() {
    // 2 reads (1 MVM x 2 input cycles); T = 1 ns
    assertClose(2 * 1.0, report.latencyNanoseconds(0, CostComponent.DAC_DRIVER)); // drive 1 T
    assertClose(2 * 10.0, report.latencyNanoseconds(0, CostComponent.CELL_ARRAY)); // 10 ns pulse
    assertClose(2 * 8 * 4 * 1.0, report.latencyNanoseconds(0, CostComponent.ADC)); // 8 cols x 4 bits
    assertClose(1.0, report.latencyNanoseconds(0, CostComponent.SENSE_SHIFT_ADD)); // drain
    assertClose((1 + 1 + 1) * 1.0, report.latencyNanoseconds(0, CostComponent.ACCUMULATOR_BUFFER));
    // bits moved = inputs 100*2 + partial sums 2 row tiles * 10 * 13 = 460 -> ceil(460/64) = 8
    // cycles, + log2(2 crossbars) = 1 set-up cycle, + wire delay 0.1 ns/mm * side
    double ic = 9 * 1.0 + PATH_MM * 0.1;
    assertClose(ic, report.latencyNanoseconds(0, CostComponent.INTERCONNECT));
    assertClose(2 + 20 + 64 + 1 + 3 + ic, report.latencyNanoseconds());
  }

  @Test
  void dynamicEnergyMatchesHandArithmetic() {
    // cells: 2 reads * 100 rows * 40 columns * activity 0.5 = 4000 conducting cells,
    // each (0.5 V)^2 * (0.5 / 240 kOhm) * 10 ns = 5.2083e-15 J
    double cellConduction = 4000 * 0.25 * (0.5 / 240e3) * 10e-9 * 1e12;
    // bitlines: 64 columns * (64 rows * pitch * 0.2 fF/um) * (0.5 V)^2 per read, 2 reads * 2 xbars
    double bitlines = 2 * 2 * 64 * (64 * CELL_PITCH * 0.2) * 1e-15 * 0.25 * 1e12;
    assertClose(cellConduction + bitlines,
        report.dynamicEnergyPicojoules(0, CostComponent.CELL_ARRAY));
    // wordlines: 2 reads * 100 rows * 1 column tile * 0.5 = 100 drives of
    // 64 * (pitch * 0.2 fF + 0.049 fF) * (0.9 V)^2 + 1 DAC level * 0.4 fJ
    double drive = 100 * (64 * (CELL_PITCH * 0.2 + 0.049) * 0.81 + 0.4) * 1e-3;
    assertClose(drive, report.dynamicEnergyPicojoules(0, CostComponent.DAC_DRIVER));
    // conversions: 2 reads * 2 row tiles * 40 columns = 160, each 4*65 fJ + 16*4 fJ = 0.324 pJ
    assertClose(160 * 0.324, report.dynamicEnergyPicojoules(0, CostComponent.ADC));
    assertClose(160 * (0.042 + 0.001), report.dynamicEnergyPicojoules(0, CostComponent.SENSE_SHIFT_ADD));
    // adds: 10 outputs * (2 row tiles * (4 columns per weight - 1) + (2 - 1)) = 70 adds of 13 bits
    // at 2 fJ/bit; buffer: (200 input + 20 output bits) * 0.067 pJ
    assertClose(70 * 13 * 2.0 * 1e-3 + 220 * 0.067,
        report.dynamicEnergyPicojoules(0, CostComponent.ACCUMULATOR_BUFFER));
    assertClose(460 * PATH_MM * 0.081, report.dynamicEnergyPicojoules(0, CostComponent.INTERCONNECT));
  }

  @Test
  void leakageIsPeripheryAreaTimesDensityTimesLatency() {
    // density at 300 K = 0.9 V * 0.1001 nA/um * 2 um/um^2 = 1.8018e-10 W/um^2 (cells and wires excluded)
    double watts = 0.9 * 0.1001e-9 * 2.0 * (ADC_AREA + DAC_AREA + SSA_AREA + ACC_AREA);
    double latencyNs = 2 + 20 + 64 + 1 + 3 + 9 + PATH_MM * 0.1;
    assertClose(watts * 1e3, report.leakagePowerMilliwatts());
    assertClose(watts * latencyNs * 1e3, report.leakageEnergyPicojoules()); // W*ns = 1e3 pJ
    assertClose(report.dynamicEnergyPicojoules() + report.leakageEnergyPicojoules(),
        report.energyPicojoules());
    assertClose(report.energyPicojoules() * report.latencyNanoseconds()
        * report.areaSquareMillimetres(), report.edap());
  }

  private static void assertClose(double expected, double actual) {
    assertEquals(expected, actual, Math.abs(expected) * REL + 1e-15);
  }
}
