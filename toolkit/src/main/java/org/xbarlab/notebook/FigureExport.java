package org.xbarlab.notebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xbarlab.XbarLabException;

/**
 * Static PNG or SVG export of a figure for reports, rendered by headless Chromium (Debian's
 * {@code chromium} package) with the bundled plotly.js, fully offline. The page asks plotly.js for
 * the image ({@code Plotly.toImage}) and Chromium prints it with {@code --dump-dom}.
 */
public final class FigureExport {
  /** Environment variable naming the Chromium binary; default {@code chromium} on the PATH. */
  public static final String CHROMIUM_ENV = "XBARLAB_CHROMIUM";
  private static final Pattern DATA_URL = Pattern.compile("<pre id=\"xbarlab-image\">data:image/(png|svg\\+xml)(;base64)?,([^<]*)</pre>");
  private static final long TIMEOUT_SECONDS = 120;

  private FigureExport() {}

  /**
   * Returns the folder for exported report figures: {@code $XBARLAB_HOME/build/figures} when the
   * kernel was started by the XbarLab kernelspec, otherwise {@code build/figures} under the
   * working directory. Created on first write.
   */
  public static Path reportFolder() {
    String home = System.getenv("XBARLAB_HOME");
    Path base = home == null || home.isBlank() ? Path.of("") : Path.of(home);
    return base.resolve("build").resolve("figures").toAbsolutePath();
  }

  /**
   * Writes the figure as a PNG file of the figure's size (atomically: a reader never sees half a
   * file). Returns nothing, so a notebook cell ending with this call prints no stray value.
   */
  public static void toPng(Figure figure, Path file) {
    write(file, render(figure, "png"));
  }

  /** Writes the figure as an SVG file (atomically). */
  public static void toSvg(Figure figure, Path file) {
    write(file, render(figure, "svg"));
  }

  /** Writes the figure as a standalone HTML page with plotly.js inline (atomically). */
  public static void toHtml(Figure figure, Path file) {
    write(file, FigureHtml.page(figure).getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] render(Figure figure, String format) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("xbarlab-export");
      Path page = dir.resolve("figure.html");
      Files.writeString(page, exportPage(figure, format), StandardCharsets.UTF_8);
      String dom = runChromium(page, dir.resolve("profile"));
      Matcher m = DATA_URL.matcher(dom);
      if (!m.find()) {
        throw new XbarLabException("Chromium rendered the page but plotly.js produced no " + format
            + " image (page " + page + ")");
      }
      String payload = m.group(3);
      if (m.group(2) != null) {
        return Base64.getDecoder().decode(payload);
      }
      return java.net.URLDecoder.decode(payload.replace("+", "%2B"), StandardCharsets.UTF_8)
          .getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new XbarLabException("figure export to " + format + " failed: " + e.getMessage(), e);
    } finally {
      deleteQuietly(dir);
    }
  }

  private static String exportPage(Figure figure, String format) {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n"
        + PlotlyJs.scriptTags()
        + "<div id=\"fig\"></div><pre id=\"xbarlab-image\"></pre>\n<script>var fig=" + figure.toJson() + ";"
        + "Plotly.newPlot('fig',fig.data,fig.layout).then(function(gd){return Plotly.toImage(gd,{format:'"
        + format + "',width:" + figure.widthPixels() + ",height:" + figure.heightPixels() + "});})"
        + ".then(function(url){document.getElementById('xbarlab-image').textContent=url;});</script>\n"
        + "</body></html>\n";
  }

  private static String runChromium(Path page, Path profile) throws IOException {
    String binary = System.getenv().getOrDefault(CHROMIUM_ENV, "chromium");
    List<String> cmd = new ArrayList<>(List.of(binary, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--user-data-dir=" + profile, "--virtual-time-budget=30000", "--dump-dom",
        page.toUri().toString()));
    Process p;
    try {
      p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      throw new XbarLabException("static figure export needs Chromium: '" + binary + "' could not be started ("
          + e.getMessage() + "); install Debian's chromium package or set " + CHROMIUM_ENV, e);
    }
    byte[] out = p.getInputStream().readAllBytes();
    try {
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new XbarLabException("Chromium did not finish within " + TIMEOUT_SECONDS + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      throw new XbarLabException("interrupted while waiting for Chromium", e);
    }
    if (p.exitValue() != 0) {
      throw new XbarLabException("Chromium exited with status " + p.exitValue() + " while exporting a figure");
    }
    return new String(out, StandardCharsets.UTF_8);
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path tmp = Files.createTempFile(parent, ".xbarlab", ".tmp");
      Files.write(tmp, bytes);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new XbarLabException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temp folder left behind is harmless.
    }
  }
}
