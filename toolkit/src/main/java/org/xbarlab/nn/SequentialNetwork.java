package org.xbarlab.nn;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

/** A {@link MultiLayerNetwork} as a {@link Network}: node {@code i} is layer {@code i}. */
public final class SequentialNetwork implements Network {
  private final MultiLayerNetwork net;

  SequentialNetwork(MultiLayerNetwork net) {
    this.net = net;
  }

  @Override
  public Model model() {
    return net;
  }

  @Override
  public Network copy() {
    return new SequentialNetwork(net.clone());
  }

  @Override
  public Layer[] layers() {
    return net.getLayers();
  }

  @Override
  public Layer classifier() {
    return net.getLayers()[net.getLayers().length - 1];
  }

  @Override
  public INDArray classifierInput(INDArray features) {
    int last = net.getLayers().length - 1;
    INDArray x = net.feedForwardToLayer(last - 1, features, false).get(last);
    return preprocess(last, x);
  }

  @Override
  public double loss(org.nd4j.linalg.dataset.api.DataSet data) {
    return net.score((org.nd4j.linalg.dataset.DataSet) data, false);
  }

  @Override
  public java.util.Map<Integer, INDArray> weightGradients(org.nd4j.linalg.dataset.api.DataSet data) {
    MultiLayerNetwork m = net.clone();
    m.setInput(data.getFeatures());
    m.setLabels(data.getLabels());
    m.computeGradientAndScore();
    java.util.Map<Integer, INDArray> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i < m.getnLayers(); i++) {
      INDArray g = m.gradient().getGradientFor(i + "_W");
      if (g != null) {
        out.put(i, g.dup().divi(data.numExamples())); // DL4J leaves the division to its updater
      }
    }
    return out;
  }

  @Override
  public INDArray output(INDArray features) {
    return net.output(features, false);
  }

  @Override
  public void fit(DataSetIterator data) {
    net.fit(data);
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
    return net.getUpdater() == null ? Optional.empty()
        : Optional.ofNullable(net.getUpdater().getStateViewArray());
  }

  @Override
  public void removeListener(TrainingListener listener) {
    net.getListeners().remove(listener);
  }

  @Override
  public int nodeCount() {
    return net.getnLayers();
  }

  @Override
  public String nodeName(int i) {
    String n = net.getLayerWiseConfigurations().getConf(i).getLayer().getLayerName();
    return n != null ? n : "layer" + i;
  }

  @Override
  public Optional<org.deeplearning4j.nn.conf.layers.Layer> nodeLayerConf(int i) {
    return Optional.of(net.getLayerWiseConfigurations().getConf(i).getLayer());
  }

  @Override
  public Optional<Layer> nodeLayer(int i) {
    return Optional.of(net.getLayer(i));
  }

  private INDArray preprocess(int i, INDArray x) {
    InputPreProcessor pp = net.getLayerWiseConfigurations().getInputPreProcess(i);
    return pp == null ? x : pp.preProcess(x, (int) x.size(0), LayerWorkspaceMgr.noWorkspaces());
  }

  @Override
  public INDArray forward(INDArray features, Set<Integer> replaced,
      BiFunction<Integer, INDArray, INDArray> replacement, List<INDArray> collect) {
    INDArray x = features.castTo(DataType.FLOAT);
    for (int i = 0; i < nodeCount(); i++) {
      x = preprocess(i, x);
      if (replaced.contains(i)) {
        x = replacement.apply(i, x);
      } else {
        x = net.getLayer(i).activate(x, false, LayerWorkspaceMgr.noWorkspaces());
      }
      if (collect != null) {
        collect.add(x.dup());
      }
    }
    return x;
  }

  @Override
  public List<INDArray> idealActivations(INDArray features) {
    List<INDArray> all = net.feedForward(features, false);
    return all.subList(1, all.size());
  }

  @Override
  public INDArray idealInput(int i, INDArray features, List<INDArray> ideal) {
    INDArray in = i == 0 ? features : ideal.get(i - 1);
    return preprocess(i, in.castTo(DataType.FLOAT));
  }
}
