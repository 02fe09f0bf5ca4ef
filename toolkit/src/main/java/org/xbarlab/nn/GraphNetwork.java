package org.xbarlab.nn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.graph.vertex.VertexIndices;
import org.deeplearning4j.nn.graph.vertex.impl.LayerVertex;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.xbarlab.ConfigException;

/**
 * A single-input, single-output {@link ComputationGraph} (for example a ResNet with
 * {@code ElementWiseVertex} shortcuts) as a {@link Network}: nodes are the non-input vertices in
 * topological order; non-layer vertices (element-wise add, merge, subset, preprocessor vertices,
 * ...) run through DL4J's own {@code doForward}.
 */
public final class GraphNetwork implements Network {
  private final ComputationGraph graph;
  private final List<GraphVertex> nodes = new ArrayList<>();
  private final String input;
  private final String output;
  private final Map<String, Integer> consumers = new HashMap<>();

  GraphNetwork(ComputationGraph graph) {
    this.graph = graph;
    List<String> inputs = graph.getConfiguration().getNetworkInputs();
    List<String> outputs = graph.getConfiguration().getNetworkOutputs();
    if (inputs.size() != 1 || outputs.size() != 1) {
      throw new ConfigException("network", inputs + " -> " + outputs,
          "a graph with one input and one output");
    }
    this.input = inputs.get(0);
    this.output = outputs.get(0);
    GraphVertex[] vertices = graph.getVertices();
    for (int idx : graph.topologicalSortOrder()) {
      if (!vertices[idx].isInputVertex()) {
        nodes.add(vertices[idx]);
      }
      VertexIndices[] in = vertices[idx].getInputVertices();
      if (in != null) {
        for (VertexIndices vi : in) {
          consumers.merge(vertices[vi.getVertexIndex()].getVertexName(), 1, Integer::sum);
        }
      }
    }
  }

  @Override
  public Model model() {
    return graph;
  }

  @Override
  public double loss(org.nd4j.linalg.dataset.api.DataSet data) {
    return graph.score((org.nd4j.linalg.dataset.DataSet) data, false);
  }

