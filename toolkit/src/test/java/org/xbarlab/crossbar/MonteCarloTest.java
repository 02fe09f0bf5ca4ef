package org.xbarlab.crossbar;

import org.xbarlab.Columns;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import tech.tablesaw.api.Table;
import org.xbarlab.nn.Network;

class MonteCarloTest {
  private static MultiLayerNetwork net;
  private static DataSet data;

  /** Labels are the network's own predictions, so the float baseline accuracy is exactly 1. */
  @BeforeAll
  static void setUp() {
    net = TestNets.smallConvNet(11);
    INDArray x = TestNets.images(300, 12);
    INDArray pred = net.output(x, false).argMax(1);
    INDArray labels = Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.FLOAT, 300, 5);
    for (int i = 0; i < 300; i++) {
      labels.putScalar(i, pred.getInt(i), 1f);
    }
    data = new DataSet(x, labels);
  }

  @Test
  void idealCrossbarMatchesBaselineAndIsDeterministic() {
    MonteCarloResult r = MonteCarlo.evaluate(Network.of(net), CrossbarConfig.ideal(16), data, 2, 5);
    assertEquals(1.0, r.summary().doubleColumn(Columns.CLEAN_ACCURACY_TOP1).get(0));
    assertTrue(r.meanAccuracy() >= 0.99, "ideal accuracy " + r.meanAccuracy());
    assertEquals(0.0, r.summary().doubleColumn(Columns.ACCURACY_TOP1_STD).get(0), 1e-12);
    assertEquals(2, r.trials().rowCount());
    assertEquals(300L, r.trials().longColumn(Columns.IMAGES).get(0));
  }

  @Test
  void sameSeedSameTableAndNoiseCostsAccuracy() {
    CrossbarConfig harsh = CrossbarConfig.resna().withFrequencyHertz(1e9)
        .withTemperatureKelvin(400).withDeviceVariationSigma(0.2).withStuckAtFaults(0.05, 1.0);
    MonteCarloResult a = MonteCarlo.evaluate(Network.of(net), harsh, data, 3, 99);
    MonteCarloResult b = MonteCarlo.evaluate(Network.of(net), harsh, data, 3, 99);
    assertEquals(a.trials().doubleColumn(Columns.ACCURACY_TOP1).asList(),
        b.trials().doubleColumn(Columns.ACCURACY_TOP1).asList());
    assertTrue(a.meanAccuracy() < 0.99, "harsh noise must cost accuracy: " + a.meanAccuracy());
    Table s = a.summary();
    double mean = s.doubleColumn(Columns.ACCURACY_TOP1_MEAN).get(0);
    assertTrue(s.doubleColumn(Columns.ACCURACY_TOP1_CI95_LOW).get(0) <= mean);
    assertTrue(s.doubleColumn(Columns.ACCURACY_TOP1_CI95_HIGH).get(0) >= mean);
  }

  @Test
  void sweepStacksOneTidyTable() {
    Table t = Sweep.over(CrossbarConfig.ideal(8), Columns.ADC_BITS, List.of(2, 8),
        CrossbarConfig::withAdcBits,
        cfg -> MonteCarlo.evaluate(Network.of(net), cfg, data, 1, 3).summary());
    assertEquals(2, t.rowCount());
    assertEquals(Columns.ADC_BITS, t.stringColumn(Columns.FIELD).get(0));
    assertEquals("8", t.stringColumn(Columns.FIELD_VALUE).get(1));
    assertEquals(8.0, t.doubleColumn(Columns.ADC_BITS).get(1));
    double low = t.doubleColumn(Columns.ACCURACY_TOP1_MEAN).get(0);
    double high = t.doubleColumn(Columns.ACCURACY_TOP1_MEAN).get(1);
    assertTrue(low < high, "2-bit ADC " + low + " vs 8-bit " + high);
  }

  @Test
  void layerErrorsSmallWhenIdealLargerWithNoise() {
    INDArray x = TestNets.images(16, 3);
    Table ideal = LayerErrors.compute(CrossbarMapping.map(Network.of(net), CrossbarConfig.ideal(16), x), x, 1);
    Table noisy = LayerErrors.compute(CrossbarMapping.map(Network.of(net),
        CrossbarConfig.resna().withFrequencyHertz(1e9).withTemperatureKelvin(400), x), x, 1);
    assertEquals(6, ideal.rowCount());
    for (int i = 0; i < 6; i++) {
      assertTrue(ideal.doubleColumn("propagated_rel_error").get(i) < 1e-3, "layer " + i);
    }
    assertTrue(noisy.doubleColumn("isolated_rel_error").get(4)
        > 10 * ideal.doubleColumn("isolated_rel_error").get(4));
  }
}
