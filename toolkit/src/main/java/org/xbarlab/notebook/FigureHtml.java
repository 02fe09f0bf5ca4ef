package org.xbarlab.notebook;

import java.util.concurrent.atomic.AtomicLong;

/** Turns a figure into self-contained HTML: a div plus a script that draws it with plotly.js. */
final class FigureHtml {
  private static final AtomicLong COUNTER = new AtomicLong();

  private FigureHtml() {}

  /**
   * Returns the HTML fragment for {@code figure}; with {@code includePlotlyJs} the fragment also
   * carries plotly.js itself, otherwise it waits for an earlier fragment to have loaded it.
   */
  static String fragment(Figure figure, boolean includePlotlyJs) {
    String id = "xbarlab-figure-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
    StringBuilder h = new StringBuilder();
    if (includePlotlyJs) {
      h.append(PlotlyJs.scriptTags());
    }
    h.append("<div id=\"").append(id).append("\" style=\"width:").append(figure.widthPixels())
        .append("px;height:").append(figure.heightPixels()).append("px;\"></div>\n")
        .append("<script type=\"text/javascript\">(function(){var fig=").append(figure.toJson())
        .append(";var tries=0;function draw(){if(window.Plotly){window.Plotly.newPlot('")
        .append(id).append("',fig.data,fig.layout,{displaylogo:false});}else if(++tries<200){setTimeout(draw,50);}")
        .append("else{document.getElementById('").append(id)
        .append("').innerText='plotly.js was not loaded: re-run the notebook from the top';}}draw();})();</script>");
    return h.toString();
  }

  /** Returns a complete HTML page showing the figure, with plotly.js inline (no network needed). */
  static String page(Figure figure) {
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + TableHtml.escape(figure.title())
        + "</title></head><body style=\"margin:0\">\n" + fragment(figure, true) + "\n</body></html>\n";
  }
}
