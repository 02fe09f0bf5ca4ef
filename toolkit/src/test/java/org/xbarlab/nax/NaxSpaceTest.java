package org.xbarlab.nax;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xbarlab.ConfigException;
import org.xbarlab.crossbar.CrossbarConfig;
import org.xbarlab.nn.ResNet20;

/** NAX's search space and designs: genes, encoding, the chip they configure, bad input. */
class NaxSpaceTest {
  @Test
  void perStageGenesExpandToEveryConvolutionOfTheirStage() {
    NaxSpace space = NaxSpace.paper().withGranularity(NaxSpace.Granularity.PER_STAGE);
    assertEquals(3, space.genes());
    assertEquals(6, space.designSpace().dimension());
    assertEquals(Math.pow(15, 3), space.designCount());
    NaxDesign d = space.decode(new double[] {3, 5, 7, 64, 32, 16});
    List<String> names = ResNet20.convolutionNames();
    assertEquals(3, d.kernels()[names.indexOf("stem")]);
    assertEquals(64, d.crossbarSizes()[names.indexOf("s1b3_conv2")]);
    assertEquals(5, d.kernels()[names.indexOf("s2b1_conv1")]);
    assertEquals(16, d.crossbarSizes()[names.indexOf("s3b3_conv2")]);
    assertArrayEquals(new double[] {3, 5, 7, 64, 32, 16}, space.encode(d));
    NaxSpace perLayer = NaxSpace.paper();
    assertEquals(19, perLayer.genes());
    assertEquals(d, perLayer.decode(perLayer.encode(d)));
  }

  @Test
  void designsConfigureTheirTiles() {
    CrossbarConfig base = CrossbarConfig.ideal(8);
    CrossbarConfig homogeneous = NaxDesign.homogeneous(128).config(base);
    assertEquals(128, homogeneous.array().rows());
    assertTrue(homogeneous.layerArrays().isEmpty());
    NaxDesign mixed = NaxSpace.paper().withGranularity(NaxSpace.Granularity.PER_STAGE)
        .decode(new double[] {3, 3, 3, 16, 64, 256});
    assertFalse(mixed.isHomogeneous());
    CrossbarConfig c = mixed.config(base);
    assertEquals(16, c.forLayer("stem").array().rows());
    assertEquals(64, c.forLayer("s2b1_proj").array().rows());
    assertEquals(256, c.forLayer("s3b2_conv1").array().rows());
    assertEquals(256, c.forLayer("output").array().rows());
  }

  @Test
  void badInputNamesTheValueAndTheValidSet() {
    ConfigException size = assertThrows(ConfigException.class,
        () -> NaxSpace.paper().withCrossbarSizes(List.of(16, 48)));
    assertEquals("crossbarSizes", size.field());
    assertTrue(size.getMessage().contains("[16, 32, 64, 128, 256]"), size.getMessage());
    assertEquals("kernelSizes", assertThrows(ConfigException.class,
        () -> new NaxSpace(List.of(3, 4), List.of(16), NaxSpace.Granularity.PER_LAYER)).field());
    NaxSpace space = NaxSpace.paper().withGranularity(NaxSpace.Granularity.PER_STAGE);
    assertEquals("crossbar size", assertThrows(ConfigException.class,
        () -> space.decode(new double[] {3, 3, 3, 64, 64, 100})).field());
    assertEquals("design.length", assertThrows(ConfigException.class,
        () -> space.decode(new double[] {3, 3})).field());
    int[] sizes = new int[ResNet20.CONVOLUTIONS];
    java.util.Arrays.fill(sizes, 512);
    assertEquals("crossbarSize", assertThrows(ConfigException.class,
        () -> new NaxDesign(NaxDesign.homogeneous(16).kernels(), sizes)).field());
    // a 7x7 kernel does not fit stage 3's 4x4 maps of an 16x16 image
    NaxDesign big = space.decode(new double[] {3, 3, 7, 64, 64, 64});
    assertEquals("kernel of s3b1_conv2", assertThrows(ConfigException.class,
        () -> big.network(16, 16, 1, 10, new int[] {4, 4, 4}, 1)).field());
  }
}
