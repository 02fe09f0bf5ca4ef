package org.xbarlab;

import java.util.SplittableRandom;

/**
 * A seeded, splittable source of randomness. Every stochastic entry point of the toolkit takes one
 * (or a {@code long seed}); Monte-Carlo trial {@code i} uses {@link #split(long)} so results do not
 * depend on the order or the thread in which trials run. Not thread-safe: give each thread its own
 * split.
 *
 * <pre>{@code
 * RandomSource rng = RandomSource.seeded(42);
 * double g = rng.split(7).gaussian();   // trial 7 always draws the same value
 * }</pre>
 */
public final class RandomSource {
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private final long seed;
  private final SplittableRandom random;

  private RandomSource(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
  }

  /** Returns a source whose whole stream is fixed by {@code seed}. */
  public static RandomSource seeded(long seed) {
    return new RandomSource(seed);
  }

  /** Returns the seed this source was created with. */
  public long seed() {
    return seed;
  }

  /**
   * Returns an independent child source for stream {@code index}; the same (seed, index) always
   * gives the same child, whatever was drawn from this source before.
   */
  public RandomSource split(long index) {
    return new RandomSource(mix64(seed ^ mix64((index + 1) * GOLDEN_GAMMA)));
  }

  /** Returns a child source for a named purpose ("faults", "noise", ...), stable across runs. */
  public RandomSource split(String purpose) {
    long h = 1125899906842597L;
    for (int i = 0; i < purpose.length(); i++) {
      h = 31 * h + purpose.charAt(i);
    }
    return split(h);
  }

  /** Returns a uniform double in [0, 1). */
  public double uniform() {
    return random.nextDouble();
  }

  /** Returns a uniform int in [0, bound). */
  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** Returns a uniform long over all 64-bit values (for seeding native generators). */
  public long nextLong() {
    return random.nextLong();
  }

  /** Returns a standard normal sample (ziggurat method, see {@link NormalZiggurat}). */
  public double gaussian() {
    return NormalZiggurat.sample(random);
  }

  /** Fills {@code out} with independent standard normal samples. */
  public void fillGaussian(float[] out) {
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) gaussian();
    }
  }

  /** Shuffles {@code values} in place (Fisher-Yates). */
  public void shuffle(int[] values) {
    for (int i = values.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = values[i];
      values[i] = values[j];
      values[j] = t;
    }
  }

  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
