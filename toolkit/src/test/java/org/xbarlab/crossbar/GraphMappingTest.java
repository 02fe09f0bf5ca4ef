package org.xbarlab.crossbar;

import org.xbarlab.Columns;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.xbarlab.RandomSource;
import tech.tablesaw.api.Table;
import org.xbarlab.nn.Network;

class GraphMappingTest {
  /** A ResNet-style block: conv-BN-ReLU-conv-BN + identity shortcut, ReLU, global pool, softmax. */
  static ComputationGraph residualNet() {
    ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder()
        .seed(3).dataType(DataType.FLOAT).weightInit(WeightInit.XAVIER)
        .convolutionMode(ConvolutionMode.Same)
        .graphBuilder()
        .addInputs("in")
        .setInputTypes(InputType.convolutional(8, 8, 3))
        .addLayer("stem", new ConvolutionLayer.Builder(3, 3).nOut(8)
            .activation(Activation.RELU).build(), "in")
        .addLayer("c1", new ConvolutionLayer.Builder(3, 3).nOut(8)
            .activation(Activation.IDENTITY).build(), "stem")
        .addLayer("bn1", new BatchNormalization.Builder().build(), "c1")
        .addLayer("r1", new ActivationLayer.Builder().activation(Activation.RELU).build(), "bn1")
        .addLayer("c2", new ConvolutionLayer.Builder(3, 3).nOut(8)
            .activation(Activation.IDENTITY).build(), "r1")
        .addVertex("add", new ElementWiseVertex(ElementWiseVertex.Op.Add), "c2", "stem")
        .addLayer("r2", new ActivationLayer.Builder().activation(Activation.RELU).build(), "add")
        .addLayer("pool", new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), "r2")
        .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(4)
            .activation(Activation.SOFTMAX).build(), "pool")
        .setOutputs("out")
        .build();
    ComputationGraph g = new ComputationGraph(conf);
    g.init();
    return g;
  }

  @Test
  void idealSixteenBitReproducesComputationGraph() {
    ComputationGraph g = residualNet();
    INDArray x = TestNets.uniform(new long[] {32, 3, 8, 8}, 4);
    INDArray expected = g.output(false, x)[0];
    CrossbarMapping m = CrossbarMapping.map(Network.of(g), CrossbarConfig.ideal(16).withCrossbarSize(32), x);
    INDArray got = m.programIdeal().output(x, RandomSource.seeded(1));
    double diff = expected.sub(got).amaxNumber().doubleValue();
    assertTrue(diff < 2e-3, "diff " + diff);
    Table r = m.report();
    assertEquals("CONVOLUTION", r.stringColumn(Columns.LAYER_KIND).get(m.layerIndex("c2")));
    assertEquals("DIGITAL", r.stringColumn(Columns.LAYER_KIND).get(m.layerIndex("add")));
    assertEquals("DENSE", r.stringColumn(Columns.LAYER_KIND).get(m.layerIndex("out")));
    assertEquals(72, r.intColumn("fan_in_rows").get(m.layerIndex("c1")));
    assertEquals(3, m.positionOf("c1", 7, 7, 2, 2).get(0).rowTile() + 1);
    Table errors = LayerErrors.compute(m, x, 1);
    for (int i = 0; i < errors.rowCount(); i++) {
      assertTrue(errors.doubleColumn("propagated_rel_error").get(i) < 1e-3, "node " + i);
    }
  }
}
