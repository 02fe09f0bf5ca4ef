package org.xbarlab.crossbar;

/**
 * Where one cell of one weight sits on the hardware.
 *
 * @param layerIndex network layer index
 * @param rowTile tile index along the fan-in (rows) axis
 * @param columnTile tile index along the fan-out (columns) axis
 * @param tile tile index within the layer, {@code rowTile * columnTiles + columnTile}
 * @param row word line within the tile
 * @param column bit line within the tile
 * @param slice bit slice (0 = least significant cellBits bits)
 * @param polarity 0 = G+ (or the single offset cell), 1 = G- of a differential pair
 */
public record CellPosition(
    int layerIndex, int rowTile, int columnTile, int tile, int row, int column, int slice,
    int polarity) {}
