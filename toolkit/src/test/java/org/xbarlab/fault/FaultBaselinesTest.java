package org.xbarlab.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.xbarlab.Columns;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;
import org.xbarlab.cost.CostModel;
import org.xbarlab.crossbar.CrossbarConfig;
import org.xbarlab.crossbar.CrossbarMapping;
import org.xbarlab.crossbar.MappingScheme;
import org.xbarlab.crossbar.MonteCarlo;
import org.xbarlab.nn.Models;
import org.xbarlab.nn.Network;
import org.xbarlab.train.FrozenChipWeightNoise;
import org.xbarlab.train.LayerRole;
import tech.tablesaw.api.Table;

/** The baselines around the mapping transformation, and the energy of the faulty array. */
class FaultBaselinesTest {
  private final Network net = Network.of(Models.imageMlp(6, 6, 1, 10, 3, 16));
  private static final MappingScheme PAIR = MappingScheme.DIFFERENTIAL_PAIR;
  private static final MappingScheme MT = MappingScheme.DIFFERENTIAL_PAIR_ZERO_AT_GMAX;

  @Test
  void frozenChipSamplerTrainsOnTheChipMonteCarloEvaluates() {
    CrossbarConfig cfg = CrossbarConfig.ideal(8).withStuckAtFaults(0.2, 5.0);
    CrossbarMapping m = CrossbarMapping.map(net, cfg, FaultStudyTest.data(8, 1).getFeatures());
    for (int trial : new int[] {0, 3}) {
      FrozenChipWeightNoise sampler = FrozenChipWeightNoise.ofTrial(cfg, 42, trial);
      var chip = m.program(MonteCarlo.chipSource(42, trial));
      for (int layer : m.crossbarLayers()) {
        INDArray clean = net.layers()[layer].getParam("W");
        INDArray trained = sampler.sample(LayerRole.DENSE, layer, clean, RandomSource.seeded(7));
        INDArray evaluated = chip.effectiveWeights(layer, RandomSource.seeded(8));
        assertEquals(0.0, trained.sub(evaluated).amaxNumber().doubleValue(), 1e-6,
            "trial " + trial + " layer " + layer);
        // and the fault map is frozen: the next minibatch sees the same faults
        assertEquals(trained, sampler.sample(LayerRole.DENSE, layer, clean, RandomSource.seeded(9)));
      }
    }
    INDArray w = net.layers()[0].getParam("W");
    assertTrue(!FrozenChipWeightNoise.ofTrial(cfg, 42, 0).sample(LayerRole.DENSE, 0, w,
        RandomSource.seeded(1)).equals(FrozenChipWeightNoise.ofTrial(cfg, 42, 1)
        .sample(LayerRole.DENSE, 0, w, RandomSource.seeded(1))), "two chips, two fault maps");
  }

  @Test
  void correctedChipsAreLabelledAndRecoverTheCleanAccuracy() {
    FaultStudy study = FaultStudy.of(net, FaultStudyTest.data(32, 1), FaultStudyTest.data(64, 2))
        .withMaps(2);
    Table t = study.sweep(CrossbarConfig.ideal(16).withStuckAtCorrection(true), List.of(PAIR),
        new double[] {0.05}, new double[] {1.0});
    assertEquals("DIFFERENTIAL_PAIR" + FaultStudy.CORRECTED, t.stringColumn(Columns.MITIGATION).get(0));
    assertEquals(0.0, t.doubleColumn(Columns.ACCURACY_DROP_PP).get(0), 1.6);
  }

  @Test
  void energyFollowsTheProgrammedConductances() {
    FaultStudy study = FaultStudy.of(net, FaultStudyTest.data(32, 1), FaultStudyTest.data(16, 2))
        .withMaps(3);
    Table t = study.energy(CrossbarConfig.ideal(8), List.of(PAIR, MT), new double[] {0.1},
        new double[] {5.0}, CostModel.nm32());
    assertEquals(4, t.rowCount()); // per mapping: fault-free row, then 10 % at 5:1
    double pairClean = t.doubleColumn(Columns.CELL_CONDUCTANCE_FRACTION).get(0);
    double pairFaulty = t.doubleColumn(Columns.CELL_CONDUCTANCE_FRACTION).get(1);
    double mtClean = t.doubleColumn(Columns.CELL_CONDUCTANCE_FRACTION).get(2);
    double mtFaulty = t.doubleColumn(Columns.CELL_CONDUCTANCE_FRACTION).get(3);
    // zeros at Gmin vs at Gmax: the pair's cells sit low, MT's high
    assertTrue(pairClean < 0.3 && mtClean > 0.7, pairClean + " " + mtClean);
    // 10 % faults, 5 of 6 at Gmax: about +0.083 of the window for the pair's low cells; MT's cells
    // are mostly at Gmax already, and SA0 pulls them down by about 0.017 * (mtClean)
    assertEquals(pairClean + 0.1 * (5.0 / 6) * (1 - pairClean) - 0.1 / 6 * pairClean, pairFaulty,
        0.02);
    assertTrue(Math.abs(mtFaulty - mtClean) < pairFaulty - pairClean);
    double[] overhead = t.doubleColumn(Columns.ENERGY_OVERHEAD_PCT).asDoubleArray();
    assertEquals(0.0, overhead[0], 0.0);
    assertTrue(overhead[1] > 0 && Math.abs(overhead[3]) < overhead[1], Arrays.toString(overhead));
    // but MT's fault-free array conducts more than the conventional pair's
    assertTrue(t.doubleColumn(Columns.ENERGY_VS_CONVENTIONAL_PCT).get(2) > 0);
    assertEquals(0.0, t.doubleColumn(Columns.LATENCY_OVERHEAD_PCT).get(1), 1e-9);
  }

  @Test
  void costQueryNamesAnUnknownMapping() {
    FaultStudy study = FaultStudy.of(net, FaultStudyTest.data(8, 1), FaultStudyTest.data(8, 2));
    ConfigException e = assertThrows(ConfigException.class, () -> study.energy(
        CrossbarConfig.ideal(8), Arrays.asList(PAIR, null), new double[] {0.1},
        new double[] {5.0}, CostModel.nm32()));
    assertEquals("schemes", e.field());
    assertTrue(e.getMessage().contains("DIFFERENTIAL_PAIR_ZERO_AT_GMAX"), e.getMessage());
    assertEquals("mappingScheme", assertThrows(ConfigException.class,
        () -> MappingScheme.parse("MT")).field());
    assertEquals(MT, MappingScheme.parse("differential_pair_zero_at_gmax"));
    assertEquals("model", assertThrows(ConfigException.class, () -> study.energy(
        CrossbarConfig.ideal(8), List.of(PAIR), new double[] {0.1}, new double[] {5.0}, null))
        .field());
  }
}
