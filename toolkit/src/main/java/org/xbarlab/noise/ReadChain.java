package org.xbarlab.noise;

import java.util.ArrayList;
import java.util.List;
import org.xbarlab.RandomSource;

/**
 * The read-time effects of a {@link NoiseStack} in their configured order, applied to one cell per
 * call (see {@link ReadEffect} for how states and fluctuations combine). Built once per read of a
 * matrix. When every state effect comes before every fluctuation, as in the default order, the
 * chain runs two plain loops; otherwise it walks the order.
 */
public final class ReadChain {
  private final ReadEffect[] effects;
  private final boolean[] changesState;
  private final ReadEffect[] states;
  private final ReadEffect[] fluctuations;
  private final boolean statesFirst;

  ReadChain(List<ReadEffect> effects) {
    this.effects = effects.toArray(new ReadEffect[0]);
    this.changesState = new boolean[this.effects.length];
    List<ReadEffect> s = new ArrayList<>();
    List<ReadEffect> f = new ArrayList<>();
    boolean ordered = true;
    for (int e = 0; e < this.effects.length; e++) {
      changesState[e] = this.effects[e].kind() == ReadEffect.Kind.STATE;
      if (changesState[e]) {
        ordered &= f.isEmpty();
        s.add(this.effects[e]);
      } else {
        f.add(this.effects[e]);
      }
    }
    this.states = s.toArray(new ReadEffect[0]);
    this.fluctuations = f.toArray(new ReadEffect[0]);
    this.statesFirst = ordered;
  }

  /** Returns true if no effect is on (every read returns the programmed conductance). */
  public boolean isEmpty() {
    return effects.length == 0;
  }

  /** Returns the conductance this read senses for a cell programmed at {@code gSiemens}. */
  public double read(double gSiemens, RandomSource rng) {
    double state = gSiemens;
    double deviation = 0;
    if (statesFirst) {
      for (ReadEffect e : states) {
        state = e.read(state, rng);
      }
      for (ReadEffect e : fluctuations) {
        deviation += e.read(state, rng);
      }
      return state + deviation;
    }
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