  @Override
  public Map<Integer, INDArray> weightGradients(org.nd4j.linalg.dataset.api.DataSet data) {
    ComputationGraph g = graph.clone();
    g.setInputs(data.getFeatures());
    g.setLabels(data.getLabels());
    g.computeGradientAndScore();
    Map<Integer, INDArray> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i < nodeCount(); i++) {
      INDArray w = g.gradient().getGradientFor(nodeName(i) + "_W");
      if (w != null) {
        out.put(i, w.dup().divi(data.numExamples())); // DL4J leaves the division to its updater
      }
    }
    return out;
  }

  @Override
  public Network copy() {
    return new GraphNetwork(graph.clone());
  }

  @Override
  public Layer[] layers() {
    return graph.getLayers();
  }

  @Override
  public Layer classifier() {
    return graph.getLayer(output);
  }

  @Override
  public INDArray classifierInput(INDArray features) {
    List<String> inputs = graph.getConfiguration().getVertexInputs().get(output);
    Map<String, INDArray> acts = graph.feedForward(features, false);
    INDArray x = acts.get(inputs.get(0));
    if (x.rank() != 2) {
      throw new ConfigException("majorityVote", true,
          "a graph whose output layer receives 2-d activations");
    }
    return x;
  }

  @Override
  public INDArray output(INDArray features) {
    return graph.outputSingle(false, features);
  }

  @Override
  public void fit(DataSetIterator data) {
    graph.fit(data);
  }

  @Override
  public int iterationCount() {
    return graph.getConfiguration().getIterationCount();
  }

  @Override
  public int epochCount() {
    return graph.getConfiguration().getEpochCount();
  }

  @Override
  public void setCounts(int iterations, int epochs) {
    graph.getConfiguration().setIterationCount(iterations);
    graph.getConfiguration().setEpochCount(epochs);
    for (Layer l : graph.getLayers()) {
      l.setIterationCount(iterations);
      l.setEpochCount(epochs);
    }
  }

  @Override
  public Optional<INDArray> updaterState() {
    return graph.getUpdater() == null ? Optional.empty()
        : Optional.ofNullable(graph.getUpdater().getStateViewArray());
  }

  @Override
  public void removeListener(TrainingListener listener) {
    graph.getListeners().remove(listener);
  }

  @Override
  public int nodeCount() {
    return nodes.size();
  }

  @Override
  public String nodeName(int i) {
    return nodes.get(i).getVertexName();
  }

  @Override
  public Optional<org.deeplearning4j.nn.conf.layers.Layer> nodeLayerConf(int i) {
    GraphVertex v = nodes.get(i);
    return v.hasLayer() ? Optional.of(v.getLayer().conf().getLayer()) : Optional.empty();
  }

  @Override
  public Optional<Layer> nodeLayer(int i) {
    GraphVertex v = nodes.get(i);
    return v.hasLayer() ? Optional.of(v.getLayer()) : Optional.empty();
  }

  private INDArray[] inputsOf(GraphVertex v, Map<String, INDArray> acts) {
    VertexIndices[] in = v.getInputVertices();
    INDArray[] out = new INDArray[in.length];
    GraphVertex[] vertices = graph.getVertices();
    for (int k = 0; k < in.length; k++) {
      out[k] = acts.get(vertices[in[k].getVertexIndex()].getVertexName());
    }
    return out;
  }

  private static INDArray preprocess(GraphVertex v, INDArray x) {
    if (v instanceof LayerVertex lv) {
      InputPreProcessor pp = lv.getLayerPreProcessor();
      if (pp != null) {
        return pp.preProcess(x, (int) x.size(0), LayerWorkspaceMgr.noWorkspaces());
      }
    }
    return x;
  }

  @Override
  public INDArray forward(INDArray features, Set<Integer> replaced,
      java.util.function.BiFunction<Integer, INDArray, INDArray> replacement,
      List<INDArray> collect) {
    Map<String, INDArray> acts = new HashMap<>();
    acts.put(input, features.castTo(DataType.FLOAT));
    for (int i = 0; i < nodes.size(); i++) {
      GraphVertex v = nodes.get(i);
      INDArray[] ins = inputsOf(v, acts);
      INDArray out;
      if (replaced.contains(i)) {
        out = replacement.apply(i, preprocess(v, ins[0]));
      } else if (v.hasLayer()) {
        // a shared input is copied so that in-place layers cannot change it for other consumers
        String src = graph.getVertices()[v.getInputVertices()[0].getVertexIndex()].getVertexName();
        INDArray x = consumers.getOrDefault(src, 0) > 1 ? ins[0].dup() : ins[0];
        out = v.getLayer().activate(preprocess(v, x), false, LayerWorkspaceMgr.noWorkspaces());
      } else {
        v.setInputs(ins);
        out = v.doForward(false, LayerWorkspaceMgr.noWorkspaces());
        v.clear();
      }
      acts.put(v.getVertexName(), out);
      if (collect != null) {
        collect.add(out.dup());
      }
    }
    return acts.get(output);
  }

  /**
   * Runs every vertex through DL4J and keeps a copy of each output. (DL4J's own
   * {@code feedForward} map is not used: in-place activation layers overwrite the entries of the
   * vertices that feed them.)
   */
  @Override
  public List<INDArray> idealActivations(INDArray features) {
    List<INDArray> out = new ArrayList<>();
    forward(features, Set.of(), null, out);
    return out;
  }

  @Override
  public INDArray idealInput(int i, INDArray features, List<INDArray> ideal) {
    Map<String, INDArray> acts = new HashMap<>();
    acts.put(input, features);
    for (int k = 0; k < nodes.size(); k++) {
      acts.put(nodes.get(k).getVertexName(), ideal.get(k));
    }
    GraphVertex v = nodes.get(i);
    return preprocess(v, inputsOf(v, acts)[0].castTo(DataType.FLOAT));
  }
}
