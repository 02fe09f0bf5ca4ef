package org.xbarlab.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbarlab.ResumeException;

class RunLogTest {
  @TempDir
  Path dir;

  private static final class Crash extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /** Branin/Currin whose evaluator counts calls and can crash at a given call. */
  private static Problem counted(AtomicInteger calls, int crashAt) {
    Problem base = TestProblems.braninCurrin();
    return new Problem(base.name(), base.space(), base.objectives(), base.fidelity(),
        base.referencePoint(), (x, z) -> {
          if (calls.incrementAndGet() == crashAt) {
            throw new Crash();
          }
          return base.evaluator().evaluate(x, z);
        });
  }

  static BayesianOptimization cheapCfMesmo() {
    return BayesianOptimization.cfMesmo().withInitialPoints(4).withParetoSamples(2)
        .withFeatures(100, 1e3).withFrontEvaluations(300)
        .withOptimizer(new RandomLocalSearch(100, 2, 20));
  }

  private static void assertSameRun(OptimizationResult a, OptimizationResult b) {
    assertEquals(a.observations(), b.observations());
    assertEquals(a.evaluations().toString(), b.evaluations().toString());
    assertEquals(a.hypervolumeTrace().toString(), b.hypervolumeTrace().toString());
  }

  @Test
  void crashedCfMesmoRunResumesToTheIdenticalResultWithoutRedoingEvaluations() throws IOException {
    Termination budget = Termination.maxEvaluations(12);
    AtomicInteger plainCalls = new AtomicInteger();
    OptimizationResult uninterrupted = Optimization.minimize(counted(plainCalls, -1),
        cheapCfMesmo(), budget, 21);
    assertEquals(12, plainCalls.get());

    Path log = dir.resolve("cf.csv");
    AtomicInteger calls = new AtomicInteger();
    assertThrows(Crash.class,
        () -> Optimization.minimize(counted(calls, 8), cheapCfMesmo(), budget, 21, log));
    // 7 evaluations finished before the crash and are on disk
    assertEquals(5 + 7, Files.readAllLines(log).size());
    AtomicInteger resumedCalls = new AtomicInteger();
    OptimizationResult resumed = Optimization.minimize(counted(resumedCalls, -1), cheapCfMesmo(),
        budget, 21, log);
    assertEquals(5, resumedCalls.get(), "only the 5 unfinished evaluations are run");
    assertSameRun(uninterrupted, resumed);
    // a finished log replays entirely without evaluating
    AtomicInteger replayCalls = new AtomicInteger();
    assertSameRun(uninterrupted, Optimization.minimize(counted(replayCalls, -1), cheapCfMesmo(),
        budget, 21, log));
    assertEquals(0, replayCalls.get());
  }

  @Test
  void nsga2AndRandomSearchResumeIdentically() {
    for (Algorithm alg : List.of(new Nsga2(8), RandomSearch.create())) {
      Termination budget = Termination.maxEvaluations(40);
      OptimizationResult plain = Optimization.minimize(TestProblems.braninCurrin(), alg, budget, 4);
      Path log = dir.resolve(alg.describe() + ".csv");
      AtomicInteger calls = new AtomicInteger();
      assertThrows(Crash.class,
          () -> Optimization.minimize(counted(calls, 23), alg, budget, 4, log));
      AtomicInteger resumedCalls = new AtomicInteger();
      OptimizationResult resumed = Optimization.minimize(counted(resumedCalls, -1), alg, budget, 4,
          log);
      assertEquals(40 - 22, resumedCalls.get(), alg.describe());
      assertSameRun(plain, resumed);
    }
  }

  @Test
  void tornLastLineIsIgnoredAndCut() throws IOException {
    Path log = dir.resolve("torn.csv");
    Termination budget = Termination.maxEvaluations(10);
    OptimizationResult plain = Optimization.minimize(TestProblems.braninCurrin(),
        RandomSearch.create(), budget, 9);
    Optimization.minimize(TestProblems.braninCurrin(), RandomSearch.create(),
        Termination.maxEvaluations(6), 9, log);
    Files.writeString(log, "6,6,1.0,2.1,0.123", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    AtomicInteger calls = new AtomicInteger();
    OptimizationResult resumed = Optimization.minimize(counted(calls, -1), RandomSearch.create(),
        budget, 9, log);
    assertEquals(4, calls.get());
    assertSameRun(plain, resumed);
    List<String> lines = Files.readAllLines(log);
    assertEquals(5 + 10, lines.size());
    assertTrue(lines.stream().noneMatch(l -> l.equals("6,6,1.0,2.1,0.123")));
  }

  @Test
  void logOfAnotherRunIsRejectedNamingTheMismatch() throws IOException {
    Path log = dir.resolve("other.csv");
    Problem bc = TestProblems.braninCurrin();
    Optimization.minimize(bc, RandomSearch.create(), Termination.maxEvaluations(3), 1, log);
    ResumeException seed = assertThrows(ResumeException.class, () -> Optimization.minimize(bc,
        RandomSearch.create(), Termination.maxEvaluations(3), 2, log));
    assertTrue(seed.getMessage().contains("different seed"), seed.getMessage());
    ResumeException alg = assertThrows(ResumeException.class, () -> Optimization.minimize(bc,
        new Nsga2(8), Termination.maxEvaluations(3), 1, log));
    assertTrue(alg.getMessage().contains("different algorithm"), alg.getMessage());
    ResumeException prob = assertThrows(ResumeException.class, () -> Optimization.minimize(
        TestProblems.zdt1(2), RandomSearch.create(), Termination.maxEvaluations(3), 1, log));
    assertTrue(prob.getMessage().contains("different problem"), prob.getMessage());
    // a damaged line that is not the last one cannot be skipped silently
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(log));
    lines.set(5, "garbage");
    Files.write(log, lines);
    ResumeException damaged = assertThrows(ResumeException.class, () -> Optimization.minimize(bc,
        RandomSearch.create(), Termination.maxEvaluations(3), 1, log));
    assertTrue(damaged.getMessage().contains("damaged"), damaged.getMessage());
  }

  @Test
  void nonFiniteObjectiveIsRejectedNamingTheFileAndTheLine() throws IOException {
    Problem bc = TestProblems.braninCurrin();
    for (String bad : List.of("NaN", "Infinity", "-Infinity")) {
      for (int record : new int[] {2, 5}) { // a middle line and the last line
        Path log = dir.resolve("nan-" + bad + "-" + record + ".csv");
        Optimization.minimize(bc, RandomSearch.create(), Termination.maxEvaluations(6), 1, log);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(log));
        int lineIndex = 5 + record;
        String[] f = lines.get(lineIndex).split(",");
        f[f.length - 1] = bad; // the currin objective
        lines.set(lineIndex, String.join(",", f));
        Files.write(log, lines);
        ResumeException e = assertThrows(ResumeException.class, () -> Optimization.minimize(bc,
            RandomSearch.create(), Termination.maxEvaluations(8), 1, log));
        assertTrue(e.getMessage().contains(log.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("line " + (lineIndex + 1) + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("currin"), e.getMessage());
      }
    }
  }
}
