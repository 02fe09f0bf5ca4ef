package org.xbarlab.notebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One Plotly trace: a named series of (x, y) points drawn as lines, markers or bars, with optional
 * symmetric error bars. Immutable; {@code with...} methods return modified copies.
 */
public final class Trace {
  /** How a trace is drawn. */
  public enum Style {
    /** Lines through the points, with markers. */
    LINES,
    /** Markers only. */
    MARKERS,
    /** Vertical bars. */
    BARS
  }

  private final Style style;
  private final String name;
  private final List<Object> x;
  private final List<Double> y;
  private final List<Double> errorY;
  private final String axisSuffix;

  private Trace(Style style, String name, List<?> x, List<Double> y, List<Double> errorY, String axisSuffix) {
    if (x.size() != y.size()) {
      throw new IllegalArgumentException(
          "trace '" + name + "' has " + x.size() + " x values but " + y.size() + " y values");
    }
    if (errorY != null && errorY.size() != y.size()) {
      throw new IllegalArgumentException(
          "trace '" + name + "' has " + y.size() + " y values but " + errorY.size() + " error values");
    }
    this.style = style;
    this.name = name;
    this.x = List.copyOf(x);
    this.y = List.copyOf(y);
    this.errorY = errorY == null ? null : List.copyOf(errorY);
    this.axisSuffix = axisSuffix;
  }

  /** Returns a line trace through the points. */
  public static Trace line(String name, List<?> x, List<Double> y) {
    return new Trace(Style.LINES, name, x, y, null, "");
  }

  /** Returns a marker-only trace. */
  public static Trace markers(String name, List<?> x, List<Double> y) {
    return new Trace(Style.MARKERS, name, x, y, null, "");
  }

  /** Returns a bar trace. */
  public static Trace bars(String name, List<?> x, List<Double> y) {
    return new Trace(Style.BARS, name, x, y, null, "");
  }

  /** Returns a copy with symmetric error bars of half-width {@code errors} (same length as y). */
  public Trace withErrorY(List<Double> errors) {
    return new Trace(style, name, x, y, errors, axisSuffix);
  }

  /** Returns a copy drawn against the second y axis (right-hand side). */
  public Trace onSecondYAxis() {
    return new Trace(style, name, x, y, errorY, "2");
  }

  /** Returns the legend name. */
  public String name() {
    return name;
  }

  /** Returns the drawing style. */
  public Style style() {
    return style;
  }

  /** Returns the x values. */
  public List<Object> x() {
    return x;
  }

  /** Returns the y values. */
  public List<Double> y() {
    return y;
  }

  /** Returns the error half-widths, if any. */
  public Optional<List<Double>> errorY() {
    return Optional.ofNullable(errorY);
  }

  Map<String, Object> toPlotly() {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("type", style == Style.BARS ? "bar" : "scatter");
    t.put("name", name);
    t.put("x", new ArrayList<>(x));
    t.put("y", new ArrayList<>(y));
    if (style == Style.LINES) {
      t.put("mode", "lines+markers");
    } else if (style == Style.MARKERS) {
      t.put("mode", "markers");
    }
    if (errorY != null) {
      t.put("error_y", Map.of("type", "data", "array", new ArrayList<>(errorY), "visible", true));
    }
    if (!axisSuffix.isEmpty()) {
      t.put("yaxis", "y" + axisSuffix);
    }
    return t;
  }
}
