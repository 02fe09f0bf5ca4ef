package org.xbarlab.notebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Plotly figure: traces plus a layout (title, axis titles, log axes, bar mode, size). Immutable;
 * build one from a table with {@link Figures}, tweak it with {@code with...} copies, show it with
 * {@link Notebook#show(Figure)} or export it with {@link FigureExport}.
 *
 * <pre>{@code
 * Figure f = Figures.line(sweep, "frequency_MHz", "accuracy_top1", "method")
 *     .withTitle("Accuracy under noise").withLogX();
 * Notebook.show(f);
 * }</pre>
 */
public final class Figure {
  private final List<Trace> traces;
  private final String title;
  private final String xTitle;
  private final String yTitle;
  private final String y2Title;
  private final boolean logX;
  private final boolean logY;
  private final String barMode;
  private final int widthPixels;
  private final int heightPixels;

  private Figure(List<Trace> traces, String title, String xTitle, String yTitle, String y2Title,
      boolean logX, boolean logY, String barMode, int widthPixels, int heightPixels) {
    this.traces = List.copyOf(traces);
    this.title = title;
    this.xTitle = xTitle;
    this.yTitle = yTitle;
    this.y2Title = y2Title;
    this.logX = logX;
    this.logY = logY;
    this.barMode = barMode;
    this.widthPixels = widthPixels;
    this.heightPixels = heightPixels;
  }

  /** Returns a figure of the given traces with default layout (720 × 440 px). */
  public static Figure of(List<Trace> traces) {
    return new Figure(traces, "", "", "", "", false, false, "group", 720, 440);
  }

  /** Returns a copy with the given title. */
  public Figure withTitle(String newTitle) {
    return new Figure(traces, newTitle, xTitle, yTitle, y2Title, logX, logY, barMode, widthPixels, heightPixels);
  }

  /** Returns a copy with the given x-axis title. */
  public Figure withXTitle(String newTitle) {
    return new Figure(traces, title, newTitle, yTitle, y2Title, logX, logY, barMode, widthPixels, heightPixels);
  }

  /** Returns a copy with the given y-axis title. */
  public Figure withYTitle(String newTitle) {
    return new Figure(traces, title, xTitle, newTitle, y2Title, logX, logY, barMode, widthPixels, heightPixels);
  }

  /** Returns a copy whose second (right) y axis has the given title. */
  public Figure withY2Title(String newTitle) {
    return new Figure(traces, title, xTitle, yTitle, newTitle, logX, logY, barMode, widthPixels, heightPixels);
  }

  /** Returns a copy with a logarithmic x axis. */
  public Figure withLogX() {
    return new Figure(traces, title, xTitle, yTitle, y2Title, true, logY, barMode, widthPixels, heightPixels);
  }

  /** Returns a copy with a logarithmic y axis. */
  public Figure withLogY() {
    return new Figure(traces, title, xTitle, yTitle, y2Title, logX, true, barMode, widthPixels, heightPixels);
  }

  /** Returns a copy whose bars stack instead of standing side by side. */
  public Figure withStackedBars() {
    return new Figure(traces, title, xTitle, yTitle, y2Title, logX, logY, "stack", widthPixels, heightPixels);
  }

  /**
   * Returns a copy of the given size.
   *
   * @param width width in pixels, 100..4000
   * @param height height in pixels, 100..4000
   */
  public Figure withSize(int width, int height) {
    checkPixels("width", width);
    checkPixels("height", height);
    return new Figure(traces, title, xTitle, yTitle, y2Title, logX, logY, barMode, width, height);
  }

  /** Returns a copy with one more trace. */
  public Figure withTrace(Trace trace) {
    List<Trace> more = new ArrayList<>(traces);
    more.add(trace);
    return new Figure(more, title, xTitle, yTitle, y2Title, logX, logY, barMode, widthPixels, heightPixels);
  }

  /** Returns the traces. */
  public List<Trace> traces() {
    return traces;
  }

  /** Returns the title ("" when none). */
  public String title() {
    return title;
  }

  /** Returns the width in pixels. */
  public int widthPixels() {
    return widthPixels;
  }

  /** Returns the height in pixels. */
  public int heightPixels() {
    return heightPixels;
  }

  /**
   * Returns the figure as a Plotly JSON tree ({@code data}, {@code layout}) of maps and lists: the
   * value of the {@code application/vnd.plotly.v1+json} MIME type.
   */
  public Map<String, Object> toPlotly() {
    List<Object> data = new ArrayList<>();
    for (Trace t : traces) {
      data.add(t.toPlotly());
    }
    Map<String, Object> layout = new LinkedHashMap<>();
    layout.put("title", Map.of("text", title));
    layout.put("xaxis", axis(xTitle, logX));
    Map<String, Object> yaxis = axis(yTitle, logY);
    layout.put("yaxis", yaxis);
    boolean secondAxis = traces.stream().anyMatch(t -> t.toPlotly().containsKey("yaxis"));
    if (secondAxis) {
      Map<String, Object> y2 = axis(y2Title, false);
      y2.put("overlaying", "y");
      y2.put("side", "right");
      layout.put("yaxis2", y2);
    }
    layout.put("barmode", barMode);
    layout.put("width", widthPixels);
    layout.put("height", heightPixels);
    layout.put("template", Map.of("layout", Map.of("font", Map.of("family", "Arial, sans-serif"))));
    Map<String, Object> fig = new LinkedHashMap<>();
    fig.put("data", data);
    fig.put("layout", layout);
    return fig;
  }

  /** Returns the Plotly JSON as text. */
  public String toJson() {
    return Json.write(toPlotly());
  }

  /** Returns a one-line text summary, the {@code text/plain} member of the MIME bundle. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Figure");
    if (!title.isEmpty()) {
      s.append(" '").append(title).append('\'');
    }
    s.append(" [");
    for (int i = 0; i < traces.size(); i++) {
      if (i > 0) {
        s.append(", ");
      }
      s.append(traces.get(i).name()).append(": ").append(traces.get(i).y().size()).append(" points");
    }
    return s.append(']').toString();
  }

  private static Map<String, Object> axis(String axisTitle, boolean log) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("title", Map.of("text", axisTitle));
    if (log) {
      a.put("type", "log");
    }
    a.put("automargin", true);
    return a;
  }

  private static void checkPixels(String field, int value) {
    if (value < 100 || value > 4000) {
      throw new org.xbarlab.ConfigException(field, value, "a size in pixels within 100..4000");
    }
  }
}
