package org.xbarlab.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xbarlab.ConfigException;
import org.xbarlab.XbarLabException;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class FigureTest {
  private static Table results() {
    return Table.create("results",
        StringColumn.create("method", "a", "a", "b", "b"),
        DoubleColumn.create("sigma", 0.0, 0.1, 0.0, 0.1),
        DoubleColumn.create("accuracy", 0.9, 0.8, 0.91, 0.85),
        DoubleColumn.create("std", 0.01, 0.02, 0.01, 0.03));
  }

  @Test
  void groupsRowsIntoOneTracePerValueInOrderOfAppearance() {
    Figure f = Figures.lineWithErrors(results(), "sigma", "accuracy", "std", "method");
    assertEquals(2, f.traces().size());
    assertEquals("a", f.traces().get(0).name());
    assertEquals(List.of(0.9, 0.8), f.traces().get(0).y());
    assertEquals(List.of(0.01, 0.03), f.traces().get(1).errorY().orElseThrow());
    assertEquals(List.of(0.0, 0.1), f.traces().get(1).x());
  }

  @Test
  @SuppressWarnings("unchecked")
  void plotlyJsonUsesTitleObjectsValidForPlotlyTwoAndThree() {
    Figure f = Figures.line(results(), "sigma", "accuracy", "method").withTitle("T").withLogX();
    Map<String, Object> layout = (Map<String, Object>) f.toPlotly().get("layout");
    assertEquals(Map.of("text", "T"), layout.get("title"));
    Map<String, Object> x = (Map<String, Object>) layout.get("xaxis");
    assertEquals(Map.of("text", "sigma"), x.get("title"));
    assertEquals("log", x.get("type"));
    String json = f.toJson();
    assertTrue(json.startsWith("{\"data\":[{\"type\":\"scatter\",\"name\":\"a\""), json);
    assertFalse(json.contains("\"title\":\"T\""), "string titles were removed in plotly.js 3");
  }

  @Test
  void jsonEscapesScriptEndAndControlCharactersAndDropsNonFiniteNumbers() {
    String json = Json.write(Map.of("k", "</script>\"\n", "n", Double.NaN));
    assertTrue(json.contains("\\u003c/script>\\\"\\n"), json);
    assertTrue(json.contains("\"n\":null"), json);
  }

  @Test
  void stackedBarsAndSecondAxisAppearInLayout() {
    Figure f = Figures.stackedBars(results(), "method", "accuracy", "sigma")
        .withTrace(Trace.line("cost", List.of("a", "b"), List.of(1.0, 2.0)).onSecondYAxis());
    String json = f.toJson();
    assertTrue(json.contains("\"barmode\":\"stack\""));
    assertTrue(json.contains("\"yaxis2\""));
    assertTrue(json.contains("\"type\":\"bar\""));
  }

  @Test
  void missingOrTextColumnsGiveErrorsNamingTheColumn() {
    XbarLabException missing = assertThrows(XbarLabException.class, () -> Figures.line(results(), "sigma", "acc"));
    assertTrue(missing.getMessage().contains("'acc'") && missing.getMessage().contains("accuracy"), missing.getMessage());
    XbarLabException text = assertThrows(XbarLabException.class, () -> Figures.line(results(), "sigma", "method"));
    assertTrue(text.getMessage().contains("must be numeric"), text.getMessage());
    ConfigException size = assertThrows(ConfigException.class, () -> Figure.of(List.of()).withSize(50, 400));
    assertEquals("width", size.field());
  }

  @Test
  void mismatchedTraceLengthsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Trace.line("x", List.of(1.0, 2.0), List.of(1.0)));
  }
}
