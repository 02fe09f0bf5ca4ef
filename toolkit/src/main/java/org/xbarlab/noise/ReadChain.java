package org.xbarlab.noise;

import java.util.List;
import org.xbarlab.RandomSource;

/**
 * The read-time effects of a {@link NoiseStack} in their configured order, applied to one cell per
 * call (see {@link ReadEffect} for how states and fluctuations combine). Built once per read of a
 * matrix, so the per-cell loop only walks two small arrays.
 */
public final class ReadChain {
  private final ReadEffect[] effects;
  private final boolean[] changesState;

  ReadChain(List<ReadEffect> effects) {
    this.effects = effects.toArray(new ReadEffect[0]);
    this.changesState = new boolean[this.effects.length];
    for (int e = 0; e < this.effects.length; e++) {
      changesState[e] = this.effects[e].kind() == ReadEffect.Kind.STATE;
    }
  }

  /** Returns true if no effect is on (every read returns the programmed conductance). */
  public boolean isEmpty() {
    return effects.length == 0;
  }

  /** Returns the conductance this read senses for a cell programmed at {@code gSiemens}. */
  public double read(double gSiemens, RandomSource rng) {
    double state = gSiemens;
    double deviation = 0;
    for (int e = 0; e < effects.length; e++) {
      if (changesState[e]) {
        state = effects[e].read(state, rng);
      } else {
        deviation += effects[e].read(state, rng);
      }
    }
    return state + deviation;
  }
}
