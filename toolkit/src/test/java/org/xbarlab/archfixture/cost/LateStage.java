package org.xbarlab.archfixture.cost;

/** Test fixture: a later stage. */
public final class LateStage {
  private LateStage() {}

  /** Returns a constant. */
  public static int value() {
    return 42;
  }
}
