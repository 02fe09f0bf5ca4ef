package org.xbarlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.NoSuchElementException;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.evaluation.classification.Evaluation;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.xbarlab.ConfigException;

class ImageDataSetIteratorTest {

  @Test
  void feedsADl4jConvolutionNetworkAndAdvancesOneEpochPerPass() {
    ImageDataset data = ImageDatasetTest.unbalanced(); // 60 x 2 x 3 x 3, 3 classes
    MultiLayerConfiguration conf =
        new NeuralNetConfiguration.Builder()
            .seed(1)
            .updater(new Adam(0.05))
            .list()
            .layer(new ConvolutionLayer.Builder(2, 2).nOut(4).activation(Activation.RELU).build())
            .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3).activation(Activation.SOFTMAX).build())
            .setInputType(InputType.convolutional(3, 3, 2))
            .build();
    MultiLayerNetwork network = new MultiLayerNetwork(conf);
    network.init();
    ImageDataSetIterator iterator = ImageDataSetIterator.shuffled(data, 16, 9L, Augmentation.none());
    network.fit(iterator, 3);
    assertEquals(2, iterator.epoch(), "three passes = epochs 0, 1, 2");
    Evaluation evaluation = network.evaluate(data.evaluationIterator(32));
    assertEquals(60, evaluation.getConfusionMatrix().getActualTotal(0)
        + evaluation.getConfusionMatrix().getActualTotal(1)
        + evaluation.getConfusionMatrix().getActualTotal(2));
  }

  @Test
  void reportsShapeAndContract() {
    ImageDataset data = ImageDatasetTest.unbalanced();
    ImageDataSetIterator iterator = ImageDataSetIterator.ordered(data, 50);
    assertEquals(18, iterator.inputColumns());
    assertEquals(3, iterator.totalOutcomes());
    assertEquals(data.classNames(), iterator.getLabels());
    assertTrue(iterator.resetSupported());
    assertEquals(50, iterator.next().numExamples());
    assertEquals(10, iterator.next().numExamples());
    assertFalse(iterator.hasNext());
    assertThrows(NoSuchElementException.class, iterator::next);
    iterator.reset();
    assertEquals(7, iterator.next(7).numExamples());
    assertThrows(ConfigException.class, () -> ImageDataSetIterator.ordered(data, 0));
  }
}
