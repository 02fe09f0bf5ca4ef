package org.xbarlab.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class NotebookBundleTest {
  @Test
  void tableBundleHasEscapedHtmlTableAndPlainText() {
    Table t = Table.create("scores <raw>", StringColumn.create("name", "a<b", "c"),
        DoubleColumn.create("value", 0.123456, 1e-7), IntColumn.create("n", 3, 4));
    Map<String, Object> b = Notebook.tableBundle(t);
    String html = (String) b.get("text/html");
    assertTrue(html.contains("<table"));
    assertTrue(html.contains("<td>a&lt;b</td>"), html);
    assertTrue(html.contains("scores &lt;raw&gt;"));
    assertTrue(html.contains(">0.1235<"), html);
    assertTrue(html.contains(">1.000e-07<"), html);
    assertTrue(html.contains(">3<"), html);
    assertTrue(((String) b.get("text/plain")).contains("a<b"));
  }

  @Test
  void longTablesAreCutWithANote() {
    IntColumn c = IntColumn.create("i");
    for (int i = 0; i < TableHtml.MAX_ROWS + 5; i++) {
      c.append(i);
    }
    String html = (String) Notebook.tableBundle(Table.create("long", c)).get("text/html");
    assertTrue(html.contains("5 more rows"));
    assertFalse(html.contains(">" + (TableHtml.MAX_ROWS + 1) + "<"));
  }

  @Test
  void figureBundleCarriesPlotlyJsonHtmlAndText() {
    Figure f = Figure.of(java.util.List.of(Trace.line("s", java.util.List.of(1.0, 2.0), java.util.List.of(3.0, 4.0))))
        .withTitle("t");
    Map<String, Object> withJs = Notebook.figureBundle(f, true);
    Map<String, Object> withoutJs = Notebook.figureBundle(f, false);
    assertEquals(f.toPlotly(), withJs.get(Notebook.PLOTLY_MIME));
    String html = (String) withJs.get("text/html");
    assertTrue(html.contains("Plotly.newPlot"));
    assertTrue(html.length() > 3_000_000, "the first figure inlines plotly.js");
    assertTrue(((String) withoutJs.get("text/html")).length() < 10_000, "later figures reuse window.Plotly");
    assertFalse(html.contains("<script src") || html.contains("<script type=\"text/javascript\" src"), "no external script: works offline");
    assertEquals("Figure 't' [s: 2 points]", withJs.get("text/plain"));
  }

  @Test
  void outsideAKernelShowPrintsText() {
    assertFalse(Notebook.inKernel());
    java.io.PrintStream original = System.out;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    try {
      System.setOut(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
      Notebook.show(Table.create("printed table", StringColumn.create("name", "alpha")));
      Notebook.show(Figure.of(java.util.List.of(Trace.line("s", java.util.List.of(1.0),
          java.util.List.of(2.0)))).withTitle("printed figure"));
      Notebook.showMarkdown("**printed markdown**");
    } finally {
      System.setOut(original);
    }
    String text = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(text.contains("printed table") && text.contains("alpha"), text);
    assertTrue(text.contains("Figure 'printed figure' [s: 1 points]"), text);
    assertTrue(text.contains("printed markdown"), text);
  }
}
