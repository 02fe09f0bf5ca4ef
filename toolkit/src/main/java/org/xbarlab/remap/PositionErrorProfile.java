package org.xbarlab.remap;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.xbarlab.Columns;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;
import org.xbarlab.TableRows;
import org.xbarlab.TableRows.Type;
import org.xbarlab.crossbar.CrossbarConfig;
import org.xbarlab.crossbar.MappingScheme;
import org.xbarlab.device.ConductanceRange;
import org.xbarlab.noise.LineResistance;
import org.xbarlab.noise.LineResistanceMode;
import org.xbarlab.noise.TileCircuit;
import tech.tablesaw.api.Table;

/**
 * The expected relative current loss of every position of a tile under line resistance: for word
 * line {@code i} and bit line {@code j}, {@code 1 - t_ij / g_ij}, where {@code t_ij} is the exact
 * transfer conductance (column {@code j}'s current per volt on row {@code i}) from the nodal solve
 * ({@link TileCircuit}; the first-order model when the config asks for it) and {@code g_ij} the
 * programmed conductance. By default ({@link #of(CrossbarConfig)}) the tile holds the expected
 * conductance of a cell in every position (one solve, a smooth profile); {@link #of(CrossbarConfig,
 * int, long)} averages over random tiles instead. In both, cells of a differential pair are idle at
 * Gmin half of the time and the others hold a uniformly random level of the window.
 * Row and column profiles weight cells by conductance, as the currents do under uniform inputs:
 * {@code row_i = 1 - sum_j t_ij / sum_j g_ij}, {@code column_j = 1 - sum_i t_ij / sum_i g_ij}; a
 * kernel's slot error is the mean column error of its {@code slices x polarities} bit lines.
 *
 * <p>Rows are driven at bit line 0 and columns sensed at the last word line ({@link TileCircuit}),
 * so the error grows with the column index and falls with the row index. Profiles are cached per
 * (tile size, line resistance, window, cell bits, mapping, samples, seed), so a remapping study
 * solves each configuration once.
 */
public final class PositionErrorProfile {

  private static final Map<Key, PositionErrorProfile> CACHE = new ConcurrentHashMap<>();

  private final int rows;
  private final int columns;
  private final int bitLinesPerSlot;
  private final int slots;
  private final double[] cellError; // [rows x columns]
  private final double[] rowError;
  private final double[] columnError;
  private final double[] slotError;

  private record Key(int rows, int columns, LineResistance lines, ConductanceRange device,
      int cellBits, int slices, MappingScheme scheme, int samples, long seed) {}

  private PositionErrorProfile(int rows, int columns, int bitLinesPerSlot, int slots,
      double[] cellError, double[] rowError, double[] columnError) {
    this.rows = rows;
    this.columns = columns;
    this.bitLinesPerSlot = bitLinesPerSlot;
    this.slots = slots;
    this.cellError = cellError;
    this.rowError = rowError;
    this.columnError = columnError;
    this.slotError = new double[slots];
    for (int q = 0; q < slots; q++) {
      double sum = 0;
      for (int b = 0; b < bitLinesPerSlot; b++) {
        sum += columnError[q * bitLinesPerSlot + b];
      }
      slotError[q] = sum / bitLinesPerSlot;
    }
  }

  /** Returns the profile of a tile holding the expected cell conductance everywhere (cached). */
  public static PositionErrorProfile of(CrossbarConfig config) {
    return cached(config, 0, 0);
  }

  /**
   * Returns the profile averaged over {@code samples} random tiles (cached).
   *
   * @param config tile size, line resistance (mode and resistances), window, mapping
   * @param samples random tiles averaged, {@code >= 1}
   * @param seed seed of the random tiles
   */
  public static PositionErrorProfile of(CrossbarConfig config, int samples, long seed) {
    if (samples < 1) {
      throw new ConfigException("samples", samples, "an integer >= 1");
    }
    return cached(config, samples, seed);
  }

  private static PositionErrorProfile cached(CrossbarConfig config, int samples, long seed) {
    Key key = new Key(config.array().rows(), config.array().columns(), config.lines(),
        config.device(), config.mapping().cellBits(), config.mapping().slices(),
        config.mapping().scheme(), samples, seed);
    return CACHE.computeIfAbsent(key, k -> compute(config, samples, seed));
  }

