package org.xbarlab.train;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.xbarlab.ConfigException;

/**
 * The operations training and evaluation need from a DL4J network, for both
 * {@link MultiLayerNetwork} and single-input, single-output {@link ComputationGraph}.
 */
sealed interface Net permits Net.Sequential, Net.Graph {
  static Net of(Model model) {
    if (model instanceof MultiLayerNetwork m) {
      return new Sequential(m);
    }
    if (model instanceof ComputationGraph g) {
      if (g.getConfiguration().getNetworkInputs().size() != 1 || g.getConfiguration().getNetworkOutputs().size() != 1) {
        throw new ConfigException("network", g.getConfiguration().getNetworkInputs() + " -> "
            + g.getConfiguration().getNetworkOutputs(), "a graph with one input and one output");
      }
      return new Graph(g);
    }
    throw new ConfigException("network", model == null ? null : model.getClass().getSimpleName(),
        "a MultiLayerNetwork or ComputationGraph");
  }

  Model model();

  Layer[] layers();

  Net copy();

  void fit(DataSetIterator data);

  INDArray output(INDArray features);

  /** Returns the input of the classifier (last) layer for {@code features}, {@code [n x nIn]}. */
  INDArray classifierInput(INDArray features);

  /** Returns the classifier (output) layer. */
  Layer classifier();

  int iterationCount();

  int epochCount();

  void setCounts(int iterations, int epochs);

  /** Returns the live updater state view (assigning into it restores the state), if any. */
  Optional<INDArray> updaterState();

  void removeListener(TrainingListener l);

  default INDArray params() {
    return model().params();
  }

  default void setParams(INDArray p) {
    model().setParams(p);
  }

  default void addListener(TrainingListener l) {
    model().addListeners(l);
  }

  /** A MultiLayerNetwork. */
  record Sequential(MultiLayerNetwork net) implements Net {
    @Override
    public Model model() {
      return net;
    }

    @Override
    public Layer[] layers() {
      return net.getLayers();
    }

    @Override
    public Net copy() {
      return new Sequential(net.clone());
    }

    @Override
    public void fit(DataSetIterator data) {
      net.fit(data);
    }

    @Override
    public INDArray output(INDArray features) {
      return net.output(features, false);
    }

    @Override
    public INDArray classifierInput(INDArray features) {
      int last = net.getLayers().length - 1;
      INDArray x = net.feedForwardToLayer(last - 1, features, false).get(last);
      InputPreProcessor pp = net.getLayerWiseConfigurations().getInputPreProcess(last);
      return pp == null ? x : pp.preProcess(x, (int) x.size(0), LayerWorkspaceMgr.noWorkspaces());
    }

    @Override
    public Layer classifier() {
      return net.getLayers()[net.getLayers().length - 1];
    }

    @Override
    public int iterationCount() {
      return net.getLayerWiseConfigurations().getIterationCount();
    }

    @Override
    public int epochCount() {
      return net.getLayerWiseConfigurations().getEpochCount();
    }

    @Override
    public void setCounts(int iterations, int epochs) {
      net.getLayerWiseConfigurations().setIterationCount(iterations);
      net.getLayerWiseConfigurations().setEpochCount(epochs);
      for (Layer l : net.getLayers()) {
        l.setIterationCount(iterations);
        l.setEpochCount(epochs);
      }
    }

    @Override
    public Optional<INDArray> updaterState() {
      return net.getUpdater() == null ? Optional.empty() : Optional.ofNullable(net.getUpdater().getStateViewArray());
    }

    @Override
    public void removeListener(TrainingListener l) {
      net.getListeners().remove(l);
    }
  }

  /** A single-input, single-output ComputationGraph. */
  record Graph(ComputationGraph net) implements Net {
    @Override
    public Model model() {
      return net;
    }

    @Override
    public Layer[] layers() {
      return net.getLayers();
    }

    @Override
    public Net copy() {
      return new Graph(net.clone());
    }

    @Override
    public void fit(DataSetIterator data) {
      net.fit(data);
    }

    @Override
    public INDArray output(INDArray features) {
      return net.outputSingle(false, features);
    }

    @Override
    public INDArray classifierInput(INDArray features) {
      String out = net.getConfiguration().getNetworkOutputs().get(0);
      List<String> inputs = net.getConfiguration().getVertexInputs().get(out);
      Map<String, INDArray> acts = net.feedForward(features, false);
      INDArray x = acts.get(inputs.get(0));
      if (x.rank() != 2) {
        throw new ConfigException("majorityVote", true, "a graph whose output layer receives 2-d activations");
      }
      return x;
    }

    @Override
    public Layer classifier() {
      return net.getLayer(net.getConfiguration().getNetworkOutputs().get(0));
    }

    @Override
    public int iterationCount() {
      return net.getConfiguration().getIterationCount();
    }

    @Override
    public int epochCount() {
      return net.getConfiguration().getEpochCount();
    }

    @Override
    public void setCounts(int iterations, int epochs) {
      net.getConfiguration().setIterationCount(iterations);
      net.getConfiguration().setEpochCount(epochs);
      for (Layer l : net.getLayers()) {
        l.setIterationCount(iterations);
        l.setEpochCount(epochs);
      }
    }

    @Override
    public Optional<INDArray> updaterState() {
      return net.getUpdater() == null ? Optional.empty() : Optional.ofNullable(net.getUpdater().getStateViewArray());
    }

    @Override
    public void removeListener(TrainingListener l) {
      net.getListeners().remove(l);
    }
  }
}
