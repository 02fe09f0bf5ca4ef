package org.xbarlab.optimize.reram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xbarlab.Columns;
import org.xbarlab.ConfigException;
import org.xbarlab.ProgressListener;
import org.xbarlab.ResumeException;
import org.xbarlab.TableRows;
import org.xbarlab.optimize.DesignSpace;
import org.xbarlab.optimize.Evaluation;
import org.xbarlab.optimize.Evaluator;
import org.xbarlab.optimize.ExactObjectives;
import org.xbarlab.optimize.Hypervolume;
import org.xbarlab.optimize.Pareto;
import org.xbarlab.optimize.Problem;
import org.xbarlab.optimize.Variable;
import org.xbarlab.train.FidelityResult;
import tech.tablesaw.api.Table;

/**
 * A {@link ReramDesignProblem} tabulated once: every design of a {@link ReramGrid} at every
 * fidelity, with its accuracy under noise (mean and standard error over the Monte-Carlo chips),
 * the measured seconds of a live evaluation, and the exact cost-model objectives. Optimisers then
 * run against the table ({@link #problem()}) in milliseconds per evaluation, so 20+ seeds of every
 * method fit in minutes; the live simulator stays for the full profile.
 *
 * <p>Each design costs one training run ({@link ReramDesignProblem#allFidelities}). The table is
 * written to a CSV file one design per line, forced to disk as it finishes; a later call with the
 * same problem, settings, seed and grid resumes after the last complete line. A torn last line
 * (the run was killed while writing it) is dropped; any other damaged or non-finite line raises a
 * {@link ResumeException} naming the file and the line.
 *
 * <pre>{@code
 * ReramTable table = ReramTable.tabulate(reram, ReramGrid.quick(), Path.of("build/tables/reram-quick.csv"), progress);
 * Problem p = table.problem();              // ordinal variables on the grid, a lookup evaluator
 * double hvStar = table.referenceHypervolume();
 * }</pre>
 */
public final class ReramTable {
  static final String MAGIC = "# xbarlab-reram-table 1";

  /** One design of the grid at every fidelity. */
  private record Row(double[] design, double[] costs, double[] accuracy, double[] sem, double[] seconds) {}

  private final ReramDesignProblem reram;
  private final ReramGrid grid;
  private final List<Row> rows;
  private final Map<String, Row> byDesign = new HashMap<>();
  private final Problem problem;

  private ReramTable(ReramDesignProblem reram, ReramGrid grid, List<Row> rows) {
    this.reram = reram;
    this.grid = grid;
    this.rows = List.copyOf(rows);
    for (Row r : rows) {
      byDesign.put(key(r.design()), r);
    }
    Problem live = reram.problem();
    DesignSpace space = DesignSpace.of(
        Variable.ordinal(Columns.CELL_BITS, grid.cellBits().stream().mapToDouble(Integer::doubleValue).toArray()),
        Variable.ordinal(Columns.CROSSBAR_SIZE, grid.crossbarSizes().stream().mapToDouble(Integer::doubleValue).toArray()),
        Variable.ordinal(Columns.FREQUENCY_MHZ, grid.frequenciesMHz().stream().mapToDouble(Double::doubleValue).toArray()),
        Variable.ordinal(Columns.TEMPERATURE_K, grid.temperaturesK().stream().mapToDouble(Double::doubleValue).toArray()));
    this.problem = new Problem(live.name() + "-table", space, live.objectives(), live.fidelity(),
        referencePoint(rows, levels(reram) - 1, live), Evaluator.explicit(live.fidelity(), this::lookUp),
        ExactObjectives.of(List.of(1, 2, 3), design -> row(design).costs().clone()));
  }

