package org.xbarlab.cost;

import org.xbarlab.ConfigException;

/**
 * How one layer's weight matrix is cut into crossbars: {@code rowTiles x colTiles} arrays. The
 * rule is the crossbar simulator's ({@code org.xbarlab.crossbar.TileLayout}), so what is simulated
 * is what is costed: the bit slices and both polarities of one output stay in one crossbar (their
 * currents are shifted and added together), and the offset scheme reserves one reference column per
 * crossbar. Hence {@code outputsPerCrossbar = floor((crossbarCols - referenceColumns) /
 * (slices * columnsPerSlice))} and {@code colTiles = ceil(cols / outputsPerCrossbar)}.
 *
 * @param rowTiles {@code ceil(rows / crossbarRows)}, at least 1
 * @param colTiles {@code ceil(cols / outputsPerCrossbar)}, at least 1
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
    int columnsPerOutput = design.slicesPerWeight() * design.weightMapping().columnsPerSlice();
    int usable = design.crossbarCols() - design.weightMapping().referenceColumnsPerTile();
    int outputsPerCrossbar = usable / columnsPerOutput;
    if (outputsPerCrossbar < 1) {
      throw new ConfigException("crossbarCols", design.crossbarCols(), "at least "
          + (columnsPerOutput + design.weightMapping().referenceColumnsPerTile())
          + " columns: one output needs " + columnsPerOutput + " (slices x polarities)"
          + (design.weightMapping().referenceColumnsPerTile() > 0 ? " plus a reference column" : ""));
    }
    long physical = (long) layer.cols() * columnsPerOutput;
    int rowTiles = ceilDiv(layer.rows(), design.crossbarRows());
    long colTiles = ((long) layer.cols() + outputsPerCrossbar - 1) / outputsPerCrossbar;
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
