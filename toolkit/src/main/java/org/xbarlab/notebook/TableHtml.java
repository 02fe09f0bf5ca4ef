package org.xbarlab.notebook;

import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Renders a Tablesaw table as an HTML table: the {@code text/html} member of its MIME bundle. */
final class TableHtml {
  /** Rows shown before the table is cut (the text notes how many were left out). */
  static final int MAX_ROWS = 200;

  private TableHtml() {}

  static String render(Table table) {
    StringBuilder h = new StringBuilder(1024);
    h.append("<div class=\"xbarlab-table\">");
    if (table.name() != null && !table.name().isEmpty()) {
      h.append("<p><b>").append(escape(table.name())).append("</b> &middot; ")
          .append(table.rowCount()).append(" rows &times; ").append(table.columnCount())
          .append(" columns</p>");
    }
    h.append("<table class=\"dataframe\" border=\"1\"><thead><tr>");
    for (Column<?> c : table.columns()) {
      h.append("<th>").append(escape(c.name())).append("</th>");
    }
    h.append("</tr></thead><tbody>");
    int shown = Math.min(table.rowCount(), MAX_ROWS);
    for (int r = 0; r < shown; r++) {
      h.append("<tr>");
      for (Column<?> c : table.columns()) {
        boolean numeric = c instanceof NumericColumn<?>;
        h.append(numeric ? "<td style=\"text-align:right\">" : "<td>")
            .append(escape(cell(c, r))).append("</td>");
      }
      h.append("</tr>");
    }
    h.append("</tbody></table>");
    if (shown < table.rowCount()) {
      h.append("<p>&hellip; ").append(table.rowCount() - shown).append(" more rows</p>");
    }
    return h.append("</div>").toString();
  }

  private static String cell(Column<?> c, int row) {
    if (c.isMissing(row)) {
      return "";
    }
    if (c instanceof NumericColumn<?> n && !(c.type().name().contains("INTEGER") || c.type().name().contains("LONG") || c.type().name().contains("SHORT"))) {
      double v = n.getDouble(row);
      return formatDouble(v);
    }
    return c.getString(row);
  }

  /** Formats with four significant digits, switching to scientific notation for extreme values. */
  static String formatDouble(double v) {
    if (v == 0) {
      return "0";
    }
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    double a = Math.abs(v);
    if (a >= 1e-3 && a < 1e6) {
      String s = String.format(java.util.Locale.ROOT, "%.4g", v);
      if (s.contains(".") && !s.contains("e")) {
        s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
      }
      return s;
    }
    return String.format(java.util.Locale.ROOT, "%.3e", v);
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
