package org.xbarlab.notebook;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * Shows tables, figures and text in the notebook that runs this JVM (JJava, or IJava when that is
 * the host), and as plain text anywhere else. Every method returns {@code void}, so a cell ending in
 * {@code Notebook.show(x);} prints no stray display id.
 *
 * <pre>{@code
 * Notebook.show(results);                                         // HTML table + text
 * Notebook.show(Figures.line(results, "sigma", "accuracy_top1")); // interactive Plotly figure
 * }</pre>
 */
public final class Notebook {
  /** The Plotly MIME type rendered by JupyterLab's Plotly extension (also in untrusted notebooks). */
  public static final String PLOTLY_MIME = "application/vnd.plotly.v1+json";

  private static volatile boolean plotlyJsSent;

  private Notebook() {}

  /** Shows a table as an HTML table (first {@value TableHtml#MAX_ROWS} rows) plus plain text. */
  public static void show(Table table) {
    publish(tableBundle(table));
  }

  /** Shows an interactive figure: Plotly JSON, self-contained HTML and a plain-text summary. */
  public static void show(Figure figure) {
    Optional<KernelBridge> kernel = KernelBridge.detect();
    if (kernel.isEmpty()) {
      System.out.println(figure);
      return;
    }
    // plotly.js (11 MB) travels with the first figure of a kernel session only; later HTML
    // fragments reuse window.Plotly. JupyterLab itself draws from the Plotly JSON member.
    boolean includeJs = !plotlyJsSent;
    kernel.get().display(figureBundle(figure, includeJs), null);
    plotlyJsSent = true;
  }

  /** Shows Markdown text (rendered in the notebook, printed as-is elsewhere). */
  public static void showMarkdown(String markdown) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("text/markdown", markdown);
    b.put("text/plain", markdown);
    publish(b);
  }

  /** Shows an HTML fragment (printed as-is outside a notebook). */
  public static void showHtml(String html) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("text/html", html);
    b.put("text/plain", html);
    publish(b);
  }

  /** Returns true when this JVM runs inside a notebook kernel that can show rich output. */
  public static boolean inKernel() {
    return KernelBridge.detect().isPresent();
  }

  /** Returns the MIME bundle {@link #show(Table)} publishes (for tests and custom renderers). */
  public static Map<String, Object> tableBundle(Table table) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("text/html", TableHtml.render(table));
    b.put("text/plain", table.printAll());
    return b;
  }

  /** Returns the MIME bundle {@link #show(Figure)} publishes (for tests and custom renderers). */
  public static Map<String, Object> figureBundle(Figure figure, boolean includePlotlyJs) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put(PLOTLY_MIME, figure.toPlotly());
    b.put("text/html", FigureHtml.fragment(figure, includePlotlyJs));
    b.put("text/plain", figure.toString());
    return b;
  }

  private static void publish(Map<String, Object> bundle) {
    Optional<KernelBridge> kernel = KernelBridge.detect();
    if (kernel.isPresent()) {
      kernel.get().display(bundle, null);
    } else {
      System.out.println(bundle.get("text/plain"));
    }
  }
}
