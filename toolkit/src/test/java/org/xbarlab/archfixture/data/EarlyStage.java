package org.xbarlab.archfixture.data;

/** Test fixture: an early stage that (wrongly) uses a later one, so the layering rule must fail. */
public final class EarlyStage {
  private EarlyStage() {}

  /** Returns a value computed by a later stage: the back edge the rule must report. */
  public static int backEdge() {
    return org.xbarlab.archfixture.cost.LateStage.value();
  }
}