  private static PositionErrorProfile compute(CrossbarConfig config, int samples, long seed) {
    int rows = config.array().rows();
    int cols = config.array().columns();
    int perSlot = config.mapping().slices() * config.mapping().polarities();
    boolean reference = config.mapping().scheme() == MappingScheme.OFFSET_REFERENCE_COLUMN;
    int slots = (cols - (reference ? 1 : 0)) / perSlot;
    LineResistance lines = config.lines();
    double[] cell = new double[rows * cols];
    double[] rowT = new double[rows];
    double[] rowG = new double[rows];
    double[] colT = new double[cols];
    double[] colG = new double[cols];
    boolean ideal = lines.mode() == LineResistanceMode.OFF || lines.isIdealWiring();
    ConductanceRange window = config.device();
    int levels = 1 << config.mapping().cellBits();
    double occupancy = config.mapping().polarities() == 2 ? 0.5 : 1.0;
    RandomSource rng = RandomSource.seeded(seed);
    double step = window.levelStepSiemens(config.mapping().cellBits());
    double expected = config.expectedCellConductanceSiemens();
    int tiles = Math.max(1, samples);
    for (int s = 0; s < tiles && !ideal; s++) {
      RandomSource r = rng.split(s);
      double[] g = new double[rows * cols];
      for (int k = 0; k < g.length; k++) {
        g[k] = samples == 0 ? expected : window.gMinSiemens() + (r.uniform() >= occupancy ? 0 : r.nextInt(levels)) * step;
      }
      double[] t = lines.effectiveConductances(g, rows, cols, expected);
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < cols; j++) {
          int k = i * cols + j;
          cell[k] += (1 - t[k] / g[k]) / tiles;
          rowT[i] += t[k];
          rowG[i] += g[k];
          colT[j] += t[k];
          colG[j] += g[k];
        }
      }
    }
    double[] rowError = new double[rows];
    double[] colError = new double[cols];
    for (int i = 0; i < rows && !ideal; i++) {
      rowError[i] = 1 - rowT[i] / rowG[i];
    }
    for (int j = 0; j < cols && !ideal; j++) {
      colError[j] = 1 - colT[j] / colG[j];
    }
    return new PositionErrorProfile(rows, cols, perSlot, slots, cell, rowError, colError);
  }

  /** Returns the tile height (word lines). */
  public int rows() {
    return rows;
  }

  /** Returns the tile width (bit lines). */
  public int columns() {
    return columns;
  }

  /** Returns the kernel slots per tile. */
  public int slots() {
    return slots;
  }

  /** Returns the relative loss of word line {@code row}. */
  public double rowError(int row) {
    return rowError[row];
  }

  /** Returns the relative loss of bit line {@code column}. */
  public double columnError(int column) {
    return columnError[column];
  }

  /** Returns the mean relative loss of kernel slot {@code slot}'s bit lines. */
  public double slotError(int slot) {
    return slotError[slot];
  }

  /** Returns the relative loss of the cell at ({@code row}, {@code column}). */
  public double cellError(int row, int column) {
    return cellError[row * columns + column];
  }

  /** Returns the relative loss of a weight in word line {@code row} and kernel slot {@code slot}. */
  public double weightError(int row, int slot) {
    double sum = 0;
    for (int b = 0; b < bitLinesPerSlot; b++) {
      sum += cellError[row * columns + slot * bitLinesPerSlot + b];
    }
    return sum / bitLinesPerSlot;
  }

  /** Returns the kernel slots from the smallest error to the largest (ties: lower index first). */
  public int[] slotsByError() {
    return order(slotError);
  }

  /** Returns the word lines from the smallest error to the largest (ties: lower index first). */
  public int[] rowsByError() {
    return order(rowError);
  }

  /** Returns the largest slot error (a kernel placed at the worst position). */
  public double worstSlotError() {
    return Arrays.stream(slotError).max().orElse(0);
  }

  /**
   * Returns the profile as a tidy table: {@code position_kind} ("row", "column" or "slot"),
   * {@code position} (index from the driver / sense corner as in {@link TileCircuit}),
   * {@code rel_current_loss} (relative current loss).
   */
  public Table table() {
    TableRows t = TableRows.of("position error profile", Columns.POSITION_KIND, Type.STRING,
        Columns.POSITION, Type.INT, Columns.REL_CURRENT_LOSS, Type.DOUBLE);
    Map<String, double[]> kinds = Map.of("row", rowError, "column", columnError, "slot", slotError);
    for (String kind : new String[] {"row", "column", "slot"}) {
      double[] values = kinds.get(kind);
      for (int i = 0; i < values.length; i++) {
        t.add(kind, i, values[i]);
      }
    }
    return t.table();
  }

  static int[] order(double[] values) {
    return java.util.stream.IntStream.range(0, values.length).boxed()
        .sorted((a, b) -> values[a] != values[b] ? Double.compare(values[a], values[b])
            : Integer.compare(a, b))
        .mapToInt(Integer::intValue).toArray();
  }
}
