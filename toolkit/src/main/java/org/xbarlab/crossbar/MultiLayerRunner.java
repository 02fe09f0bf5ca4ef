package org.xbarlab.crossbar;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** {@link NetworkRunner} of a {@link MultiLayerNetwork}: node {@code i} is layer {@code i}. */
final class MultiLayerRunner implements NetworkRunner {
  private final MultiLayerNetwork net;

  MultiLayerRunner(MultiLayerNetwork net) {
    this.net = net;
  }

  @Override
  public Model model() {
    return net;
  }

  @Override
  public int size() {
    return net.getnLayers();
  }

  @Override
  public String name(int i) {
    String n = layerConf(i).getLayerName();
    return n != null ? n : "layer" + i;
  }

  @Override
  public org.deeplearning4j.nn.conf.layers.Layer layerConf(int i) {
    return net.getLayerWiseConfigurations().getConf(i).getLayer();
  }

  @Override
  public Layer layer(int i) {
    return net.getLayer(i);
  }

  private INDArray preprocess(int i, INDArray x) {
    InputPreProcessor pp = net.getLayerWiseConfigurations().getInputPreProcess(i);
    return pp == null ? x : pp.preProcess(x, (int) x.size(0), LayerWorkspaceMgr.noWorkspaces());
  }

  @Override
  public INDArray forward(INDArray features, Set<Integer> weighted,
      BiFunction<Integer, INDArray, INDArray> crossbar, List<INDArray> collect) {
    INDArray x = features.castTo(DataType.FLOAT);
    for (int i = 0; i < size(); i++) {
      x = preprocess(i, x);
      if (weighted.contains(i)) {
        x = crossbar.apply(i, x);
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

  @Override
  public INDArray output(INDArray features) {
    return net.output(features, false);
  }
}
