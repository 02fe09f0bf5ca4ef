package org.xbarlab.crossbar;

import org.xbarlab.ConfigException;

/**
 * Size of one crossbar tile.
 *
 * @param rows word lines (inputs) per tile, 1..4096
 * @param columns bit lines (physical output columns) per tile, 1..4096
 */
public record ArrayGeometry(int rows, int columns) {
  /** Validates the size; throws {@link ConfigException} naming field, value and range. */
  public ArrayGeometry {
    if (rows < 1 || rows > 4096) {
      throw new ConfigException("rows", rows, "an integer in 1..4096");
    }
    if (columns < 1 || columns > 4096) {
      throw new ConfigException("columns", columns, "an integer in 1..4096");
    }
  }

  /** Returns a square {@code size x size} tile. */
  public static ArrayGeometry square(int size) {
    return new ArrayGeometry(size, size);
  }

  /** Returns a {@code rows x columns} tile. */
  public static ArrayGeometry of(int rows, int columns) {
    return new ArrayGeometry(rows, columns);
  }
}
