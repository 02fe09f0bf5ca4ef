package org.xbarlab.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xbarlab.Columns;
import org.xbarlab.crossbar.MappingScheme;

/** Monotonicity and scaling laws the model must obey for every design, not just one. */
class CostModelPropertiesTest {
  private static final CostModel MODEL = CostModel.nm32();
  private static final NetworkWorkload RESNET = NetworkWorkload.resnet20Cifar10();

  private static final List<LayerWorkload> SHAPES = List.of(
      LayerWorkload.dense("d1", 1, 1),
      LayerWorkload.dense("d2", 100, 10),
      LayerWorkload.dense("d3", 8192, 1024),
      LayerWorkload.conv("c1", 3, 3, 16, 32, 32),
      LayerWorkload.conv("c2", 3, 64, 64, 8, 8),
      LayerWorkload.conv("c3", 1, 16, 32, 16, 16),
      LayerWorkload.conv("c4", 5, 37, 129, 7, 7));

  private static final List<CostModel> PRESETS = List.of(CostModel.nm32(), CostModel.neuroSimLike(),
      CostModel.neuroSimLikeNm22());

  @Test
  void adcEnergyAndAreaStrictlyIncreaseWithBits() {
    TechnologyParameters t = TechnologyParameters.nm32();
    for (int bits = 1; bits < 16; bits++) {
      assertTrue(t.adcEnergyPicojoules(bits + 1) > t.adcEnergyPicojoules(bits), "energy @" + bits);
      assertTrue(t.adcAreaSquareMicrometres(bits + 1) > t.adcAreaSquareMicrometres(bits), "area @" + bits);
      for (AdcKind kind : AdcKind.values()) {
        assertTrue(t.adcEnergyPicojoules(kind, bits + 1) > t.adcEnergyPicojoules(kind, bits),
            kind + " energy @" + bits);
        assertTrue(t.adcAreaSquareMicrometres(kind, bits + 1) > t.adcAreaSquareMicrometres(kind, bits),
            kind + " area @" + bits);
      }
    }
  }

  @Test
  void multiLevelSenseAmplifierHasOneLevelPerReferenceAndNoBitSerialLatency() {
    TechnologyParameters t = TechnologyParameters.nm32();
    double cell = 212.8 * 0.032 * 0.032;
    assertRelative(15 * 106 * cell, t.adcAreaSquareMicrometres(AdcKind.MULTI_LEVEL_SENSE_AMP, 4));
    assertRelative(31 * 3.0875e-3, t.adcEnergyPicojoules(AdcKind.MULTI_LEVEL_SENSE_AMP, 5));
    CostModel mlsa = CostModel.neuroSimLike();
    CostReport four = mlsa.evaluate(RESNET, CostDesign.defaults().withAdcBits(4));
    CostReport eight = mlsa.evaluate(RESNET, CostDesign.defaults().withAdcBits(8));
    assertRelative(four.componentLatencyNanoseconds(CostComponent.ADC),
        eight.componentLatencyNanoseconds(CostComponent.ADC));
  }

  @Test
  void moreAdcBitsNeverLowerAdcAreaOrEnergyForEitherReadOut() {
    for (CostModel model : PRESETS) {
      CostReport previous = model.evaluate(RESNET, CostDesign.defaults().withAdcBits(1));
      for (int bits = 2; bits <= 10; bits++) {
        CostReport r = model.evaluate(RESNET, CostDesign.defaults().withAdcBits(bits));
        String at = model.options().adcKind() + " @" + bits;
        assertTrue(r.componentAreaSquareMicrometres(CostComponent.ADC)
            > previous.componentAreaSquareMicrometres(CostComponent.ADC), at);
        assertTrue(r.componentEnergyPicojoules(CostComponent.ADC)
            > previous.componentEnergyPicojoules(CostComponent.ADC), at);
        assertTrue(r.latencyNanoseconds() >= previous.latencyNanoseconds(), at);
        previous = r;
      }
    }
  }

