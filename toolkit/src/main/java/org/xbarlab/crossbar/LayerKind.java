package org.xbarlab.crossbar;

/** How a network layer is executed by the crossbar simulator. */
public enum LayerKind {
  /** Dense or output layer: one MVM per input vector on crossbar tiles. */
  DENSE,
  /** 2-D convolution: im2col, one MVM per output position on crossbar tiles. */
  CONVOLUTION,
  /** No crossbar weights (pooling, activation, batch norm, ...): run digitally by DL4J. */
  DIGITAL
}
