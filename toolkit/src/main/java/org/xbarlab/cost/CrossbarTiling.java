package org.xbarlab.cost;

import org.xbarlab.ConfigException;

/**
 * How one layer's weight matrix is cut into crossbars: {@code rowTiles x colTiles} arrays with
 * {@code physicalColumns = cols * ceil(weightBits / cellBits) * weightMapping.columnFactor()}.
 *
 * @param rowTiles {@code ceil(rows / crossbarRows)}, at least 1
 * @param colTiles {@code ceil(physicalColumns / crossbarCols)}, at least 1
 * @param physicalColumns bitlines the layer occupies in total, at least 1
 */
public record CrossbarTiling(int rowTiles, int colTiles, long physicalColumns) {

  /** Validates that all counts are positive. */
  public CrossbarTiling {
    if (rowTiles < 1 || colTiles < 1 || physicalColumns < 1) {
      throw new ConfigException(
          "tiling", rowTiles + "x" + colTiles + ", " + physicalColumns + " columns", "all >= 1");
    }
  }

  /**
   * Returns the tiling of one layer under a design's mapping scheme.
   *
   * @param layer the layer
   * @param design the design point
   */
  public static CrossbarTiling of(LayerWorkload layer, CostDesign design) {
    long physical = (long) layer.cols() * design.slicesPerWeight()
        * design.weightMapping().columnFactor();
    int rowTiles = ceilDiv(layer.rows(), design.crossbarRows());
    long colTiles = (physical + design.crossbarCols() - 1) / design.crossbarCols();
    if (colTiles > Integer.MAX_VALUE) {
      throw new ConfigException("cols", layer.cols(), "a layer that fits in 2^31 crossbars");
    }
    return new CrossbarTiling(rowTiles, (int) colTiles, physical);
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }

  /** Returns the number of crossbars, {@code rowTiles * colTiles}. */
  public long crossbars() {
    return (long) rowTiles * colTiles;
  }
}
