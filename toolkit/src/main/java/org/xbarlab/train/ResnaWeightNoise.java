package org.xbarlab.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.weightnoise.IWeightNoise;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;
import org.xbarlab.nn.Network;

/**
 * DL4J weight-noise hook for ReSNA-style training: while training, every dense, convolution and
 * output layer computes its forward and backward pass with {@link NoiseModel#noisyWeights} of its
 * clean {@code "W"}; DL4J applies the resulting gradient to the clean parameters, which is exactly
 * ReSNA's "update the clean master weights" (papers.md 1.5 step 3). Biases stay clean (added
 * digitally). At inference ({@code train == false}) the clean weights are returned.
 *
 * <p>Noise is keyed by (epoch, minibatch within the epoch, layer index) through
 * {@code RandomSource.seeded(seed).split(epoch).split(batch).split(layer)}, read from a
 * {@link Clock} the training loop advances, so a resumed run draws identical noise. DL4J computes
 * the noisy weights once per minibatch, caches them for the backward pass and normally drops the
 * cache at the end of backprop; its native (oneDNN) convolution helper returns before that, so the
 * training loop calls {@link Attachment#nextMinibatch()}, which advances the clock and drops every
 * cache itself. Without that, convolutions would train on the first minibatch's noise forever.
 *
 * <p>Attach for training only and detach afterwards ({@link Attachment#close()}): the hook holds a
 * sampler that DL4J's JSON serialisation cannot write, so a network must never be saved with it.
 *
 * <pre>{@code
 * ResnaWeightNoise.Clock clock = new ResnaWeightNoise.Clock();
 * try (ResnaWeightNoise.Attachment a = ResnaWeightNoise.attach(net, NoiseModel.rgn(0.1), 42, clock)) {
 *   a.startEpoch(1);
 *   net.fit(iterator);    // each minibatch: a.nextMinibatch() from a listener
 * }
 * }</pre>
 */
public final class ResnaWeightNoise implements IWeightNoise {
  private static final long serialVersionUID = 1L;

  private final transient NoiseModel noise;
  private final transient RandomSource root;
  private final transient Clock clock;

  private ResnaWeightNoise(NoiseModel noise, long seed, Clock clock) {
    this.noise = noise;
    this.root = RandomSource.seeded(seed);
    this.clock = clock;
  }

  /**
   * Where the training loop is: epoch (1-based) and minibatch within the epoch (0-based). Mutable,
   * owned by one training loop.
   */
  public static final class Clock {
    private int epoch;
    private long batch;

    /** Creates a clock at epoch 0, batch 0. */
    public Clock() {}

    /** Sets the epoch (1-based) and rewinds the minibatch counter to 0. */
    public void startEpoch(int epochNumber) {
      epoch = epochNumber;
      batch = 0;
    }

    /** Advances to the next minibatch. */
    public void nextBatch() {
      batch++;
    }

    /** Returns the current epoch. */
    public int epoch() {
      return epoch;
    }

    /** Returns the current minibatch within the epoch. */
    public long batch() {
      return batch;
    }
  }

  /** Detaches the hook from every layer it was attached to when closed. */
  public static final class Attachment implements AutoCloseable {
    private final List<BaseLayer> layers;
    private final List<Layer> runtimeLayers;
    private final Clock clock;

    private Attachment(List<BaseLayer> layers, List<Layer> runtimeLayers, Clock clock) {
      this.layers = layers;
      this.runtimeLayers = runtimeLayers;
      this.clock = clock;
    }

    /** Returns how many layers carry the hook. */
    public int layerCount() {
      return layers.size();
    }

    /** Starts epoch {@code epochNumber} (1-based) at its first minibatch, with no cached noise. */
    public void startEpoch(int epochNumber) {
      clock.startEpoch(epochNumber);
      forgetCachedNoise();
    }

    /**
     * Moves to the next minibatch: advances the clock and drops each layer's cached noisy weights,
     * so the next forward pass draws fresh noise whichever code path (Java or a native helper)
     * ran the last backward pass. Call after every minibatch.
     */
    public void nextMinibatch() {
      clock.nextBatch();
      forgetCachedNoise();
    }

    /** Drops each layer's cached noisy weights. */
    public void forgetCachedNoise() {
      for (Layer l : runtimeLayers) {
        l.clearNoiseWeightParams();
      }
    }

    /** Removes the hook (sets each layer's weight noise back to none). */
    @Override
    public void close() {
      forgetCachedNoise();
      for (BaseLayer l : layers) {
        l.setWeightNoise(null);
      }
    }
  }

  /**
   * Attaches the hook to every dense, convolution and output layer of {@code net}.
   *
   * @param net the network to train (its configuration is changed until the attachment closes)
   * @param noise the noise model
   * @param seed seed of all training noise
   * @param clock advanced by the training loop
   * @return the attachment; close it before saving or evaluating the network elsewhere
   */
  public static Attachment attach(Network net, NoiseModel noise, long seed, Clock clock) {
    return attach(net.layers(), noise, seed, clock);
  }

  static Attachment attach(Layer[] layers, NoiseModel noise, long seed, Clock clock) {
    ResnaWeightNoise hook = new ResnaWeightNoise(noise, seed, clock);
    List<BaseLayer> attached = new ArrayList<>();
    List<Layer> runtime = new ArrayList<>();
    for (int i : NoisyLayers.indices(layers)) {
      BaseLayer conf = (BaseLayer) layers[i].conf().getLayer();
      if (conf.getWeightNoise() != null) {
        new Attachment(attached, runtime, clock).close();
        throw new ConfigException("weightNoise", conf.getWeightNoise(), "no DL4J weight noise on layer " + i
            + " (" + conf.getClass().getSimpleName() + ") before attaching ReSNA noise; remove it from the configuration");
      }
      conf.setWeightNoise(hook);
      attached.add(conf);
      runtime.add(layers[i]);
    }
    Attachment attachment = new Attachment(attached, runtime, clock);
    attachment.forgetCachedNoise();
    return attachment;
  }

  /**
   * Returns the parameter {@code paramKey} of {@code layer}: noisy weights while training, the
   * clean parameter otherwise (and always for biases).
   */
  @Override
  public INDArray getParameter(Layer layer, String paramKey, int iteration, int epoch, boolean train,
      LayerWorkspaceMgr workspaceMgr) {
    INDArray clean = layer.getParam(paramKey);
    if (!train || !NoisyLayers.WEIGHT_KEY.equals(paramKey)) {
      return clean;
    }
    Optional<LayerRole> role = NoisyLayers.roleOf(layer);
    if (role.isEmpty()) {
      return clean;
    }
    RandomSource rng = root.split(clock.epoch()).split(clock.batch()).split(layer.getIndex());
    return noise.noisyWeights(role.get(), layer.getIndex(), clean, rng);
  }

  /** Returns this hook: it is immutable apart from the shared clock, which clones must share. */
  @Override
  public IWeightNoise clone() {
    return this;
  }

  @Override
  public String toString() {
    return "ResnaWeightNoise(" + noise.describe() + ")";
  }
}
