package org.xbarlab.crossbar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.graph.vertex.VertexIndices;
import org.deeplearning4j.nn.graph.vertex.impl.LayerVertex;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.xbarlab.XbarLabException;

/**
 * {@link NetworkRunner} of a single-input, single-output {@link ComputationGraph}: nodes are the
 * non-input vertices in topological order; non-layer vertices (element-wise add, merge, subset,
 * preprocessor vertices, ...) run digitally through DL4J's own {@code doForward}.
 */
final class GraphRunner implements NetworkRunner {
  private final ComputationGraph graph;
  private final List<GraphVertex> nodes = new ArrayList<>();
  private final String input;
  private final String output;
  private final Map<String, Integer> consumers = new HashMap<>();

  GraphRunner(ComputationGraph graph) {
    this.graph = graph;
    List<String> inputs = graph.getConfiguration().getNetworkInputs();
    List<String> outputs = graph.getConfiguration().getNetworkOutputs();
    if (inputs.size() != 1 || outputs.size() != 1) {
      throw new XbarLabException("ComputationGraph with " + inputs.size() + " inputs and "
          + outputs.size() + " outputs: only single-input, single-output graphs can be mapped");
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
  public int size() {
    return nodes.size();
  }

  @Override
  public String name(int i) {
    return nodes.get(i).getVertexName();
  }

  @Override
  public org.deeplearning4j.nn.conf.layers.Layer layerConf(int i) {
    GraphVertex v = nodes.get(i);
    return v.hasLayer() ? v.getLayer().conf().getLayer() : null;
  }

  @Override
  public Layer layer(int i) {
    GraphVertex v = nodes.get(i);
    return v.hasLayer() ? v.getLayer() : null;
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
    if (v instanceof LayerVertex) {
      InputPreProcessor pp = ((LayerVertex) v).getLayerPreProcessor();
      if (pp != null) {
        return pp.preProcess(x, (int) x.size(0), LayerWorkspaceMgr.noWorkspaces());
      }
    }
    return x;
  }

  @Override
  public INDArray forward(INDArray features, Set<Integer> weighted,
      BiFunction<Integer, INDArray, INDArray> crossbar, List<INDArray> collect) {
    Map<String, INDArray> acts = new HashMap<>();
    acts.put(input, features.castTo(DataType.FLOAT));
    for (int i = 0; i < nodes.size(); i++) {
      GraphVertex v = nodes.get(i);
      INDArray[] ins = inputsOf(v, acts);
      INDArray out;
      if (weighted.contains(i)) {
        out = crossbar.apply(i, preprocess(v, ins[0]));
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

  @Override
  public INDArray output(INDArray features) {
    return graph.output(false, features)[0];
  }
}
