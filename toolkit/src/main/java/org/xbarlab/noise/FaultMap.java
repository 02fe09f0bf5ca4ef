package org.xbarlab.noise;

import org.xbarlab.device.ConductanceRange;

/**
 * A frozen stuck-at fault map over a flat list of cells: each cell is healthy, SA0 (stuck at Gmin,
 * high resistance) or SA1 (stuck at Gmax, low resistance). Drawn by {@link StuckAtFaults#sample}.
 */
public final class FaultMap {
  static final byte HEALTHY = 0;
  static final byte SA0 = 1;
  static final byte SA1 = 2;

  private final byte[] state;

  FaultMap(byte[] state) {
    this.state = state;
  }

  /** Returns a map of {@code cells} healthy cells. */
  public static FaultMap healthy(int cells) {
    return new FaultMap(new byte[cells]);
  }

  /** Returns the number of cells covered. */
  public int size() {
    return state.length;
  }

  /** Returns true if cell {@code index} is stuck at Gmin. */
  public boolean isSa0(int index) {
    return state[index] == SA0;
  }

  /** Returns true if cell {@code index} is stuck at Gmax. */
  public boolean isSa1(int index) {
    return state[index] == SA1;
  }

  /** Returns the number of SA0 cells. */
  public int countSa0() {
    return count(SA0);
  }

  /** Returns the number of SA1 cells. */
  public int countSa1() {
    return count(SA1);
  }

  /**
   * Returns the conductance cell {@code index} really holds when programmed to {@code gSiemens}:
   * Gmin for SA0, Gmax for SA1, else {@code gSiemens}.
   */
  public double apply(int index, double gSiemens, ConductanceRange range) {
    byte s = state[index];
    if (s == SA0) {
      return range.gMinSiemens();
    }
    if (s == SA1) {
      return range.gMaxSiemens();
    }
    return gSiemens;
  }

  /** Returns this map as a programming-time effect over the cells it covers. */
  public ProgrammingEffect effect(ConductanceRange range) {
    return (cell, g, rng) -> apply(cell, g, range);
  }

  private int count(byte value) {
    int n = 0;
    for (byte b : state) {
      if (b == value) {
        n++;
      }
    }
    return n;
  }
}
