package org.xbarlab.crossbar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.xbarlab.RandomSource;
import org.xbarlab.nn.Network;

class MappingWithNoiseTest {
  @Test
  void anotherNoiseStackOnACalibratedMappingEqualsAFreshMapping() {
    Network net = Network.of(TestNets.smallConvNet(5));
    INDArray images = TestNets.images(32, 6);
    CrossbarConfig base = CrossbarConfig.ideal(8).withCrossbarSize(16);
    CrossbarConfig faulty = base.withStuckAtFaults(0.02, 5.0).withReadNoise(true);
    INDArray fresh = CrossbarMapping.map(net, faulty, images).program(RandomSource.seeded(3))
        .output(images, RandomSource.seeded(4));
    CrossbarMapping shared = CrossbarMapping.map(net, base, images).withNoise(faulty.noise());
    assertEquals(faulty, shared.config());
    INDArray reused = shared.program(RandomSource.seeded(3)).output(images, RandomSource.seeded(4));
    assertEquals(0.0, reused.sub(fresh).amaxNumber().doubleValue(), 0.0);
  }
}
