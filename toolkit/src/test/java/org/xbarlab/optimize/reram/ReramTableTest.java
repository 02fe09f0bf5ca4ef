package org.xbarlab.optimize.reram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbarlab.Columns;
import org.xbarlab.ConfigException;
import org.xbarlab.ProgressListener;
import org.xbarlab.ResumeException;
import org.xbarlab.optimize.Evaluation;
import org.xbarlab.optimize.Hypervolume;
import org.xbarlab.optimize.Problem;

/**
 * The tabulated ReRAM problem on four designs of a small Fashion-MNIST problem: it answers exactly
 * what the live simulator answers, resumes after the last complete line, and rejects damaged files.
 */
// Trains networks: a fast loop skips it with -DexcludedGroups=notebook,slow.
@Tag("slow")
@Tag("dataset")
class ReramTableTest {
  private static final ReramGrid GRID =
      new ReramGrid(List.of(4, 7), List.of(32, 64), List.of(100.0, 1000.0), List.of(300.0, 400.0));
  private static ReramDesignProblem reram;
  @TempDir
  static Path shared;
  private static Path measured;
  private static ReramTable table;

  @BeforeAll
  static void tabulateOnce() {
    reram = ReramDesignProblem.fashionMnist(
        new ReramDesignProblem.Settings(org.xbarlab.nn.Architecture.MLP, 20, 10, 1, 1, 2, 2, 0.005), 7,
        ProgressListener.none());
    measured = shared.resolve("measured.csv");
    table = ReramTable.tabulate(reram, GRID, measured, ProgressListener.none());
  }

  /** A copy of the measured table to damage. */
  private static Path copy(Path tmp) throws java.io.IOException {
    return Files.copy(measured, tmp.resolve("t.csv"));
  }

  private static final class CountingProgress implements ProgressListener {
    int steps;

    @Override
    public void begin(String task, long totalSteps) {}

    @Override
    public void step(String message) {
      steps++;
    }

    @Override
    public void end() {}
  }

  @Test
  void lookUpEqualsTheLiveEvaluatorAtEveryFidelity() {
    Problem tabulated = table.problem();
    assertEquals(GRID.size() * 2, table.table().rowCount());
    for (double[] design : GRID.designs()) {
      for (double z : tabulated.fidelity().grid()) {
        Evaluation live = reram.problem().evaluator().evaluate(design, z);
        Evaluation looked = tabulated.evaluator().evaluate(design, z);
        assertArrayEquals(live.objectives(), looked.objectives(), 0.0, "design " + java.util.Arrays.toString(design) + " z " + z);
        assertEquals(live.cost(), looked.cost(), 0.0);
      }
      assertArrayEquals(reram.problem().exactObjectives().values(design), tabulated.exactObjectives().values(design), 0.0);
    }
  }

  @Test
  void referenceHypervolumeIsTheWholeGridsAndBoundsEverySubset() {
    Problem p = table.problem();
    List<double[]> points = new ArrayList<>();
    for (double[] design : GRID.designs()) {
      double[] y = p.evaluator().evaluate(design, 1.0).objectives();
      double[] m = new double[y.length];
      for (int j = 0; j < y.length; j++) {
        m[j] = p.objectives().get(j).toMinimized(y[j]);
        assertTrue(m[j] < p.minimizedReferencePoint()[j], "every design strictly inside the reference box");
      }
      points.add(m);
    }
    double all = Hypervolume.of(points.toArray(new double[0][]), p.minimizedReferencePoint());
    assertEquals(all, table.referenceHypervolume(), 1e-9 * all);
    var front = table.paretoFront();
    double[][] frontPoints = new double[front.rowCount()][];
    for (int i = 0; i < frontPoints.length; i++) {
      frontPoints[i] = new double[] {-front.doubleColumn(Columns.ACCURACY_TOP1).get(i), front.doubleColumn(Columns.AREA_MM2).get(i),
          front.doubleColumn(Columns.LATENCY_NS).get(i), front.doubleColumn(Columns.ENERGY_PJ).get(i)};
    }
    assertTrue(front.rowCount() >= 1 && front.rowCount() <= GRID.size());
    assertEquals(all, Hypervolume.of(frontPoints, p.minimizedReferencePoint()), 1e-9 * all, "the front holds all of it");
    for (int i = 0; i < points.size(); i++) {
      List<double[]> rest = new ArrayList<>(points);
      rest.remove(i);
      double without = Hypervolume.of(rest.toArray(new double[0][]), p.minimizedReferencePoint());
      assertTrue(without <= all * (1 + 1e-12), "without design " + i + ": " + without + " > " + all);
    }
  }

