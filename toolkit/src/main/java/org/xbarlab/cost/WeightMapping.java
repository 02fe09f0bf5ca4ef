package org.xbarlab.cost;

/**
 * How one signed weight occupies crossbar columns, after bit slicing into {@code
 * ceil(weightBits / cellBits)} cells.
 *
 * <p>Physical columns per logical output column = {@code slices * columnFactor()}. The reference
 * column of {@link #OFFSET_REFERENCE} is shared by a whole array and is not counted (it is under
 * 1% of the columns of a 128-wide array).
 */
public enum WeightMapping {
  /** Two cells per slice, {@code w = G+ - G-}: doubles the columns (PytorX, ISAAC-style). */
  DIFFERENTIAL_PAIR(2),
  /**
   * One cell per slice storing an offset-binary code; a mid-level reference column is subtracted
   * (DNN+NeuroSim inference mapping).
   */
  OFFSET_REFERENCE(1);

  private final int columnFactor;

  WeightMapping(int columnFactor) {
    this.columnFactor = columnFactor;
  }

  /** Returns the reference columns each crossbar reserves: 1 for the offset scheme, else 0. */
  public int referenceColumns() {
    return this == OFFSET_REFERENCE ? 1 : 0;
  }

  /** Returns the physical columns per bit slice: 2 for a differential pair, 1 for offset. */
  public int columnFactor() {
    return columnFactor;
  }
}
