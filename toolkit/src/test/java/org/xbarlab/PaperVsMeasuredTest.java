package org.xbarlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xbarlab.PaperVsMeasured.Verdict;
import tech.tablesaw.api.Table;

class PaperVsMeasuredTest {
  @Test
  void verdictFollowsTheNumbersAndTheirUncertainty() {
    assertEquals(Verdict.MATCHES, PaperVsMeasured.verdict(0.8, 1.8, 0.6)); // within 2 SE
    assertEquals(Verdict.MATCHES, PaperVsMeasured.verdict(-17, -16, 0)); // within 10 % of paper
    assertEquals(Verdict.SAME_DIRECTION, PaperVsMeasured.verdict(1.62, 5.0, 1.0));
    assertEquals(Verdict.DIFFERS, PaperVsMeasured.verdict(-17, 48.2, 0));
    assertEquals(Verdict.INCONCLUSIVE, PaperVsMeasured.verdict(0.8, 1.8, 3.1)); // also fits 0
    assertEquals(Verdict.DIFFERS, PaperVsMeasured.verdict(0.8, -0.5, 0.1));
    assertEquals(Verdict.DIFFERS, PaperVsMeasured.verdict(10, 1, 0.6)); // sign right, < 2 SE
    assertEquals(Verdict.NOT_COMPARABLE, PaperVsMeasured.verdict(0.8, Double.NaN, 0.1));
  }

  @Test
  void tableHasOneRowPerClaimInTheSharedColumns() {
    Table t = PaperVsMeasured.titled("x: paper vs. measured")
        .add("gain", 1.62, "%", "Table II", 1.1, 0.2, "seed 42")
        .addText("heterogeneous", "yes", "Sec. 4", "yes: k3 x16/64", "seed 42", Verdict.MATCHES)
        .table();
    assertEquals(List.of(Columns.CLAIM, Columns.PAPER, Columns.PAPER_SOURCE, Columns.MEASURED,
        Columns.CONDITIONS, Columns.VERDICT), t.columnNames());
    assertEquals("+1.62 %", t.stringColumn(Columns.PAPER).get(0));
    assertEquals("+1.10 % ± 0.20", t.stringColumn(Columns.MEASURED).get(0));
    assertEquals("same direction", t.stringColumn(Columns.VERDICT).get(0));
    assertEquals("matches", t.stringColumn(Columns.VERDICT).get(1));
  }

  @Test
  void badInputIsRejected() {
    assertThrows(ConfigException.class, () -> PaperVsMeasured.titled(" "));
    PaperVsMeasured t = PaperVsMeasured.titled("x");
    assertThrows(ConfigException.class, () -> t.add("c", Double.NaN, "", "s", 1, 0, ""));
    assertThrows(ConfigException.class, () -> t.add("c", 1, "", "s", 1, -1, ""));
    assertThrows(ConfigException.class, () -> t.addText("c", "p", "s", "m", "", null));
  }
}
