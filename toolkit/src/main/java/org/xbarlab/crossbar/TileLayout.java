package org.xbarlab.crossbar;

/**
 * Placement of one weight matrix {@code [fanIn x fanOut]} on {@code rows x columns} tiles.
 *
 * <p>Fan-in index {@code r} goes to row tile {@code r / rows}, word line {@code r % rows}; partial
 * sums of row tiles are added digitally after their ADCs. Every logical output uses
 * {@code slices * polarities} adjacent bit lines (slice-major, then polarity), so a tile holds
 * {@code outputsPerColumnTile = (columns - reference) / (slices * polarities)} outputs; with offset
 * mapping the last bit line of every tile is the reference column at Gmin.
 */
public final class TileLayout {
  private final int fanIn;
  private final int fanOut;
  private final int rows;
  private final int columns;
  private final int slices;
  private final int polarities;
  private final boolean reference;
  private final int outputsPerColumnTile;

  /** Returns the layout of a {@code fanIn x fanOut} matrix on {@code cfg}'s tiles. */
  public static TileLayout of(int fanIn, int fanOut, CrossbarConfig cfg) {
    if (fanIn < 1 || fanOut < 1) {
      throw new org.xbarlab.ConfigException("fanIn x fanOut", fanIn + " x " + fanOut,
          "positive matrix dimensions");
    }
    return new TileLayout(fanIn, fanOut, cfg);
  }

  TileLayout(int fanIn, int fanOut, CrossbarConfig cfg) {
    this.fanIn = fanIn;
    this.fanOut = fanOut;
    this.rows = cfg.array().rows();
    this.columns = cfg.array().columns();
    this.slices = cfg.mapping().slices();
    this.polarities = cfg.mapping().polarities();
    this.reference = cfg.mapping().scheme() == MappingScheme.OFFSET_REFERENCE_COLUMN;
    this.outputsPerColumnTile = (columns - (reference ? 1 : 0)) / (slices * polarities);
  }

  /** Returns the fan-in (rows of the weight matrix). */
  public int fanIn() {
    return fanIn;
  }

  /** Returns the fan-out (logical output columns). */
  public int fanOut() {
    return fanOut;
  }

  /** Returns the tile height (word lines). */
  public int tileRows() {
    return rows;
  }

  /** Returns the tile width (bit lines). */
  public int tileColumns() {
    return columns;
  }

  /** Returns the bit slices per weight. */
  public int slices() {
    return slices;
  }

  /** Returns 2 for differential pairs, 1 for offset mapping. */
  public int polarities() {
    return polarities;
  }

  /** Returns true if every tile has a reference column (offset mapping). */
  public boolean hasReferenceColumn() {
    return reference;
  }

  /** Returns how many logical outputs fit in one tile. */
  public int outputsPerColumnTile() {
    return outputsPerColumnTile;
  }

  /** Returns {@code ceil(fanIn / rows)}. */
  public int rowTiles() {
    return (fanIn + rows - 1) / rows;
  }

  /** Returns {@code ceil(fanOut / outputsPerColumnTile)}. */
  public int columnTiles() {
    return (fanOut + outputsPerColumnTile - 1) / outputsPerColumnTile;
  }

  /** Returns {@code rowTiles * columnTiles}. */
  public int tiles() {
    return rowTiles() * columnTiles();
  }

  /** Returns the word lines used in row tile {@code rowTile}. */
  public int rowsInTile(int rowTile) {
    return Math.min(rows, fanIn - rowTile * rows);
  }

  /** Returns the cells holding weights or reference conductances. */
  public long cellsUsed() {
    long weights = (long) fanIn * fanOut * slices * polarities;
    return weights + (reference ? (long) fanIn * columnTiles() : 0);
  }

  /** Returns {@code cellsUsed / (tiles * rows * columns)}. */
  public double utilisation() {
    return (double) cellsUsed() / ((double) tiles() * rows * columns);
  }

  /** Returns the column tile of output {@code fanOutIndex}. */
  public int columnTileOf(int fanOutIndex) {
    return fanOutIndex / outputsPerColumnTile;
  }

  /** Returns the bit line (within its tile) of output {@code o}, slice {@code s}, polarity {@code p}. */
  public int physicalColumn(int fanOutIndex, int slice, int polarity) {
    int local = fanOutIndex % outputsPerColumnTile;
    return local * slices * polarities + slice * polarities + polarity;
  }

  /** Returns the bit line of the reference column (offset mapping), {@code columns - 1}. */
  public int referenceColumn() {
    return columns - 1;
  }

  /** Returns the position of one cell of weight {@code (fanInIndex, fanOutIndex)}. */
  public CellPosition position(int layerIndex, int fanInIndex, int fanOutIndex, int slice,
      int polarity) {
    int rt = fanInIndex / rows;
    int ct = columnTileOf(fanOutIndex);
    return new CellPosition(layerIndex, rt, ct, rt * columnTiles() + ct, fanInIndex % rows,
        physicalColumn(fanOutIndex, slice, polarity), slice, polarity);
  }
}
