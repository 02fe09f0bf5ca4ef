package org.xbarlab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.executioner.OpExecutioner;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.nd4j.linalg.profiler.OpProfiler;
import org.xbarlab.data.FashionMnist;
import org.xbarlab.data.ImageDataset;
import org.xbarlab.nn.Models;
import org.xbarlab.nn.ResNet20;

/**
 * Benchmark (a plain main, not a test): DL4J training throughput of LeNet-5 on Fashion-MNIST and
 * ResNet-20 on random CIFAR-shaped data, under the options DL4J offers, for the side-by-side
 * comparison with PyTorch in {@code benchmarks/run.sh pytorch} (issue: training speed against
 * PyTorch). Each config builds a fresh net (seed 1), trains one warm-up epoch, then {@code epochs}
 * timed epochs; images/s of the best timed epoch is reported.
 *
 * <p>A config is a colon-separated spec, for example {@code lenet:b64:nchw:ws:mem:helpers} :
 * <ul>
 *   <li>{@code lenet} | {@code resnet} — the net: {@code Models.lenet5} / {@code ResNet20.build} for
 *       NCHW with workspaces on, otherwise a rebuild with the same layers (checked at start);
 *   <li>{@code b<N>} — minibatch size;
 *   <li>{@code nchw} | {@code nhwc} — {@link CNN2DFormat} of the conv, pooling and BN layers
 *       (and the data);
 *   <li>{@code ws} | {@code nows} — workspace mode ENABLED or NONE (training and inference);
 *   <li>{@code mem} | {@code iter} — minibatches pre-built in memory, or the toolkit's
 *       {@code ImageDataset.iterator} (shuffles and converts bytes to floats per batch);
 *   <li>{@code helpers} | {@code nohelpers} — DL4J's oneDNN (MKL-DNN) layer helpers: M2.1 disables
 *       them unless {@code -Dorg.eclipse.deeplearning4j.helpers.disable=false}; they only run on
 *       a libnd4j built with oneDNN (classifier {@code linux-x86_64-onednn*}).
 * </ul>
 *
 * <pre>
 * java -cp ... org.xbarlab.bench.TrainingThroughput --out build/dl4j.json --tag default \
 *     --lenet-images 6000 --resnet-images 1024 --epochs 2 lenet:b64:nchw:ws:mem:nohelpers ...
 * java -cp ... org.xbarlab.bench.TrainingThroughput --profile lenet:b64:nchw:ws:mem:nohelpers
 * </pre>
 *
 * <p>{@code --profile} runs one LeNet epoch under ND4J's {@link OpProfiler} and prints its
 * per-op dashboard. The thread count is ND4J's ({@code OMP_NUM_THREADS}, set by the caller).
 */
public final class TrainingThroughput {
  private TrainingThroughput() {}

  /** One parsed config spec. */
  record Config(String spec, String net, int batch, CNN2DFormat format, WorkspaceMode ws, boolean memory,
      boolean helpers) {
    static Config parse(String spec) {
      String net = null;
      int batch = 64;
      CNN2DFormat format = CNN2DFormat.NCHW;
      WorkspaceMode ws = WorkspaceMode.ENABLED;
      boolean memory = true;
      boolean helpers = false;
      for (String p : spec.split(":")) {
        switch (p) {
          case "lenet", "resnet" -> net = p;
          case "nchw" -> format = CNN2DFormat.NCHW;
          case "nhwc" -> format = CNN2DFormat.NHWC;
          case "ws" -> ws = WorkspaceMode.ENABLED;
          case "nows" -> ws = WorkspaceMode.NONE;
          case "mem" -> memory = true;
          case "iter" -> memory = false;
          case "helpers" -> helpers = true;
          case "nohelpers" -> helpers = false;
          default -> {
            if (p.startsWith("b")) {
              batch = Integer.parseInt(p.substring(1));
            } else {
              throw new IllegalArgumentException("unknown part '" + p + "' in config " + spec);
            }
          }
        }
      }
      if (net == null) {
        throw new IllegalArgumentException("config needs lenet or resnet: " + spec);
      }
      return new Config(spec, net, batch, format, ws, memory, helpers);
    }
  }

