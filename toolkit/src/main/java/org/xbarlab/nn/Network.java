package org.xbarlab.nn;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.xbarlab.ConfigException;

/**
 * A trained or trainable DL4J network, whichever of DL4J's two network types it is: every toolkit API
 * (crossbar mapping, Monte-Carlo accuracy, noise-aware training, noise sweeps) takes this one type,
 * so there are no paired overloads for {@link MultiLayerNetwork} and {@link ComputationGraph}.
 *
 * <p>A network is a sequence of <em>nodes</em>: the layers of a {@code MultiLayerNetwork}, or the
 * non-input vertices of a single-input, single-output {@code ComputationGraph} in topological
 * order. {@link #forward} runs the nodes in that order and lets a caller replace chosen nodes (the
 * crossbar simulator runs its weighted layers on tiles this way); every other node runs exactly as
 * DL4J runs it at inference.
 *
 * <pre>{@code
 * Network net = Network.of(Models.smallCnn(28, 28, 1, 10, 42));   // or Network.of(resnet20Graph)
 * INDArray y = net.output(features);
 * }</pre>
 */
public sealed interface Network permits SequentialNetwork, GraphNetwork {

  /**
   * Wraps a DL4J network (not copied: the wrapper and {@code model} share their parameters).
   *
   * @param model a {@link MultiLayerNetwork} or a {@link ComputationGraph} with one input and one
   *     output
   * @throws ConfigException for any other model, or a graph with several inputs or outputs
   */
  static Network of(Model model) {
    if (model instanceof MultiLayerNetwork m) {
      return new SequentialNetwork(m);
    }
    if (model instanceof ComputationGraph g) {
      return new GraphNetwork(g);
    }
    throw new ConfigException("network", model == null ? null : model.getClass().getSimpleName(),
        "a MultiLayerNetwork or a ComputationGraph");
  }

  /** Returns the wrapped DL4J network (not a copy). */
  Model model();

  /** Returns a deep copy (parameters, updater state and configuration). */
  Network copy();

  /** Returns DL4J's runtime layers (all layers, in DL4J's own order). */
  Layer[] layers();

  /** Returns the classifier (output) layer. */
  Layer classifier();

  /**
   * Returns the input of the classifier layer for {@code features}, {@code [n x nIn]}.
   *
   * @throws ConfigException if the classifier of a graph receives activations that are not 2-d
   */
  INDArray classifierInput(INDArray features);

  /** Returns DL4J's inference output for {@code features} (dropout off). */
  INDArray output(INDArray features);

  /** Trains one epoch over {@code data} with DL4J's own {@code fit}. */
  void fit(DataSetIterator data);

  /** Returns the iteration (minibatch) count DL4J stores in the configuration. */
  int iterationCount();

  /** Returns the epoch count DL4J stores in the configuration. */
  int epochCount();

  /** Sets DL4J's iteration and epoch counts on the configuration and on every layer. */
  void setCounts(int iterations, int epochs);

  /** Returns the live updater state view (assigning into it restores the state), if any. */
  Optional<INDArray> updaterState();

  /** Returns the flattened parameter view. */
  default INDArray params() {
    return model().params();
  }

  /** Sets every parameter from a flattened vector of {@link #params()}'s length. */
  default void setParams(INDArray p) {
    model().setParams(p);
  }

  /** Adds a training listener. */
  default void addListener(TrainingListener listener) {
    model().addListeners(listener);
  }

  /** Removes a training listener added by {@link #addListener}. */
  void removeListener(TrainingListener listener);

  /** Returns the number of nodes. */
  int nodeCount();

  /** Returns the name of node {@code i}: the layer name (or {@code layer<i>}), or the vertex name. */
  String nodeName(int i);

  /** Returns the layer configuration of node {@code i}, if the node is a layer. */
  Optional<org.deeplearning4j.nn.conf.layers.Layer> nodeLayerConf(int i);

  /** Returns the runtime layer of node {@code i}, if the node is a layer. */
  Optional<Layer> nodeLayer(int i);

  /**
   * Runs the network node by node. Nodes in {@code replaced} are not run by DL4J:
   * {@code replacement} gets the node index and its (preprocessed) input and returns the node's
   * output. When {@code collect} is given, a copy of every node's output is appended to it.
   *
   * @param features network input, cast to float
   * @param replaced indices of the nodes {@code replacement} computes (may be empty)
   * @param replacement computes a replaced node's output; unused when {@code replaced} is empty
   * @param collect receives every node's output in node order, or null
   * @return the network output
   */
  INDArray forward(INDArray features, Set<Integer> replaced,
      BiFunction<Integer, INDArray, INDArray> replacement, List<INDArray> collect);

  /**
   * Returns DL4J's loss (score, including regularisation) on {@code data} in inference mode
   * (dropout off, batch normalisation with its running statistics).
   */
  double loss(org.nd4j.linalg.dataset.api.DataSet data);

  /**
   * Returns {@code dLoss/dW} of every node with a weight parameter {@code W}, keyed by node index,
   * each in the parameter's shape, on {@code data}, where the loss is DL4J's score (mean over the
   * examples; DL4J's raw gradient is a sum that its updater divides). Computed on a copy by DL4J's backpropagation,
   * which runs the forward pass in training mode (batch normalisation uses the minibatch statistics,
   * dropout is applied); this network is not changed.
   */
  java.util.Map<Integer, INDArray> weightGradients(org.nd4j.linalg.dataset.api.DataSet data);

  /** Returns a copy of every node's ideal (DL4J) output for {@code features}, in node order. */
  List<INDArray> idealActivations(INDArray features);

  /**
   * Returns the ideal preprocessed input of node {@code i}, given {@code ideal} from
   * {@link #idealActivations} on the same {@code features}.
   */
  INDArray idealInput(int i, INDArray features, List<INDArray> ideal);
}