  @Test
  void theEnergyConventionOnlyMovesEnergyAndConductionOnlyAddsIt() {
    for (CostModel model : PRESETS) {
      CostDesign d = CostDesign.defaults();
      CostReport cv2 = model.withOptions(model.options()
          .withArrayEnergyConvention(ArrayEnergyConvention.WIRE_CV2_ONLY)).evaluate(RESNET, d);
      for (ArrayEnergyConvention c : ArrayEnergyConvention.values()) {
        CostReport r = model.withOptions(model.options().withArrayEnergyConvention(c)).evaluate(RESNET, d);
        assertRelative(cv2.areaSquareMillimetres(), r.areaSquareMillimetres());
        assertRelative(cv2.latencyNanoseconds(), r.latencyNanoseconds());
        assertTrue(r.dynamicEnergyPicojoules() >= cv2.dynamicEnergyPicojoules() * (1 - 1e-12), c.name());
      }
    }
  }

  @Test
  void aSensingLimitedClockCannotBeOverclocked() {
    CostModel model = CostModel.neuroSimLike(); // sensing cycle 1.4 * (0.2 + 1.0) = 1.68 ns
    CostReport at1 = model.evaluate(RESNET, CostDesign.defaults().withFrequencyHertz(1e9));
    CostReport at2 = model.evaluate(RESNET, CostDesign.defaults().withFrequencyHertz(2e9));
    assertRelative(at1.latencyNanoseconds(), at2.latencyNanoseconds());
    CostReport slow = model.evaluate(RESNET, CostDesign.defaults().withFrequencyHertz(1e8));
    assertTrue(slow.latencyNanoseconds() > at1.latencyNanoseconds());
    assertRelative(1.68, TechnologyParameters.nm32().clockPeriodNs(CostDesign.defaults(),
        ClockMode.SENSE_LIMITED));
  }

  @Test
  void switchingAPeripheryBlockOffRemovesExactlyItsComponent() {
    CostModel model = CostModel.nm32();
    CostDesign d = CostDesign.defaults();
    CostReport all = model.evaluate(RESNET, d);
    CostOptions none = model.options().withLevelShifters(false).withSwitchMatrices(false)
        .withActivationAndPooling(false);
    CostReport without = model.withOptions(none).evaluate(RESNET, d);
    for (CostComponent c : List.of(CostComponent.LEVEL_SHIFTER, CostComponent.SWITCH_MATRIX,
        CostComponent.ACTIVATION_POOLING)) {
      assertTrue(all.componentAreaSquareMicrometres(c) > 0, c.label());
      assertEquals(0.0, without.componentAreaSquareMicrometres(c), c.label());
      assertEquals(0.0, without.componentEnergyPicojoules(c), c.label());
    }
    assertRelative(all.componentAreaSquareMicrometres(CostComponent.ADC),
        without.componentAreaSquareMicrometres(CostComponent.ADC));
    assertTrue(without.areaSquareMillimetres() < all.areaSquareMillimetres());
  }

  @Test
  void theTwentyTwoNanometreTableUsesNeuroSimsTabulatedValues() {
    TechnologyParameters t = TechnologyParameters.nm22();
    assertEquals(22, t.technologyNodeNm());
    assertEquals(0.85, t.supplyVoltageVolts());
    assertEquals(1.7, t.circuits().mlsaPowerPerLevelMicrowatts());
    assertSame(t, t.scaledTo(22));
    // everything NeuroSim does not tabulate is the 32 nm value scaled by 22/32
    TechnologyParameters scaled = TechnologyParameters.nm32().scaledTo(22);
    assertEquals(scaled.adcEnergyPerCycleFemtojoules(), t.adcEnergyPerCycleFemtojoules());
    assertEquals(scaled.circuits().levelShifterAreaF2(), t.circuits().levelShifterAreaF2());
  }

