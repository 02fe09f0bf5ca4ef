package org.xbarlab.crossbar;

import java.util.List;
import java.util.function.BiFunction;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.Model;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Walks a DL4J network node by node (layers of a {@code MultiLayerNetwork}, non-input vertices of a
 * {@code ComputationGraph} in topological order), running weighted nodes through a callback and
 * everything else digitally exactly as DL4J does at inference.
 */
interface NetworkRunner {
  /** Returns the wrapped network. */
  Model model();

  /** Returns the number of nodes. */
  int size();

  /** Returns the name of node {@code i}. */
  String name(int i);

  /** Returns the layer configuration of node {@code i}, or null if it is not a layer. */
  org.deeplearning4j.nn.conf.layers.Layer layerConf(int i);

  /** Returns the runtime layer of node {@code i}, or null if it is not a layer. */
  Layer layer(int i);

  /**
   * Runs the network. {@code crossbar} is called for nodes in {@code weighted} with the node index
   * and its (preprocessed) input. When {@code collect} is not null, node outputs are appended.
   */
  INDArray forward(INDArray features, java.util.Set<Integer> weighted,
      BiFunction<Integer, INDArray, INDArray> crossbar, List<INDArray> collect);

  /** Returns the ideal (DL4J) output of every node for {@code features}. */
  List<INDArray> idealActivations(INDArray features);

  /** Returns the ideal (DL4J) preprocessed input of node {@code i} given ideal activations. */
  INDArray idealInput(int i, INDArray features, List<INDArray> ideal);

  /** Returns DL4J's own network output. */
  INDArray output(INDArray features);
}
