package org.xbarlab.crossbar;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.xbarlab.RandomSource;

/** Small random-weight networks for crossbar tests (no dataset files). */
final class TestNets {
  private TestNets() {}

  /** Conv(Same) -> BN -> maxpool -> conv(Truncate) -> dense -> softmax, input 1x12x12. */
  static MultiLayerNetwork smallConvNet(long seed) {
    MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
        .seed(seed)
        .dataType(DataType.FLOAT)
        .weightInit(WeightInit.XAVIER)
        .list()
        .layer(new ConvolutionLayer.Builder(3, 3).nOut(4).stride(1, 1)
            .convolutionMode(ConvolutionMode.Same).activation(Activation.RELU).build())
        .layer(new BatchNormalization.Builder().build())
        .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2)
            .stride(2, 2).build())
        .layer(new ConvolutionLayer.Builder(3, 3).nOut(6).stride(1, 1).padding(1, 1)
            .convolutionMode(ConvolutionMode.Truncate).activation(Activation.TANH).build())
        .layer(new DenseLayer.Builder().nOut(40).activation(Activation.RELU).build())
        .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(5)
            .activation(Activation.SOFTMAX).build())
        .setInputType(InputType.convolutional(12, 12, 1))
        .build();
    MultiLayerNetwork net = new MultiLayerNetwork(conf);
    net.init();
    // give batch norm non-trivial running statistics
    INDArray p = net.getLayer(1).getParam("mean");
    p.assign(Nd4j.createFromArray(new float[] {0.1f, -0.2f, 0.05f, 0.3f}).reshape(p.shape()));
    INDArray gamma = net.getLayer(1).getParam("gamma");
    gamma.assign(Nd4j.createFromArray(new float[] {1.5f, 0.7f, 1.1f, 0.9f}).reshape(gamma.shape()));
    return net;
  }

  /** 784-100-10 MLP. */
  static MultiLayerNetwork mlp(long seed) {
    MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
        .seed(seed)
        .dataType(DataType.FLOAT)
        .weightInit(WeightInit.XAVIER)
        .list()
        .layer(new DenseLayer.Builder().nIn(64).nOut(50).activation(Activation.RELU).build())
        .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(50).nOut(10)
            .activation(Activation.SOFTMAX).build())
        .build();
    MultiLayerNetwork net = new MultiLayerNetwork(conf);
    net.init();
    return net;
  }

  /** Uniform [0,1) images {@code [n x 1 x 12 x 12]}. */
  static INDArray images(int n, long seed) {
    return uniform(new long[] {n, 1, 12, 12}, seed);
  }

  static INDArray uniform(long[] shape, long seed) {
    RandomSource rng = RandomSource.seeded(seed);
    long len = 1;
    for (long s : shape) {
      len *= s;
    }
    float[] v = new float[(int) len];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) rng.uniform();
    }
    return Nd4j.createFromArray(v).reshape('c', shape);
  }
}
