package org.xbarlab.train;

import org.xbarlab.ProgressListener;
import org.xbarlab.crossbar.CrossbarConfig;
import org.xbarlab.data.ImageDataset;
import org.xbarlab.nn.Network;

/**
 * One-line ReSNA calls for notebooks; the configurable path is {@link NoiseAwareTraining} with a
 * {@link TrainingSetup}.
 *
 * <pre>{@code
 * TrainingResult r = Resna.train(pretrained, CrossbarConfig.resna(), 3, train, test, 42, NotebookProgress.bar());
 * NoisyEvaluation.Result mc = Resna.evaluate(r.network(), CrossbarConfig.resna(), test, 10, 7, true);
 * }</pre>
 */
public final class Resna {
  private Resna() {}

  /**
   * Returns a copy of {@code pretrained} fine-tuned with ReSNA under {@code config}
   * ({@link NoiseModel#resna}: crossbar noise, conv scale 0.5) for {@code epochs} epochs,
   * minibatch 64.
   */
  public static TrainingResult train(Network pretrained, CrossbarConfig config, int epochs,
      ImageDataset train, ImageDataset test, long seed, ProgressListener progress) {
    return NoiseAwareTraining.train(pretrained,
        TrainingSetup.resna(config).withEpochs(epochs).withSeed(seed), train, test, progress);
  }

  /** Returns the Monte-Carlo accuracy of {@code net} under ReSNA's noise model for {@code config}. */
  public static NoisyEvaluation.Result evaluate(Network net, CrossbarConfig config, ImageDataset test,
      int trials, long seed, boolean majorityVote) {
    return NoisyEvaluation.monteCarlo(net, NoiseModel.resna(config), test, trials, seed, majorityVote,
        ProgressListener.none());
  }
}
