package org.xbarlab.crossbar;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One read's cell values arranged for the tile GEMMs: row tile {@code t} becomes a c-ordered
 * {@code [slices*fanOut x rowsInTile(t)]} matrix (row {@code s*fanOut + o}), optionally multiplied by
 * {@code 1/adcStep[t][s]} so that the GEMM yields partial sums already in ADC level units. All slices
 * of a tile share its word-line drive, so they share one GEMM.
 */
final class TileWeights {
  private final INDArray[] tiles;

  private TileWeights(INDArray[] tiles) {
    this.tiles = tiles;
  }

  /**
   * @param cells per-slice effective cell values, row-major {@code [fanIn x fanOut]}
   * @param scale per (row tile, slice) factor, or null for 1
   */
  static TileWeights of(TileLayout layout, float[][] cells, double[][] scale) {
    int fanOut = layout.fanOut();
    int slices = layout.slices();
    INDArray[] tiles = new INDArray[layout.rowTiles()];
    for (int t = 0; t < tiles.length; t++) {
      int r0 = t * layout.tileRows();
      int rows = layout.rowsInTile(t);
      float[] w = new float[slices * fanOut * rows];
      for (int s = 0; s < slices; s++) {
        float f = scale == null ? 1f : (float) scale[t][s];
        float[] c = cells[s];
        for (int k = 0; k < rows; k++) {
          int src = (r0 + k) * fanOut;
          for (int o = 0; o < fanOut; o++) {
            w[(s * fanOut + o) * rows + k] = c[src + o] * f;
          }
        }
      }
      tiles[t] = NativeFloats.toNd(w, 0, (long) slices * fanOut, rows);
    }
    return new TileWeights(tiles);
  }

  /** Returns row tile {@code t}: {@code [slices*fanOut x rowsInTile(t)]}. */
  INDArray tile(int t) {
    return tiles[t];
  }

  /** Returns the number of row tiles. */
  int rowTiles() {
    return tiles.length;
  }
}
