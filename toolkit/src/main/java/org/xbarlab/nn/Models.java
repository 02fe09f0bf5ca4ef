package org.xbarlab.nn;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.xbarlab.ConfigException;

/**
 * Builders for the networks the notebooks train, initialised and ready to fit. Inputs are NCHW
 * images ({@code [n x channels x height x width]}); outputs are softmax over {@code classes}.
 * Every builder takes a seed, so the same seed gives the same initial weights.
 */
public final class Models {
  private Models() {}

  /**
   * Returns a small CNN for 28×28 grey images: conv 5×5×8, max-pool 2, conv 5×5×16, max-pool 2,
   * dense 64, softmax. About 20k weights: trains to ~85% on Fashion-MNIST in one short epoch.
   */
  public static MultiLayerNetwork smallCnn(int height, int width, int channels, int classes, long seed) {
    check(height, width, channels, classes);
    MultiLayerConfiguration conf = base(seed)
        .list()
        .layer(new ConvolutionLayer.Builder(5, 5).nOut(8).activation(Activation.RELU).build())
        .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build())
        .layer(new ConvolutionLayer.Builder(5, 5).nOut(16).activation(Activation.RELU).build())
        .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build())
        .layer(new DenseLayer.Builder().nOut(64).activation(Activation.RELU).build())
        .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(classes)
            .activation(Activation.SOFTMAX).build())
        .setInputType(InputType.convolutional(height, width, channels))
        .build();
    return init(conf);
  }

  /**
   * Returns LeNet-5 (LeCun et al. 1998, with ReLU and max-pooling as commonly trained today):
   * conv 5×5×6 ('same' padding), pool 2, conv 5×5×16, pool 2, dense 120, dense 84, softmax.
   */
  public static MultiLayerNetwork lenet5(int height, int width, int channels, int classes, long seed) {
    check(height, width, channels, classes);
    MultiLayerConfiguration conf = base(seed)
        .list()
        .layer(new ConvolutionLayer.Builder(5, 5).nOut(6).convolutionMode(ConvolutionMode.Same)
            .activation(Activation.RELU).build())
        .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build())
        .layer(new ConvolutionLayer.Builder(5, 5).nOut(16).activation(Activation.RELU).build())
        .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build())
        .layer(new DenseLayer.Builder().nOut(120).activation(Activation.RELU).build())
        .layer(new DenseLayer.Builder().nOut(84).activation(Activation.RELU).build())
        .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(classes)
            .activation(Activation.SOFTMAX).build())
        .setInputType(InputType.convolutional(height, width, channels))
        .build();
    return init(conf);
  }

  /**
   * Returns a multilayer perceptron on flattened images with the given hidden widths (ReLU).
   *
   * @param inputs number of input features, positive
   * @param hidden widths of the hidden layers, each positive
   */
  public static MultiLayerNetwork mlp(int inputs, int classes, long seed, int... hidden) {
    if (inputs <= 0) {
      throw new ConfigException("inputs", inputs, "a positive number of input features");
    }
    check(1, 1, 1, classes);
    NeuralNetConfiguration.ListBuilder list = base(seed).list();
    int nIn = inputs;
    for (int h : hidden) {
      if (h <= 0) {
        throw new ConfigException("hidden", h, "positive layer widths");
      }
      list.layer(new DenseLayer.Builder().nIn(nIn).nOut(h).activation(Activation.RELU).build());
      nIn = h;
    }
    list.layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(nIn).nOut(classes)
        .activation(Activation.SOFTMAX).build());
    return init(list.build());
  }

  /**
   * Returns a multilayer perceptron that takes NCHW images directly (DL4J flattens them with a
   * preprocessor): hidden ReLU layers of the given widths, softmax output.
   *
   * @param hidden widths of the hidden layers, each positive
   */
  public static MultiLayerNetwork imageMlp(int height, int width, int channels, int classes, long seed, int... hidden) {
    check(height, width, channels, classes);
    NeuralNetConfiguration.ListBuilder list = base(seed).list();
    for (int h : hidden) {
      if (h <= 0) {
        throw new ConfigException("hidden", h, "positive layer widths");
      }
      list.layer(new DenseLayer.Builder().nOut(h).activation(Activation.RELU).build());
    }
    list.layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(classes)
        .activation(Activation.SOFTMAX).build());
    list.setInputType(InputType.convolutional(height, width, channels));
    return init(list.build());
  }

  private static NeuralNetConfiguration.Builder base(long seed) {
    return base(seed, WeightInit.XAVIER);
  }

  /** The settings every toolkit network shares: seed, float32, {@code init}, Adam at 1e-3. */
  static NeuralNetConfiguration.Builder base(long seed, WeightInit init) {
    return new NeuralNetConfiguration.Builder()
        .seed(seed)
        .dataType(DataType.FLOAT)
        .weightInit(init)
        .updater(new Adam(1e-3));
  }

  private static MultiLayerNetwork init(MultiLayerConfiguration conf) {
    MultiLayerNetwork net = new MultiLayerNetwork(conf);
    net.init();
    return net;
  }

  private static void check(int height, int width, int channels, int classes) {
    if (height <= 0 || width <= 0 || channels <= 0) {
      throw new ConfigException("inputShape", height + "x" + width + "x" + channels,
          "positive height, width and channels");
    }
    if (classes < 2) {
      throw new ConfigException("classes", classes, "at least 2 classes");
    }
  }
}