  @Test
  void resumesAfterTheLastCompleteLineAndDropsATornOne(@TempDir Path tmp) throws Exception {
    Path file = copy(tmp);
    ReramTable full = table;
    List<String> lines = Files.readAllLines(file);
    String torn = lines.get(lines.size() - 1).substring(0, 10);
    Files.writeString(file, String.join("\n", lines.subList(0, lines.size() - 1)) + "\n" + torn, StandardCharsets.UTF_8);
    CountingProgress progress = new CountingProgress();
    ReramTable resumed = ReramTable.tabulate(reram, GRID, file, progress);
    assertEquals(1, progress.steps, "only the torn design is measured again");
    // Everything but the measured seconds of the design measured again is the same.
    assertEquals(full.table().removeColumns(Columns.EVAL_TIME_S).toString(),
        resumed.table().removeColumns(Columns.EVAL_TIME_S).toString());
    List<String> after = Files.readAllLines(file);
    assertEquals(lines.subList(0, lines.size() - 1), after.subList(0, after.size() - 1));
    assertEquals(lines.size(), after.size());
  }

  @Test
  void rejectsANonFiniteOrDamagedLineNamingIt(@TempDir Path tmp) throws Exception {
    Path file = copy(tmp);
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    int middle = lines.size() - 2; // a design line that is not the last
    String[] fields = lines.get(middle).split(",");
    fields[7] = "NaN";
    lines.set(middle, String.join(",", fields));
    Files.write(file, lines);
    var e = assertThrows(ResumeException.class, () -> ReramTable.tabulate(reram, GRID, file, ProgressListener.none()));
    assertTrue(e.getMessage().contains("line " + (middle + 1)) && e.getMessage().contains("NaN"), e.getMessage());
    lines.set(middle, "4.0,64.0,garbage");
    Files.write(file, lines);
    e = assertThrows(ResumeException.class, () -> ReramTable.tabulate(reram, GRID, file, ProgressListener.none()));
    assertTrue(e.getMessage().contains("line " + (middle + 1)), e.getMessage());
  }

  @Test
  void rejectsAFileOfAnotherGridAndADesignOffTheGrid(@TempDir Path tmp) throws Exception {
    Path file = copy(tmp);
    ReramGrid other = new ReramGrid(List.of(4, 7), List.of(32, 64), List.of(100.0, 1000.0), List.of(300.0, 350.0));
    var e = assertThrows(ResumeException.class, () -> ReramTable.tabulate(reram, other, file, ProgressListener.none()));
    assertTrue(e.getMessage().contains("grid"), e.getMessage());
    var off = assertThrows(ConfigException.class, () -> table.problem().evaluator().evaluate(new double[] {5, 64, 100, 300}, 1.0));
    assertTrue(off.getMessage().contains("5.0, 64.0, 100.0, 300.0"), off.getMessage());
  }

  @Test
  void gridRejectsValuesOutsideTheProblemsRanges() {
    var e = assertThrows(ConfigException.class, () -> new ReramGrid(List.of(1, 4), List.of(32, 64), List.of(100.0, 200.0), List.of(300.0, 350.0)));
    assertTrue(e.getMessage().contains("cellBits") && e.getMessage().contains("[2.0, 8.0]"), e.getMessage());
    e = assertThrows(ConfigException.class, () -> new ReramGrid(List.of(2, 4), List.of(48, 64), List.of(100.0, 200.0), List.of(300.0, 350.0)));
    assertTrue(e.getMessage().contains("32, 64 or 128"), e.getMessage());
    e = assertThrows(ConfigException.class, () -> new ReramGrid(List.of(2, 4), List.of(32, 64), List.of(500.0, 100.0), List.of(300.0, 350.0)));
    assertTrue(e.getMessage().contains("ascending"), e.getMessage());
    e = assertThrows(ConfigException.class, () -> new ReramGrid(List.of(4), List.of(32, 64), List.of(100.0, 200.0), List.of(300.0, 350.0)));
    assertTrue(e.getMessage().contains("at least two values"), e.getMessage());
    assertEquals(252, ReramGrid.quick().size());
  }
}