  /**
   * Tabulates {@code reram} on {@code grid}, resuming from {@code file} if it holds part of the
   * same table.
   *
   * @param reram the live problem (its settings and seed define the table)
   * @param grid the designs to tabulate
   * @param file the CSV file (created with its folders if absent)
   * @param progress one step per design
   * @throws ResumeException if the file was written for another problem, settings, seed or grid,
   *     or holds a damaged line before its last one
   */
  public static ReramTable tabulate(ReramDesignProblem reram, ReramGrid grid, Path file, ProgressListener progress) {
    if (reram == null) {
      throw new ConfigException("reram", null, "a ReramDesignProblem");
    }
    if (grid == null) {
      throw new ConfigException("grid", null, "a ReramGrid, e.g. ReramGrid.quick()");
    }
    List<String> header = header(reram, grid);
    List<double[]> designs = grid.designs();
    List<Row> rows = readExisting(file, header, designs, levels(reram));
    progress.begin("tabulating " + reram.problem().name() + " (" + designs.size() + " designs)",
        designs.size() - rows.size());
    try {
      if (rows.isEmpty()) {
        write(file, String.join("\n", header) + "\n", false);
      }
      for (int i = rows.size(); i < designs.size(); i++) {
        Row r = measure(reram, designs.get(i));
        write(file, line(r), true);
        rows.add(r);
        progress.step(String.format(Locale.ROOT, "design %d of %d", i + 1, designs.size()));
      }
    } finally {
      progress.end();
    }
    return new ReramTable(reram, grid, rows);
  }

  /**
   * Returns the tabulated problem: ordinal variables on the grid, the live problem's objectives
   * and fidelity, and a reference point from the table (its worst values widened by a tenth of
   * their range).
   */
  public Problem problem() {
    return problem;
  }

  /** Returns the grid. */
  public ReramGrid grid() {
    return grid;
  }

  /** Returns the live problem the table was measured on. */
  public ReramDesignProblem live() {
    return reram;
  }

