package org.xbarlab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.xbarlab.ConfigException;

/** One wrapper over DL4J's two network types: same answers as DL4J, clear errors otherwise. */
class NetworkTest {
  private static INDArray images(int n, int h, int w, long seed) {
    Nd4j.getRandom().setSeed(seed);
    return Nd4j.rand(DataType.FLOAT, n, 1, h, w);
  }

  @Test
  void sequentialForwardWithoutReplacementIsDl4jOutputAndCollectsEveryLayer() {
    Network net = Network.of(Models.smallCnn(28, 28, 1, 3, 7));
    INDArray x = images(5, 28, 28, 1);
    List<INDArray> acts = new ArrayList<>();
    INDArray y = net.forward(x, Set.of(), null, acts);
    assertEquals(net.output(x), y);
    assertEquals(net.nodeCount(), acts.size());
    assertEquals(net.idealActivations(x).get(net.nodeCount() - 1), acts.get(acts.size() - 1));
    assertTrue(net.nodeLayerConf(0).isPresent());
  }

  @Test
  void graphForwardWithoutReplacementIsDl4jOutput() {
    Network net = Network.of(ResNet20.build(8, 8, 1, 2, 3));
    INDArray x = images(4, 8, 8, 2);
    INDArray y = net.forward(x, Set.of(), null, null);
    assertEquals(net.output(x), y);
    assertEquals(((ComputationGraph) net.model()).outputSingle(false, x), y);
    boolean someVertexIsNotALayer = false;
    for (int i = 0; i < net.nodeCount(); i++) {
      someVertexIsNotALayer |= net.nodeLayer(i).isEmpty();
    }
    assertTrue(someVertexIsNotALayer, "a ResNet has element-wise add vertices");
  }

  @Test
  void replacedNodeGetsItsInputAndItsOutputFlowsOn() {
    Network net = Network.of(Models.mlp(4, 2, 5, 3));
    INDArray x = Nd4j.rand(DataType.FLOAT, 6, 4);
    int last = net.nodeCount() - 1;
    List<INDArray> seen = new ArrayList<>();
    INDArray y = net.forward(x, Set.of(last), (i, in) -> {
      seen.add(in);
      return Nd4j.zeros(DataType.FLOAT, in.size(0), 2);
    }, null);
    assertEquals(Nd4j.zeros(DataType.FLOAT, 6, 2), y);
    assertEquals(List.of(6L, 3L), List.of(seen.get(0).size(0), seen.get(0).size(1)));
    assertEquals(net.idealInput(last, x, net.idealActivations(x)), seen.get(0));
  }

  @Test
  void copyIsDeepAndTheWrapperSharesTheCallersParameters() {
    var dl4j = Models.mlp(4, 2, 9, 3);
    Network net = Network.of(dl4j);
    assertSame(dl4j, net.model());
    Network copy = net.copy();
    copy.setParams(copy.params().mul(0));
    assertNotEquals(copy.params(), net.params());
    assertEquals(dl4j.params(), net.params());
  }

  @Test
  void rejectsOtherModelsAndGraphsWithTwoOutputs() {
    assertEquals("network", assertThrows(ConfigException.class, () -> Network.of(null)).field());
    ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(1).graphBuilder()
        .addInputs("in")
        .addLayer("h", new DenseLayer.Builder().nIn(3).nOut(4).build(), "in")
        .addLayer("a", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(4).nOut(2)
            .activation(Activation.SOFTMAX).build(), "h")
        .addLayer("b", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(4).nOut(2)
            .activation(Activation.SOFTMAX).build(), "h")
        .setOutputs("a", "b").build();
    ComputationGraph twoOutputs = new ComputationGraph(conf);
    twoOutputs.init();
    ConfigException e = assertThrows(ConfigException.class, () -> Network.of(twoOutputs));
    assertEquals("network", e.field());
    assertTrue(e.getMessage().contains("one input and one output"), e.getMessage());
  }
}
