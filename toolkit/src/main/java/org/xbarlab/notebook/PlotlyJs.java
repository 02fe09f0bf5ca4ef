package org.xbarlab.notebook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.xbarlab.XbarLabException;

/** The offline plotly.js bundle, read once from the {@code org.webjars.npm:plotly.js-dist} jar. */
final class PlotlyJs {
  /** The plotly.js version the toolkit ships; the figure JSON is valid for plotly.js 2 and 3. */
  static final String VERSION = "2.35.3";
  private static final String RESOURCE = "META-INF/resources/webjars/plotly.js-dist/" + VERSION + "/plotly.js";
  private static volatile String source;

  private PlotlyJs() {}

  /** Returns the plotly.js source text (about 11 MB, unminified). */
  static String source() {
    String s = source;
    if (s == null) {
      synchronized (PlotlyJs.class) {
        s = source;
        if (s == null) {
          s = read();
          source = s;
        }
      }
    }
    return s;
  }

  /**
   * Returns script tags that define {@code window.Plotly}. An AMD loader (RequireJS, present in
   * some HTML exports) would capture the UMD bundle, so {@code define} is hidden while it loads.
   */
  static String scriptTags() {
    return "<script type=\"text/javascript\">window.__xbarlabDefine = window.define; window.define = undefined;</script>\n"
        + "<script type=\"text/javascript\">" + source().replace("</script", "<\\/script") + "</script>\n"
        + "<script type=\"text/javascript\">window.define = window.__xbarlabDefine;</script>\n";
  }

  private static String read() {
    ClassLoader loader = PlotlyJs.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new XbarLabException("plotly.js " + VERSION + " is not on the classpath (resource " + RESOURCE
            + "); the toolkit's lib folder must hold org.webjars.npm:plotly.js-dist:" + VERSION);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new XbarLabException("cannot read plotly.js from " + RESOURCE, e);
    }
  }
}