  /**
   * Returns the hypervolume of the true Pareto front of the tabulated problem: all designs at the
   * top fidelity, with the problem's reference point. Targets of a comparison are fractions of it.
   */
  public double referenceHypervolume() {
    int top = levels(reram) - 1;
    double[][] points = new double[rows.size()][];
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      double[] y = {r.accuracy()[top], r.costs()[0], r.costs()[1], r.costs()[2]};
      points[i] = minimized(y);
    }
    return Hypervolume.of(points, problem.minimizedReferencePoint());
  }

  /**
   * Returns the true Pareto front of the tabulated problem: the rows of {@link #table()} at the
   * top fidelity that no other design dominates.
   */
  public Table paretoFront() {
    Table all = table();
    Table top = all.where(all.intColumn(Columns.EPOCH).isEqualTo(reram.settings().maxEpochs()));
    double[][] points = new double[top.rowCount()][];
    for (int i = 0; i < points.length; i++) {
      points[i] = minimized(new double[] {top.doubleColumn(Columns.ACCURACY_TOP1).get(i),
          top.doubleColumn(Columns.AREA_MM2).get(i), top.doubleColumn(Columns.LATENCY_NS).get(i),
          top.doubleColumn(Columns.ENERGY_PJ).get(i)});
    }
    Table front = top.rows(Pareto.nondominatedIndices(points));
    front.setName("true Pareto front of " + problem.name() + " (" + front.rowCount() + " of " + top.rowCount() + " designs)");
    return front;
  }

  /** Returns the mean measured seconds of a live evaluation at each fidelity, lowest first. */
  public double[] meanSeconds() {
    double[] mean = new double[levels(reram)];
    for (Row r : rows) {
      for (int e = 0; e < mean.length; e++) {
        mean[e] += r.seconds()[e] / rows.size();
      }
    }
    return mean;
  }

  /**
   * Returns one row per design and fidelity: cell_bits, crossbar_size, frequency_MHz,
   * temperature_K, epoch, accuracy_top1 (mean over chips), accuracy_top1_sem, eval_time_s
   * (seconds of a live evaluation at that fidelity), area_mm2, latency_ns, energy_pJ.
   */
  public Table table() {
    TableRows t = TableRows.of(problem.name(), Columns.CELL_BITS, TableRows.Type.INT, Columns.CROSSBAR_SIZE,
        TableRows.Type.INT, Columns.FREQUENCY_MHZ, TableRows.Type.DOUBLE, Columns.TEMPERATURE_K, TableRows.Type.DOUBLE,
        Columns.EPOCH, TableRows.Type.INT, Columns.ACCURACY_TOP1, TableRows.Type.DOUBLE, Columns.ACCURACY_TOP1_SEM,
        TableRows.Type.DOUBLE, Columns.EVAL_TIME_S, TableRows.Type.DOUBLE, Columns.AREA_MM2, TableRows.Type.DOUBLE,
        Columns.LATENCY_NS, TableRows.Type.DOUBLE, Columns.ENERGY_PJ, TableRows.Type.DOUBLE);
    int minEpochs = reram.settings().minEpochs();
    for (Row r : rows) {
      double[] d = r.design();
      for (int e = 0; e < r.accuracy().length; e++) {
        t.add((int) d[0], (int) d[1], d[2], d[3], minEpochs + e, r.accuracy()[e], r.sem()[e], r.seconds()[e],
            r.costs()[0], r.costs()[1], r.costs()[2]);
      }
    }
    return t.table();
  }

  /**
   * The worst value of each objective over every tabulated design at the top fidelity, moved
   * outwards by a tenth of its range. The live problem's point puts accuracy at 0, where the worst
   * design of the grid already covers about 70 % of the accuracy axis, so hypervolume targets could
   * not tell a good optimiser from one that stops after a few designs.
   */
  private static double[] referencePoint(List<Row> rows, int top, Problem live) {
    int k = live.objectiveCount();
    double[] worst = new double[k];
    double[] best = new double[k];
    Arrays.fill(worst, Double.NEGATIVE_INFINITY);
    Arrays.fill(best, Double.POSITIVE_INFINITY);
    for (Row r : rows) {
      double[] y = {r.accuracy()[top], r.costs()[0], r.costs()[1], r.costs()[2]};
      for (int j = 0; j < k; j++) {
        double m = live.objectives().get(j).toMinimized(y[j]);
        worst[j] = Math.max(worst[j], m);
        best[j] = Math.min(best[j], m);
      }
    }
    double[] reference = new double[k];
    for (int j = 0; j < k; j++) {
      reference[j] = live.objectives().get(j).fromMinimized(worst[j] + 0.1 * (worst[j] - best[j]));
    }
    return reference;
  }

  private Evaluation lookUp(double[] design, double epochsValue) {
    Row r = row(design);
    int epochs = (int) Math.round(epochsValue);
    int level = epochs - reram.settings().minEpochs();
    if (level < 0 || level >= r.accuracy().length) {
      throw new ConfigException("epochs", epochs, "an integer in " + reram.settings().minEpochs() + ".."
          + reram.settings().maxEpochs());
    }
    return new Evaluation(new double[] {r.accuracy()[level], r.costs()[0], r.costs()[1], r.costs()[2]}, epochs);
  }

  private Row row(double[] design) {
    Row r = byDesign.get(key(design));
    if (r == null) {
      throw new ConfigException("design", Arrays.toString(design), "a design of the grid " + grid);
    }
    return r;
  }

  private double[] minimized(double[] y) {
    double[] m = new double[y.length];
    for (int j = 0; j < y.length; j++) {
      m[j] = problem.objectives().get(j).toMinimized(y[j]);
    }
    return m;
  }

  private static Row measure(ReramDesignProblem reram, double[] design) {
    List<FidelityResult> all = reram.allFidelities(design);
    int minEpochs = reram.settings().minEpochs();
    int levels = levels(reram);
    double[] acc = new double[levels];
    double[] sem = new double[levels];
    double[] sec = new double[levels];
    for (int e = 0; e < levels; e++) {
      FidelityResult f = all.get(minEpochs - 1 + e);
      acc[e] = f.accuracyTop1Noisy();
      sem[e] = f.noisy().standardError();
      sec[e] = f.evalCostSeconds();
    }
    var c = reram.cost(design);
    return new Row(design.clone(), new double[] {c.areaSquareMillimetres(), c.latencyNanoseconds(),
        c.energyPicojoules()}, acc, sem, sec);
  }

  private static int levels(ReramDesignProblem reram) {
    return reram.settings().maxEpochs() - reram.settings().minEpochs() + 1;
  }

  /** Rounds to a grid key: cell bits and size are integers, frequency and temperature to 1e-6. */
  private static String key(double[] design) {
    return Math.round(design[0]) + "," + Math.round(design[1]) + "," + Math.round(design[2] * 1e6) + ","
        + Math.round(design[3] * 1e6);
  }

  static List<String> header(ReramDesignProblem reram, ReramGrid grid) {
    StringBuilder cols = new StringBuilder(String.join(",", Columns.CELL_BITS, Columns.CROSSBAR_SIZE,
        Columns.FREQUENCY_MHZ, Columns.TEMPERATURE_K, Columns.AREA_MM2, Columns.LATENCY_NS, Columns.ENERGY_PJ));
    for (int e = reram.settings().minEpochs(); e <= reram.settings().maxEpochs(); e++) {
      cols.append(',').append(Columns.ACCURACY_TOP1).append("_e").append(e)
          .append(',').append(Columns.ACCURACY_TOP1_SEM).append("_e").append(e)
          .append(',').append(Columns.EVAL_TIME_S).append("_e").append(e);
    }
    return List.of(MAGIC, "# problem=" + reram.problem().name(), "# settings=" + reram.settings(),
        "# seed=" + reram.seed(), "# grid=" + grid, "# columns=" + cols);
  }

  private static String line(Row r) {
    StringBuilder sb = new StringBuilder();
    for (double v : r.design()) {
      sb.append(v).append(',');
    }
    for (double v : r.costs()) {
      sb.append(v).append(',');
    }
    for (int e = 0; e < r.accuracy().length; e++) {
      sb.append(r.accuracy()[e]).append(',').append(r.sem()[e]).append(',').append(r.seconds()[e])
          .append(e + 1 < r.accuracy().length ? "," : "\n");
    }
    return sb.toString();
  }

  /** Reads the complete lines of an existing table; cuts a torn last line from the file. */
  private static List<Row> readExisting(Path file, List<String> header, List<double[]> designs, int levels) {
    List<Row> rows = new ArrayList<>();
    if (!Files.exists(file)) {
      return rows;
    }
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String[] lines = text.split("\n", -1);
      boolean torn = !text.isEmpty() && !text.endsWith("\n");
      int complete = text.isEmpty() ? 0 : lines.length - 1; // the part after the last newline is torn or empty
      if (complete < header.size()) {
        return rows; // header absent or torn: nothing measured yet
      }
      for (int i = 0; i < header.size(); i++) {
        if (!lines[i].equals(header.get(i))) {
          throw new ResumeException("table " + file + " line " + (i + 1) + " is \"" + lines[i] + "\" but this table needs \""
              + header.get(i) + "\": it was written for another problem, settings, seed or grid; use another file"
              + " or delete it");
        }
      }
      for (int i = header.size(); i < complete; i++) {
        if (rows.size() >= designs.size()) {
          throw new ResumeException("table " + file + " line " + (i + 1) + ": more lines than the grid's "
              + designs.size() + " designs");
        }
        rows.add(parse(file, i + 1, lines[i], designs.get(rows.size()), levels));
      }
      if (torn) {
        int keep = text.lastIndexOf('\n') + 1;
        Files.writeString(file, text.substring(0, keep), StandardCharsets.UTF_8);
      }
      return rows;
    } catch (IOException e) {
      throw new ResumeException("cannot read table " + file + ": " + e.getMessage(), e);
    }
  }

  private static Row parse(Path file, int lineNumber, String line, double[] expectedDesign, int levels) {
    String[] f = line.split(",", -1);
    int width = 7 + 3 * levels;
    if (f.length != width) {
      throw new ResumeException("table " + file + " line " + lineNumber + " has " + f.length + " fields, not " + width
          + "; the file is damaged: fix or delete that line and the ones after it");
    }
    double[] v = new double[width];
    for (int i = 0; i < width; i++) {
      try {
        v[i] = Double.parseDouble(f[i]);
      } catch (NumberFormatException e) {
        throw new ResumeException("table " + file + " line " + lineNumber + " field " + (i + 1) + " is \"" + f[i]
            + "\", not a number; the file is damaged: fix or delete that line and the ones after it");
      }
      if (!Double.isFinite(v[i])) {
        throw new ResumeException("table " + file + " line " + lineNumber + " field " + (i + 1) + " is " + f[i]
            + "; a table holds finite values only, so the file was edited or corrupted: fix or delete that line");
      }
    }
    double[] design = Arrays.copyOfRange(v, 0, 4);
    if (!key(design).equals(key(expectedDesign))) {
      throw new ResumeException("table " + file + " line " + lineNumber + " holds design "
          + Arrays.toString(design) + " where the grid has " + Arrays.toString(expectedDesign));
    }
    double[] acc = new double[levels];
    double[] sem = new double[levels];
    double[] sec = new double[levels];
    for (int e = 0; e < levels; e++) {
      acc[e] = v[7 + 3 * e];
      sem[e] = v[8 + 3 * e];
      sec[e] = v[9 + 3 * e];
    }
    return new Row(design, Arrays.copyOfRange(v, 4, 7), acc, sem, sec);
  }

  private static void write(Path file, String text, boolean append) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.DSYNC);
    } catch (IOException e) {
      throw new ResumeException("cannot write table " + file + ": " + e.getMessage(), e);
    }
  }
}
