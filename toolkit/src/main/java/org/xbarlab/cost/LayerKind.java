package org.xbarlab.cost;

/** The kind of a weighted layer, which decides how its MVM count is derived from shapes. */
public enum LayerKind {
  /** A fully connected layer: one MVM per inference. */
  DENSE,
  /** A 2-D convolution unrolled im2col-style: one MVM per output position. */
  CONV
}
