package org.xbarlab.nax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbarlab.ResumeException;
import org.xbarlab.data.FashionMnist;
import org.xbarlab.data.ImageDataset;

class NaxResultLogTest {
  private static final List<String> HEADER = List.of("# settings=test seed=1", "# chip=x");

  private static NaxResult result(int size, double accuracy) {
    return new NaxResult(NaxDesign.homogeneous(size), accuracy, 0.01, 0.7, 1e6, 2e5, 0.4, 8e10,
        12.5);
  }

  @Test
  void resultsRoundTripExactly(@TempDir Path dir) {
    Path file = dir.resolve("nax.csv");
    NaxResultLog.open(file, HEADER).append(0, result(64, 0.6123456789012345));
    NaxResultLog.open(file, HEADER).append(0, result(16, 0.5));
    NaxResultLog.open(file, HEADER).append(2, result(16, 0.25));
    assertEquals(List.of(new NaxResultLog.Entry(0, result(64, 0.6123456789012345)),
        new NaxResultLog.Entry(0, result(16, 0.5)), new NaxResultLog.Entry(2, result(16, 0.25))),
        NaxResultLog.open(file, HEADER).existing());
  }

  @Test
  void tornLastLineIsDroppedAndCut(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("nax.csv");
    NaxResultLog.open(file, HEADER).append(0, result(64, 0.6));
    Files.writeString(file, "3/3/3", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    NaxResultLog reopened = NaxResultLog.open(file, HEADER);
    assertEquals(1, reopened.existing().size());
    reopened.append(0, result(32, 0.55));
    assertEquals(2, NaxResultLog.open(file, HEADER).existing().size());
  }

  @Test
  void nonFiniteValueOrOtherSettingsAreRejectedNamingTheLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("nax.csv");
    NaxResultLog.open(file, HEADER).append(0, result(64, 0.6));
    NaxResultLog.open(file, HEADER).append(0, result(32, 0.55));
    List<String> lines = Files.readAllLines(file);
    lines.set(4, lines.get(4).replace(",0.6,", ",NaN,"));
    Files.write(file, lines);
    ResumeException e = assertThrows(ResumeException.class, () -> NaxResultLog.open(file, HEADER));
    assertTrue(e.getMessage().contains("line 5") && e.getMessage().contains("non-finite accuracy"),
        e.getMessage());
    ResumeException other = assertThrows(ResumeException.class,
        () -> NaxResultLog.open(file, List.of("# settings=test seed=2", "# chip=x")));
    assertTrue(other.getMessage().contains("seed=2"), other.getMessage());
  }

  @Test
  @Tag("dataset")
  void aStudyReadsBackWhatAnInterruptedOneMeasured(@TempDir Path dir) {
    NaxSpace space = new NaxSpace(List.of(3, 5), List.of(16, 64), NaxSpace.Granularity.PER_STAGE);
    NaxProblem.Settings settings = new NaxProblem.Settings(new int[] {4, 4, 4}, 1, 32, 1,
        NaxProblem.Settings.defaultChip());
    ImageDataset train = FashionMnist.train().subsetPerClass(20, 1);
    ImageDataset test = FashionMnist.test().subsetPerClass(5, 1);
    Path file = dir.resolve("nax.csv");
    NaxProblem first = NaxProblem.of(space, settings, train, test, 3);
    NaxResult measured = first.evaluate(NaxDesign.homogeneous(16)); // before the log: carried over
    first = first.withResultLog(file);
    NaxResult logged = first.evaluate(NaxDesign.homogeneous(64));
    NaxResult twoSeeds = first.overTrainingSeeds(NaxDesign.homogeneous(16), 2);
    assertEquals(measured.edap(), twoSeeds.edap());
    assertTrue(twoSeeds.accuracySem() >= 0 && twoSeeds.seconds() > measured.seconds());
    NaxProblem resumed = NaxProblem.of(space, settings, train, test, 3).withResultLog(file);
    // the same wall seconds show that nothing was trained again
    assertEquals(measured, resumed.evaluate(NaxDesign.homogeneous(16)));
    assertEquals(logged, resumed.evaluate(NaxDesign.homogeneous(64)));
    assertEquals(twoSeeds, resumed.overTrainingSeeds(NaxDesign.homogeneous(16), 2));
    assertEquals(2, resumed.evaluated().rowCount());
    assertEquals(List.of("baseline", "baseline"),
        resumed.landscape().stringColumn(org.xbarlab.Columns.ROLE).asList().stream()
            .map(r -> r.startsWith("baseline") ? "baseline" : r).toList());
    assertThrows(ResumeException.class, () -> NaxProblem.of(space, settings, train, test, 4)
        .withResultLog(file));
  }
}