  @Test
  void poolingCostsComparatorsOnlyAfterPooledLayers() {
    LayerWorkload conv = LayerWorkload.conv("c", 3, 16, 16, 8, 8);
    CostModel model = CostModel.nm32();
    CostReport plain = model.evaluate(NetworkWorkload.of("p", List.of(conv)), CostDesign.defaults());
    CostReport pooled = model.evaluate(NetworkWorkload.of("p", List.of(conv.withPoolingWindow(4))),
        CostDesign.defaults());
    // 16 channels x 3 comparators x (8 bits x 9 + 10 cells) at 32 nm
    double comparators = 16 * 3 * (8 * 9 + 10) * 212.8 * 0.032 * 0.032;
    assertRelative(plain.componentAreaSquareMicrometres(CostComponent.ACTIVATION_POOLING) + comparators,
        pooled.componentAreaSquareMicrometres(CostComponent.ACTIVATION_POOLING));
    // 64 positions x 16 channels / 4 pooled outputs x 3 comparisons x 8 bits x 0.5 fJ
    assertRelative(plain.dynamicEnergyPicojoules(0, CostComponent.ACTIVATION_POOLING)
            + 64 * 16 / 4.0 * 3 * 8 * 0.5e-3,
        pooled.dynamicEnergyPicojoules(0, CostComponent.ACTIVATION_POOLING));
  }

  @Test
  void moreAdcBitsNeverLowerAdcAreaOrEnergyOfANetwork() {
    for (int columnsPerAdc : new int[] {1, 8, 128}) {
      CostDesign base = CostDesign.defaults().withColumnsPerAdc(columnsPerAdc);
      CostReport previous = MODEL.evaluate(RESNET, base.withAdcBits(1));
      for (int bits = 2; bits <= 12; bits++) {
        CostReport r = MODEL.evaluate(RESNET, base.withAdcBits(bits));
        assertTrue(r.componentAreaSquareMicrometres(CostComponent.ADC)
            > previous.componentAreaSquareMicrometres(CostComponent.ADC), "area @" + bits);
        assertTrue(r.componentEnergyPicojoules(CostComponent.ADC)
            > previous.componentEnergyPicojoules(CostComponent.ADC), "energy @" + bits);
        assertTrue(r.latencyNanoseconds() > previous.latencyNanoseconds(), "SAR latency @" + bits);
        previous = r;
      }
    }
  }

  @Test
  void largerCrossbarsNeverNeedMoreTiles() {
    for (MappingScheme mapping : MappingScheme.values()) {
      for (LayerWorkload layer : SHAPES) {
        long previous = Long.MAX_VALUE;
        for (int size = 8; size <= 1024; size++) {
          CostDesign d = CostDesign.defaults().withWeightMapping(mapping).withCrossbarSize(size);
          long crossbars = CrossbarTiling.of(layer, d).crossbars();
          assertTrue(crossbars <= previous, layer.name() + " at " + size + ": " + crossbars);
          previous = crossbars;
        }
        // and a 1x1 tiling once the crossbar is large enough to hold the whole layer
        CostDesign big = CostDesign.defaults().withWeightMapping(mapping).withCrossbarSize(1024);
        if (layer.rows() <= 1024 && layer.cols() * 4L * mapping.columnsPerSlice() + mapping.referenceColumnsPerTile() <= 1024) {
          assertEquals(1, CrossbarTiling.of(layer, big).crossbars(), layer.name());
        }
      }
    }
  }

