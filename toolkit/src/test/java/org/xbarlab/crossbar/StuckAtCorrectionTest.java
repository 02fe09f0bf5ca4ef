package org.xbarlab.crossbar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.xbarlab.RandomSource;
import org.xbarlab.nn.Network;

/** PytorX's digital stuck-at correction from a profiled fault map (papers.md 5.4). */
class StuckAtCorrectionTest {
  private static double deviation(INDArray a, INDArray b) {
    return a.sub(b).norm2Number().doubleValue() / b.norm2Number().doubleValue();
  }

  @ParameterizedTest
  @EnumSource(MappingScheme.class)
  void correctionUndoesTheFaultsTheAdcCanSee(MappingScheme scheme) {
    Network net = Network.of(TestNets.smallConvNet(5));
    INDArray images = TestNets.images(32, 6);
    // MAX ADC range, 16 bits: the faulty sums are digitised without clipping, so what is left is
    // the ADC's rounding; 2-bit cells in 8-bit weights: faults hit every slice
    CrossbarConfig clean = CrossbarConfig.ideal(16).withWeightBits(8).withCellBits(2)
        .withCrossbarSize(32).withAdcRange(AdcRangePolicy.MAX).withMappingScheme(scheme);
    CrossbarConfig faulty = clean.withStuckAtFaults(0.05, 1.0);
    INDArray reference = CrossbarMapping.map(net, clean, images).programIdeal()
        .output(images, RandomSource.seeded(1));
    INDArray raw = CrossbarMapping.map(net, faulty, images).program(RandomSource.seeded(9))
        .output(images, RandomSource.seeded(1));
    INDArray corrected = CrossbarMapping.map(net, faulty.withStuckAtCorrection(true), images)
        .program(RandomSource.seeded(9)).output(images, RandomSource.seeded(1));
    double before = deviation(raw, reference);
    double after = deviation(corrected, reference);
    assertTrue(before > 0.05, scheme + ": 5 % faults should be visible, deviation " + before);
    // the offset scheme's unsigned ADC clips the negative sums of a reference stuck at Gmax
    double bound = scheme.isDifferential() ? 1e-3 : 0.01 * before;
    assertTrue(after < bound, scheme + ": corrected deviation " + after + " (uncorrected " + before + ")");
  }

  @ParameterizedTest
  @EnumSource(MappingScheme.class)
  void correctionWithoutFaultsChangesNothing(MappingScheme scheme) {
    Network net = Network.of(TestNets.smallConvNet(5));
    INDArray images = TestNets.images(16, 6);
    CrossbarConfig cfg = CrossbarConfig.ideal(8).withCrossbarSize(32).withMappingScheme(scheme);
    INDArray plain = CrossbarMapping.map(net, cfg, images).program(RandomSource.seeded(3))
        .output(images, RandomSource.seeded(1));
    INDArray with = CrossbarMapping.map(net, cfg.withStuckAtCorrection(true), images)
        .program(RandomSource.seeded(3)).output(images, RandomSource.seeded(1));
    assertEquals(0.0, with.sub(plain).amaxNumber().doubleValue(), 0.0);
  }
}
