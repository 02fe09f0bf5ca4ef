package org.xbarlab.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.xbarlab.crossbar.MappingScheme;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Golden totals: the numbers the cost model produced before the vocabulary refactoring (issue 12),
 * printed with {@code Double.toString} from the original code and pinned to 1e-12 relative. A change
 * here is a change of the model's results and must be made on purpose.
 */
class CostGoldenTest {
  private static final double REL = 1e-12;

  /** Asserts crossbars, area, dynamic, leakage and total energy, latency, power, leakage power, EDAP. */
  private static void assertTotals(CostReport r, long crossbars, double... expected) {
    assertEquals(crossbars, r.crossbars());
    double[] actual = {r.areaSquareMillimetres(), r.dynamicEnergyPicojoules(),
        r.leakageEnergyPicojoules(), r.energyPicojoules(), r.latencyNanoseconds(),
        r.averagePowerMilliwatts(), r.leakagePowerMilliwatts(), r.edap()};
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], Math.abs(expected[i]) * REL, "total " + i);
    }
  }

  @Test
  void resnet20AtTheDefaultDesignPoint() {
    NetworkWorkload resnet = NetworkWorkload.resnet20Cifar10();
    assertTotals(CostModel.nm32().evaluate(resnet, CostDesign.defaults()), 160,
        5.636013450560047, 2.3699347623013914E7, 213529.5433227205, 2.3912877166336633E7,
        3763745.990656934, 6.3534779514073465, 0.056733250291805794, 5.0725245755268E14);
    assertTotals(CostModel.neuroSimLike().evaluate(resnet, CostDesign.defaults()), 160,
        6.859352288730586, 6544744.810798812, 93475.34739681275, 6638220.158195624,
        1192533.9659951134, 5.566483091872644, 0.07838380294586571, 5.430071118640268E13);
  }

  @Test
  void vgg8AtTheR1Setting() {
    NetworkWorkload vgg = NetworkWorkload.vgg8Cifar10();
    CostDesign r1 = Calibration.referenceDesignR1();
    assertTotals(CostModel.neuroSimLikeNm22().evaluate(vgg, r1), 3395,
        55.08908103852681, 3.6967177901224956E7, 627926.8605565996, 3.759510476178156E7,
        843714.3984757207, 44.55904134112442, 0.7442410153139862, 1.747399824765357E15);
    assertTotals(CostModel.nm32().evaluate(vgg, r1), 3395,
        52.06358551677813, 1.1684391975784281E8, 877296.2732579465, 1.1772121603110075E8,
        1233891.555837665, 95.406452434292, 0.7109994951398846, 7.562507276865851E15);
  }

  @Test
  void designVariantsAndTheEngineConfiguration() {
    NetworkWorkload resnet = NetworkWorkload.resnet20Cifar10();
    CostModel nm32 = CostModel.nm32();
    assertTotals(nm32.evaluate(resnet, CostDesign.defaults()
            .withWeightMapping(MappingScheme.OFFSET_REFERENCE_COLUMN)), 132,
        5.131939601645084, 1.281453766635124E7, 208233.77405569743, 1.3022771440406937E7,
        3763740.9625344463, 3.460060500985594, 0.05532627673597286, 2.5153862385222475E14);
    assertTotals(nm32.evaluate(resnet, CostDesign.defaults().withInterconnect(Interconnect.BUS)),
        160, 5.636013450560047, 2.3254394618293688E7, 213529.96908712864, 2.3467924587380815E7,
        3763753.4953284664, 6.2352448470679525, 0.056733250291805794, 4.978148833347081E14);
    assertTotals(nm32.evaluate(resnet, CostDesign.defaults().withDacBits(2)), 160,
        5.644046812524847, 1.2791585360067701E7, 108606.28428949617, 1.2900191644357197E7,
        1909589.9913145925, 6.755477198263119, 0.0568741377905578, 1.3903588292532522E14);
    assertTotals(CostModel.neuroSimLike().evaluate(
            NetworkWorkload.resnet20Cifar10(ResNetShortcut.PROJECTION_1X1),
            CostDesign.defaults().withTechnologyNodeNm(65)), 166,
        29.438597566222185, 1.3360813879342638E7, 204453.62486281266, 1.356526750420545E7,
        1232772.9158311866, 11.003865618721179, 0.16584856970593118, 4.9229855765364125E14);
    assertTotals(nm32.evaluate(resnet,
            CostDesign.from(org.xbarlab.crossbar.CrossbarConfig.resna())), 59,
        4.232703738400376, 3588974.0440905546, 348968.38124904525, 3937942.4253396,
        1383290.9065101284, 2.84679267882599, 0.252274036940971, 2.3056891505338098E13);
    assertTotals(nm32.evaluate(NetworkWorkload.vgg8Cifar10(),
            CostDesign.defaults().withCrossbar(256, 64)), 6376,
        214.62004809688875, 2.1766491527472267E8, 1972156.4036339726, 2.1963707167835665E8,
        1280930.1136717445, 171.466865626864, 1.5396284173387496, 6.038114835684296E16);
  }

  @Test
  void calibrationFiguresOfBothConfigurations() {
    assertOurs(Calibration.neuroSimLikeVgg8().comparison(),
        55.08908103852681, 33.306673837294426, 66.53580779357746, 39.84505325511235,
        103.02078277006024, Double.NaN, 5.0693886328596435E7);
    assertOurs(Calibration.neuroSimVgg8().comparison(),
        52.06358551677813, 376.02912552519217, 55.248746059973705, 340.24518460849146,
        94.79191736413553, Double.NaN, 9.638013646792411E8);
  }

  private static void assertOurs(Table comparison, double... expected) {
    for (int i = 0; i < expected.length; i++) {
      double ours = comparison.doubleColumn("ours").getDouble(i);
      if (Double.isNaN(expected[i])) {
        assertTrue(Double.isNaN(ours), "row " + i + " is not evaluated");
      } else {
        assertEquals(expected[i], ours, Math.abs(expected[i]) * REL, "row " + i);
      }
    }
  }
}
