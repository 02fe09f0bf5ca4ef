package org.xbarlab.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("chromium")
class FigureExportTest {
  private static boolean chromiumAvailable() {
    String bin = System.getenv().getOrDefault(FigureExport.CHROMIUM_ENV, "chromium");
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, bin))) {
        return true;
      }
    }
    return Files.isExecutable(Path.of(bin));
  }

  private static Figure figure() {
    return Figure.of(List.of(Trace.line("accuracy", List.of(0.0, 0.1, 0.2), List.of(0.9, 0.7, 0.4))))
        .withTitle("export check").withSize(640, 400);
  }

  @Test
  void pngHasTheFigureSizeAndIsNotBlank(@TempDir Path dir) throws Exception {
    assumeTrue(chromiumAvailable(), "Debian's chromium is not installed");
    Path png = dir.resolve("f.png");
    FigureExport.toPng(figure(), png);
    BufferedImage img = ImageIO.read(png.toFile());
    assertEquals(640, img.getWidth());
    assertEquals(400, img.getHeight());
    int first = img.getRGB(0, 0);
    boolean varied = false;
    for (int y = 0; y < img.getHeight() && !varied; y += 7) {
      for (int x = 0; x < img.getWidth(); x += 7) {
        if (img.getRGB(x, y) != first) {
          varied = true;
          break;
        }
      }
    }
    assertTrue(varied, "the PNG is a single colour: nothing was drawn");
  }

  @Test
  void svgCarriesTheTitleAndTrace(@TempDir Path dir) throws Exception {
    assumeTrue(chromiumAvailable(), "Debian's chromium is not installed");
    FigureExport.toSvg(figure(), dir.resolve("f.svg"));
    String svg = Files.readString(dir.resolve("f.svg"));
    assertTrue(svg.startsWith("<svg"), svg.substring(0, Math.min(80, svg.length())));
    assertTrue(svg.contains("export check"));
    assertTrue(svg.contains("class=\"scatterlayer"));
  }

  @Test
  void htmlPageIsSelfContained(@TempDir Path dir) throws Exception {
    FigureExport.toHtml(figure(), dir.resolve("f.html"));
    String html = Files.readString(dir.resolve("f.html"));
    assertTrue(html.contains("Plotly.newPlot") && html.length() > 3_000_000);
    assertTrue(!html.contains("<script src"), "no external scripts");
  }
}
