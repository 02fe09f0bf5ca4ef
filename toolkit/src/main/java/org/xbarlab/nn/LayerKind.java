package org.xbarlab.nn;

/**
 * The kind of a network layer, which decides how it runs on a crossbar chip and how its
 * matrix-vector multiplications are counted. One enum for the simulator, the cost model and every
 * later stage.
 */
public enum LayerKind {
  /** Dense or output layer: one MVM per input vector on crossbar tiles. */
  DENSE,
  /** 2-D convolution unrolled im2col-style: one MVM per output position on crossbar tiles. */
  CONVOLUTION,
  /** No crossbar weights (pooling, activation, batch norm, ...): run digitally. */
  DIGITAL;

  /** Returns true for the kinds whose weights live on crossbars (DENSE, CONVOLUTION). */
  public boolean onCrossbar() {
    return this != DIGITAL;
  }
}
