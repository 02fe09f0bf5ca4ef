package org.xbarlab.train;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.xbarlab.ProgressListener;
import org.xbarlab.data.FashionMnist;
import org.xbarlab.data.ImageDataset;
import org.xbarlab.nn.Network;

/** Small, seeded Fashion-MNIST subsets and a pre-trained MLP shared by the train tests. */
final class TrainFixtures {
  private static ImageDataset train;
  private static ImageDataset test;
  private static Network pretrained;

  private TrainFixtures() {}

  /** 150 images per class (1500) from the Fashion-MNIST training set, seed 1. */
  static synchronized ImageDataset train() {
    if (train == null) {
      train = FashionMnist.train().subsetPerClass(150, 1L);
    }
    return train;
  }

  /** 80 images per class (800) from the Fashion-MNIST test set, seed 2. */
  static synchronized ImageDataset test() {
    if (test == null) {
      test = FashionMnist.test().subsetPerClass(80, 2L);
    }
    return test;
  }

  /** An MLP 784-64-10 on 28x28 images (flattened by DL4J's preprocessor), Adam 1e-3. */
  static MultiLayerNetwork mlp(long seed) {
    MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
        .seed(seed)
        .dataType(DataType.FLOAT)
        .weightInit(WeightInit.XAVIER)
        .updater(new Adam(1e-3))
        .list()
        .layer(new DenseLayer.Builder().nOut(64).activation(Activation.RELU).build())
        .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(10)
            .activation(Activation.SOFTMAX).build())
        .setInputType(InputType.convolutional(28, 28, 1))
        .build();
    MultiLayerNetwork net = new MultiLayerNetwork(conf);
    net.init();
    return net;
  }

  /** The MLP pre-trained noise-free for 3 epochs (shared; tests must not modify it). */
  static synchronized Network pretrained() {
    if (pretrained == null) {
      pretrained = NoiseAwareTraining.train(Network.of(mlp(5)), TrainingSetup.noiseUnaware().withEpochs(3).withSeed(3),
          train(), test(), ProgressListener.none()).network();
    }
    return pretrained;
  }
}
