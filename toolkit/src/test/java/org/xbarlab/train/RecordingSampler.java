package org.xbarlab.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.xbarlab.RandomSource;

/** Wraps a sampler and records (role, rng seed) of every call, to check the hook's wiring. */
final class RecordingSampler implements WeightNoiseSampler {
  record Call(LayerRole role, long seed, String shape) {}

  private final WeightNoiseSampler inner;
  private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());

  RecordingSampler(WeightNoiseSampler inner) {
    this.inner = inner;
  }

  List<Call> calls() {
    return List.copyOf(calls);
  }

  @Override
  public INDArray sample(LayerRole role, INDArray cleanWeights, RandomSource rng) {
    calls.add(new Call(role, rng.seed(), java.util.Arrays.toString(cleanWeights.shape())));
    return inner.sample(role, cleanWeights, rng);
  }

  @Override
  public TrainingMethod method() {
    return inner.method();
  }

  @Override
  public String describe() {
    return "recording " + inner.describe();
  }
}