  @Test
  void tilingMatchesTheDocumentedFormula() {
    CostDesign d = CostDesign.defaults(); // 128x128, 8-bit weights, 2-bit cells, differential
    // conv 3x3 64->64: rows 576 -> ceil(576/128) = 5; 4 slices x 2 polarities = 8 columns per
    // output, 128 / 8 = 16 outputs per crossbar -> ceil(64/16) = 4
    CrossbarTiling t = CrossbarTiling.of(LayerWorkload.conv("c", 3, 64, 64, 8, 8), d);
    assertEquals(5, t.rowTiles());
    assertEquals(4, t.colTiles());
    CrossbarTiling offset = CrossbarTiling.of(LayerWorkload.conv("c", 3, 64, 64, 8, 8),
        d.withWeightMapping(MappingScheme.OFFSET_REFERENCE_COLUMN));
    // offset: one reference column, (128 - 1) / 4 = 31 outputs per crossbar -> ceil(64/31) = 3
    assertEquals(3, offset.colTiles());
    // 8-bit weights on 3-bit cells: 3 slices x 2 = 6 columns; 128 / 6 = 21 outputs -> ceil(64/21) = 4
    assertEquals(4, CrossbarTiling.of(LayerWorkload.conv("c", 3, 64, 64, 8, 8), d.withCellBits(3)).colTiles());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 3, 6})
  void costsScaleLinearlyWithIdenticalLayersAndLeakageQuadratically(int shapeIndex) {
    for (CostModel model : PRESETS) {
      assertLinearInDepth(model, SHAPES.get(shapeIndex));
      assertLinearInDepth(model, SHAPES.get(shapeIndex).withPoolingWindow(4));
    }
  }

  private static void assertLinearInDepth(CostModel model, LayerWorkload layer) {
    CostDesign d = CostDesign.defaults();
    CostReport one = model.evaluate(NetworkWorkload.repeated(layer, 1), d);
    for (int k = 2; k <= 5; k++) {
      CostReport many = model.evaluate(NetworkWorkload.repeated(layer, k), d);
      assertRelative(k * one.areaSquareMillimetres(), many.areaSquareMillimetres());
      assertRelative(k * one.latencyNanoseconds(), many.latencyNanoseconds());
      assertRelative(k * one.dynamicEnergyPicojoules(), many.dynamicEnergyPicojoules());
      assertEquals(k * one.crossbars(), many.crossbars());
      // every layer's periphery leaks for the whole (k times longer) run: k * k
      assertRelative((double) k * k * one.leakageEnergyPicojoules(), many.leakageEnergyPicojoules());
    }
  }

  @Test
  void higherTemperatureNeverLowersLeakageEnergy() {
    double previousLeak = -1;
    CostReport at300 = MODEL.evaluate(RESNET, CostDesign.defaults());
    for (double kelvin = 250; kelvin <= 450; kelvin += 10) {
      CostReport r = MODEL.evaluate(RESNET, CostDesign.defaults().withTemperatureKelvin(kelvin));
      assertTrue(r.leakageEnergyPicojoules() > previousLeak, "at " + kelvin + " K");
      previousLeak = r.leakageEnergyPicojoules();
      assertRelative(at300.dynamicEnergyPicojoules(), r.dynamicEnergyPicojoules());
      assertRelative(at300.latencyNanoseconds(), r.latencyNanoseconds());
    }
    // the exponential model: I_off(400 K) / I_off(300 K) = exp(100 / 34.8)
    CostReport at400 = MODEL.evaluate(RESNET, CostDesign.defaults().withTemperatureKelvin(400));
    assertRelative(Math.exp(100 / 34.8) * at300.leakageEnergyPicojoules(),
        at400.leakageEnergyPicojoules());
  }

  @Test
  void columnSharingTradesAdcAreaForLatency() {
    CostReport shared1 = MODEL.evaluate(RESNET, CostDesign.defaults().withColumnsPerAdc(1));
    CostReport shared16 = MODEL.evaluate(RESNET, CostDesign.defaults().withColumnsPerAdc(16));
    assertTrue(shared16.componentAreaSquareMicrometres(CostComponent.ADC)
        < shared1.componentAreaSquareMicrometres(CostComponent.ADC));
    assertTrue(shared16.latencyNanoseconds() > shared1.latencyNanoseconds());
  }

  @Test
  void fasterClockShortensLatencyAndMoreCellBitsNeedFewerCrossbars() {
    CostReport slow = MODEL.evaluate(RESNET, CostDesign.defaults().withFrequencyHertz(5e8));
    CostReport fast = MODEL.evaluate(RESNET, CostDesign.defaults().withFrequencyHertz(2e9));
    assertTrue(fast.latencyNanoseconds() < slow.latencyNanoseconds());
    long previous = Long.MAX_VALUE;
    for (int cellBits = 1; cellBits <= 8; cellBits++) {
      long x = MODEL.evaluate(RESNET, CostDesign.defaults().withCellBits(cellBits)).crossbars();
      assertTrue(x <= previous, "cellBits " + cellBits);
      previous = x;
    }
  }

  @Test
  void breakdownTableAddsUpToTheTotals() {
    CostReport r = MODEL.evaluate(NetworkWorkload.vgg8Cifar10(), CostDesign.defaults());
    var table = r.breakdown();
    assertEquals(8 * CostComponent.values().length, table.rowCount());
    assertRelative(r.energyPicojoules(), table.doubleColumn(Columns.ENERGY_PJ).sum());
    assertRelative(r.latencyNanoseconds(), table.doubleColumn(Columns.LATENCY_NS).sum());
    assertRelative(r.areaSquareMillimetres() * 1e6, table.doubleColumn(Columns.AREA_UM2).sum());
    var layers = r.layers();
    assertEquals(8, layers.rowCount());
    assertRelative(r.energyPicojoules(), layers.doubleColumn(Columns.ENERGY_PJ).sum());
    var totals = r.totals();
    assertEquals(1, totals.rowCount());
    assertRelative(r.edap(), totals.doubleColumn(Columns.EDAP).get(0));
    assertRelative(r.averagePowerMilliwatts(), totals.doubleColumn(Columns.POWER_MW).get(0));
    assertRelative(r.areaSquareMillimetres(),
        r.components().doubleColumn(Columns.AREA_MM2).sum());
  }

  @Test
  void busHalvesWirePathButHtreeSetsUpFasterForManyCrossbars() {
    NetworkWorkload vgg = NetworkWorkload.vgg8Cifar10();
    CostReport tree = MODEL.evaluate(vgg, CostDesign.defaults().withInterconnect(Interconnect.HTREE));
    CostReport bus = MODEL.evaluate(vgg, CostDesign.defaults().withInterconnect(Interconnect.BUS));
    assertRelative(tree.componentAreaSquareMicrometres(CostComponent.INTERCONNECT),
        bus.componentAreaSquareMicrometres(CostComponent.INTERCONNECT));
    assertRelative(0.5 * tree.componentEnergyPicojoules(CostComponent.INTERCONNECT),
        bus.componentEnergyPicojoules(CostComponent.INTERCONNECT));
    // fc1 has 4096 crossbars: H-tree set-up log2(4096) = 12 cycles, bus arbitration sqrt = 64
    assertTrue(bus.latencyNanoseconds(6, CostComponent.INTERCONNECT)
        > tree.latencyNanoseconds(6, CostComponent.INTERCONNECT));
  }

  @Test
  void moreDacBitsPerCycleShortenBitSerialStreaming() {
    CostReport serial = MODEL.evaluate(RESNET, CostDesign.defaults().withDacBits(1));
    CostReport twoBit = MODEL.evaluate(RESNET, CostDesign.defaults().withDacBits(2));
    // 8 input cycles -> 4: array and ADC time halve exactly
    assertRelative(0.5 * serial.componentLatencyNanoseconds(CostComponent.ADC),
        twoBit.componentLatencyNanoseconds(CostComponent.ADC));
    assertTrue(twoBit.componentAreaSquareMicrometres(CostComponent.DAC_DRIVER)
        > serial.componentAreaSquareMicrometres(CostComponent.DAC_DRIVER));
  }

  private static void assertRelative(double expected, double actual) {
    assertEquals(expected, actual, Math.abs(expected) * 1e-9, "expected " + expected + " got " + actual);
  }
}