  /** Runs the configs given as arguments; see the class comment. */
  public static void main(String[] args) throws IOException {
    Path out = null;
    String tag = "default";
    int lenetImages = 6000;
    int resnetImages = 1024;
    int epochs = 2;
    boolean profile = false;
    List<Config> configs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = Path.of(args[++i]);
        case "--tag" -> tag = args[++i];
        case "--lenet-images" -> lenetImages = Integer.parseInt(args[++i]);
        case "--resnet-images" -> resnetImages = Integer.parseInt(args[++i]);
        case "--epochs" -> epochs = Integer.parseInt(args[++i]);
        case "--profile" -> profile = true;
        default -> configs.add(Config.parse(args[i]));
      }
    }
    if (configs.isEmpty()) {
      configs.add(Config.parse("lenet:b64:nchw:ws:mem:nohelpers"));
    }
    String omp = System.getenv("OMP_NUM_THREADS");
    Nd4j.create(1); // load the backend before reading its environment
    String backend = backendInfo();
    System.out.printf("DL4J backend: %s, OMP_NUM_THREADS=%s, ND4J maxThreads=%d%n", backend, omp,
        Nd4j.getEnvironment().maxThreads());

    ImageDataset fashion = null;
    List<String> rows = new ArrayList<>();
    for (Config c : configs) {
      if (c.net.equals("lenet") && fashion == null) {
        fashion = FashionMnist.train().subsetPerClass(lenetImages / 10, 1L);
      }
      // Helpers are created at layer init: the property must be set before the net is built.
      System.setProperty("org.eclipse.deeplearning4j.helpers.disable", Boolean.toString(!c.helpers));
      Nd4j.getEnvironment().allowHelpers(c.helpers);
      Model net = c.net.equals("lenet") ? lenet(c) : resnet(c);
      assertSameLayersAsToolkit(net, c);
      String helperNames = helperNames(net);
      List<DataSet> batches = c.net.equals("lenet") ? batches(fashion, c) : randomCifar(resnetImages, c);
      int images = batches.stream().mapToInt(DataSet::numExamples).sum();
      fitEpoch(net, c, fashion, batches, 0); // warm-up
      if (profile) {
        Nd4j.getExecutioner().setProfilingMode(OpExecutioner.ProfilingMode.OPERATIONS);
        OpProfiler.getInstance().reset();
        long t0 = System.nanoTime();
        fitEpoch(net, c, fashion, batches, 1);
        double s = (System.nanoTime() - t0) / 1e9;
        Nd4j.getExecutioner().setProfilingMode(OpExecutioner.ProfilingMode.DISABLED);
        System.out.printf("profiled epoch of %s: %.2f s (%.0f images/s with profiling on)%n", c.spec, s, images / s);
        OpProfiler.getInstance().printOutDashboard();
        continue;
      }
      double best = 0;
      List<String> each = new ArrayList<>();
      for (int e = 1; e <= epochs; e++) {
        long t0 = System.nanoTime();
        fitEpoch(net, c, fashion, batches, e);
        double s = (System.nanoTime() - t0) / 1e9;
        double ips = images / s;
        best = Math.max(best, ips);
        each.add(String.format(Locale.ROOT, "%.1f", ips));
      }
      System.out.printf(Locale.ROOT, "DL4J %-8s %-40s %8.1f images/s (epochs: %s; helpers: %s)%n", tag, c.spec, best,
          String.join(", ", each), helperNames);
      rows.add(String.format(Locale.ROOT,
          "{\"framework\": \"dl4j\", \"tag\": \"%s\", \"config\": \"%s\", \"net\": \"%s\", \"batch\": %d,"
              + " \"format\": \"%s\", \"workspace\": \"%s\", \"data\": \"%s\", \"helpers\": %b,"
              + " \"active_helpers\": \"%s\", \"backend\": \"%s\", \"omp_num_threads\": \"%s\", \"images\": %d,"
              + " \"images_per_s\": %.2f, \"epochs_images_per_s\": [%s]}",
          tag, c.spec, c.net, c.batch, c.format, c.ws, c.memory ? "memory" : "iterator", c.helpers, helperNames,
          backend, omp, images, best, String.join(", ", each)));
    }
    if (out != null) {
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      Files.writeString(out, "[\n  " + String.join(",\n  ", rows) + "\n]\n");
      System.out.println("wrote " + out);
    }
  }

  private static void fitEpoch(Model net, Config c, ImageDataset fashion, List<DataSet> batches, int epoch) {
    if (!c.memory && fashion != null) {
      DataSetIterator it = fashion.iterator(c.batch, 100L + epoch);
      while (it.hasNext()) {
        DataSet ds = it.next();
        if (c.format == CNN2DFormat.NHWC) {
          ds = new DataSet(ds.getFeatures().permute(0, 2, 3, 1).dup(), ds.getLabels());
        }
        fit(net, ds);
      }
      return;
    }
    for (DataSet ds : batches) {
      fit(net, ds);
    }
  }

  private static void fit(Model net, DataSet ds) {
    if (net instanceof MultiLayerNetwork m) {
      m.fit(ds);
    } else {
      ((ComputationGraph) net).fit(ds);
    }
  }

  /** Returns minibatches of the dataset in a fixed shuffled order, features in the config's format. */
  private static List<DataSet> batches(ImageDataset data, Config c) {
    List<DataSet> out = new ArrayList<>();
    DataSetIterator it = data.iterator(c.batch, 7L);
    while (it.hasNext()) {
      DataSet ds = it.next();
      INDArray f = ds.getFeatures();
      if (c.format == CNN2DFormat.NHWC) {
        f = f.permute(0, 2, 3, 1).dup();
      }
      out.add(new DataSet(f, ds.getLabels()));
    }
    return out;
  }

  /** Returns random 32x32x3 images with random one-hot labels over 10 classes, in batches. */
  private static List<DataSet> randomCifar(int images, Config c) {
    Random rnd = new Random(5);
    List<DataSet> out = new ArrayList<>();
    for (int start = 0; start < images; start += c.batch) {
      int n = Math.min(c.batch, images - start);
      INDArray f = c.format == CNN2DFormat.NHWC
          ? Nd4j.rand(DataType.FLOAT, n, 32, 32, 3) : Nd4j.rand(DataType.FLOAT, n, 3, 32, 32);
      INDArray y = Nd4j.zeros(DataType.FLOAT, n, 10);
      for (int i = 0; i < n; i++) {
        y.putScalar(i, rnd.nextInt(10), 1f);
      }
      out.add(new DataSet(f, y));
    }
    return out;
  }

  /**
   * The toolkit's network for the default layout (NCHW, workspaces on); for the other layouts a
   * rebuild with the same layers, which the toolkit's builders do not expose. The rebuild is checked
   * against the toolkit's network ({@link #assertSameLayersAsToolkit}).
   */
  static MultiLayerNetwork lenet(Config c) {
    if (c.format == CNN2DFormat.NCHW && c.ws == WorkspaceMode.ENABLED) {
      return Models.lenet5(28, 28, 1, 10, 1);
    }
    CNN2DFormat f = c.format;
    MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
        .seed(1)
        .dataType(DataType.FLOAT)
        .weightInit(WeightInit.XAVIER)
        .updater(new Adam(1e-3))
        .trainingWorkspaceMode(c.ws)
        .inferenceWorkspaceMode(c.ws)
        .list()
        .layer(new ConvolutionLayer.Builder(5, 5).nOut(6).convolutionMode(ConvolutionMode.Same).dataFormat(f)
            .activation(Activation.RELU).build())
        .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2)
            .dataFormat(f).build())
        .layer(new ConvolutionLayer.Builder(5, 5).nOut(16).dataFormat(f).activation(Activation.RELU).build())
        .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2)
            .dataFormat(f).build())
        .layer(new DenseLayer.Builder().nOut(120).activation(Activation.RELU).build())
        .layer(new DenseLayer.Builder().nOut(84).activation(Activation.RELU).build())
        .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(10)
            .activation(Activation.SOFTMAX).build())
        .setInputType(InputType.convolutional(28, 28, 1, f))
        .build();
    MultiLayerNetwork net = new MultiLayerNetwork(conf);
    net.init();
    return net;
  }

  /** Like {@link #lenet} for ResNet-20 ({@code ResNet20.build(32, 32, 3, 10, 1)}). */
  static ComputationGraph resnet(Config c) {
    if (c.format == CNN2DFormat.NCHW && c.ws == WorkspaceMode.ENABLED) {
      return ResNet20.build(32, 32, 3, 10, 1);
    }
    CNN2DFormat f = c.format;
    ComputationGraphConfiguration.GraphBuilder g = new NeuralNetConfiguration.Builder()
        .seed(1)
        .dataType(DataType.FLOAT)
        .weightInit(WeightInit.RELU)
        .updater(new Adam(1e-3))
        .convolutionMode(ConvolutionMode.Same)
        .trainingWorkspaceMode(c.ws)
        .inferenceWorkspaceMode(c.ws)
        .graphBuilder()
        .addInputs("input")
        .setInputTypes(InputType.convolutional(32, 32, 3, f));
    g.addLayer("stem", conv(3, 1, 16, f), "input");
    g.addLayer("stem_bn", new BatchNormalization.Builder().dataFormat(f).build(), "stem");
    g.addLayer("stem_relu", new ActivationLayer.Builder().activation(Activation.RELU).build(), "stem_bn");
    String in = "stem_relu";
    int inChannels = 16;
    int[] stages = {16, 32, 64};
    for (int s = 0; s < stages.length; s++) {
      for (int b = 0; b < 3; b++) {
        int out = stages[s];
        int stride = (s > 0 && b == 0) ? 2 : 1;
        String p = "s" + (s + 1) + "b" + (b + 1) + "_";
        g.addLayer(p + "conv1", conv(3, stride, out, f), in);
        g.addLayer(p + "bn1", new BatchNormalization.Builder().dataFormat(f).build(), p + "conv1");
        g.addLayer(p + "relu1", new ActivationLayer.Builder().activation(Activation.RELU).build(), p + "bn1");
        g.addLayer(p + "conv2", conv(3, 1, out, f), p + "relu1");
        g.addLayer(p + "bn2", new BatchNormalization.Builder().dataFormat(f).build(), p + "conv2");
        String shortcut = in;
        if (stride != 1 || inChannels != out) {
          g.addLayer(p + "proj", conv(1, stride, out, f), in);
          g.addLayer(p + "projbn", new BatchNormalization.Builder().dataFormat(f).build(), p + "proj");
          shortcut = p + "projbn";
        }
        g.addVertex(p + "add", new ElementWiseVertex(ElementWiseVertex.Op.Add), p + "bn2", shortcut);
        g.addLayer(p + "relu2", new ActivationLayer.Builder().activation(Activation.RELU).build(), p + "add");
        in = p + "relu2";
        inChannels = out;
      }
    }
    int[] spatial = f == CNN2DFormat.NHWC ? new int[] {1, 2} : new int[] {2, 3};
    g.addLayer("gap", new GlobalPoolingLayer.Builder(PoolingType.AVG).poolingDimensions(spatial).build(), in);
    g.addLayer("output", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(10)
        .activation(Activation.SOFTMAX).weightInit(WeightInit.XAVIER).build(), "gap");
    g.setOutputs("output");
    ComputationGraph net = new ComputationGraph(g.build());
    net.init();
    return net;
  }

  private static ConvolutionLayer conv(int kernel, int stride, int out, CNN2DFormat f) {
    return new ConvolutionLayer.Builder(kernel, kernel).stride(stride, stride).nOut(out).dataFormat(f)
        .hasBias(false).activation(Activation.IDENTITY).build();
  }

  /** Fails unless a rebuilt variant has the toolkit network's layer types and parameter count. */
  private static void assertSameLayersAsToolkit(Model net, Config c) {
    Model reference = c.net.equals("lenet") ? Models.lenet5(28, 28, 1, 10, 1) : ResNet20.build(32, 32, 3, 10, 1);
    if (net.numParams() != reference.numParams() || !layerTypes(net).equals(layerTypes(reference))) {
      throw new IllegalStateException("the " + c.spec + " rebuild no longer matches the toolkit's " + c.net
          + ": " + layerTypes(net) + " vs " + layerTypes(reference));
    }
  }

  private static List<String> layerTypes(Model net) {
    org.deeplearning4j.nn.api.Layer[] layers = net instanceof MultiLayerNetwork m ? m.getLayers()
        : ((ComputationGraph) net).getLayers();
    List<String> types = new ArrayList<>();
    for (org.deeplearning4j.nn.api.Layer l : layers) {
      types.add(l.conf().getLayer().getClass().getSimpleName());
    }
    return types;
  }

  /** Returns which layer helpers are active (for example MKLDNNConvHelper), or "none". */
  private static String helperNames(Model net) {
    org.deeplearning4j.nn.api.Layer[] layers = net instanceof MultiLayerNetwork m ? m.getLayers()
        : ((ComputationGraph) net).getLayers();
    List<String> names = new ArrayList<>();
    for (org.deeplearning4j.nn.api.Layer l : layers) {
      if (l instanceof org.deeplearning4j.nn.layers.AbstractLayer<?> a && a.getHelper() != null) {
        String n = a.getHelper().getClass().getSimpleName();
        if (!names.contains(n)) {
          names.add(n);
        }
      }
    }
    return names.isEmpty() ? "none" : String.join("+", names);
  }

  /**
   * Returns the platform folder of the libnd4j actually loaded (for example {@code linux-x86_64} or
   * {@code linux-x86_64-onednn-avx2}), read from /proc/self/maps. ND4J's own {@code isUseONEDNN()}
   * is only a switch that defaults to true, also on builds without oneDNN.
   */
  private static String backendInfo() {
    String lib = "unknown";
    try {
      lib = Files.readAllLines(Path.of("/proc/self/maps")).stream()
          .filter(l -> l.endsWith("/libnd4jcpu.so"))
          .map(l -> Path.of(l.substring(l.indexOf('/'))).getParent().getFileName().toString())
          .findFirst().orElse("unknown");
    } catch (IOException | RuntimeException e) {
      lib = "unknown (" + e.getClass().getSimpleName() + ")";
    }
    return "libnd4jcpu " + lib;
  }
}
