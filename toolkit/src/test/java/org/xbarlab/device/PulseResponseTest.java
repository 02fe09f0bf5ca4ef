package org.xbarlab.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xbarlab.ConfigException;

/** NeuroSim's non-linear LTP/LTD response: the A-table anchors, the curve, the level tables. */
class PulseResponseTest {
  private static final ConductanceRange WINDOW = ConductanceRange.of(1e-6, 1e-5);

  /** The anchors of NeuroSim's GetParamA table quoted in papers.md 4.3 (label -> A / P_max). */
  @ParameterizedTest
  @CsvSource({"1, 1.251653", "1.46, 0.848677", "1.75, 0.702081", "2, 0.609035", "3, 0.386830",
      "4, 0.269089", "5, 0.192406"})
  void solvedParameterMatchesTheTableAnchors(double nl, double tableA) {
    assertEquals(tableA, PulseResponse.normalisedA(nl), 2e-6);
    assertEquals(tableA, PulseResponse.normalisedA(-nl), 2e-6, "the sign only gives the direction");
  }

  @Test
  void neuroSimCurveThroughTheAnchor() {
    // NeuroSim: G(P) = B (1 - exp(-P/A)) - 1 in [-1, 1], B = 2 / (1 - exp(-Pmax/A)); P = Pmax/2
    double a = 0.269089;
    double neuroSim = 2 / (1 - Math.exp(-1 / a)) * (1 - Math.exp(-0.5 / a)) - 1;
    double ours = 2 * PulseResponse.of(4, -4).potentiated(0.5) - 1;
    assertEquals(neuroSim, ours, 1e-5);
    assertEquals(0.865, PulseResponse.of(4, -4).potentiated(0.5), 1e-3);
  }

  @Test
  void curveRunsFromZeroToOneMonotoneAboveTheDiagonal() {
    PulseResponse r = PulseResponse.of(2, -3);
    assertEquals(0, r.potentiated(0), 0);
    assertEquals(1, r.potentiated(1), 1e-12);
    assertEquals(1, r.depressed(1), 1e-12);
    double previous = 0;
    for (int i = 1; i < 100; i++) {
      double x = i / 100.0;
      double y = r.potentiated(x);
      assertTrue(y > previous && y > x, "at " + x + ": " + y);
      assertTrue(r.depressed(x) > r.potentiated(x), "NL 3 bends more than NL 2");
      previous = y;
    }
  }

  @Test
  void linearLevelsAreTheGridFromEitherEnd() {
    double step = WINDOW.levelStepSiemens(5);
    double[] up = PulseResponse.linear().levelsSiemens(5, false, WINDOW);
    double[] down = PulseResponse.linear().levelsSiemens(5, true, WINDOW);
    assertEquals(32, up.length);
    for (int d = 0; d < 32; d++) {
      assertEquals(WINDOW.gMinSiemens() + d * step, up[d], 1e-18);
      assertEquals(WINDOW.gMaxSiemens() - d * step, down[d], 1e-18);
    }
  }

  @Test
  void nonLinearLevelsOvershootButKeepTheZeroState() {
    double step = WINDOW.levelStepSiemens(5);
    double[] up = PulseResponse.of(4, -4).levelsSiemens(5, false, WINDOW);
    double[] down = PulseResponse.of(4, -4).levelsSiemens(5, true, WINDOW);
    assertEquals(WINDOW.gMinSiemens(), up[0], 0);
    assertEquals(WINDOW.gMaxSiemens(), down[0], 0);
    // one pulse of 32 at NL 4: (1 - exp(-1/32/a)) / (1 - exp(-1/a)) = 0.1124 of the window
    assertEquals(0.1124, (up[1] - WINDOW.gMinSiemens()) / WINDOW.spanSiemens(), 1e-3);
    for (int d = 1; d < 32; d++) {
      assertTrue(up[d] > WINDOW.gMinSiemens() + d * step);
      assertTrue(down[d] < WINDOW.gMaxSiemens() - d * step);
      assertTrue(WINDOW.contains(up[d]) && WINDOW.contains(down[d]));
    }
  }

  @Test
  void labelsOutsideNeuroSimsRangeAreRefusedByName() {
    assertTrue(assertThrows(ConfigException.class, () -> PulseResponse.of(-1, 0)).getMessage()
        .contains("ltpNonlinearity"));
    assertTrue(assertThrows(ConfigException.class, () -> PulseResponse.of(4, 4)).getMessage()
        .contains("ltdNonlinearity"));
    assertThrows(ConfigException.class, () -> PulseResponse.of(9.5, 0));
    assertThrows(ConfigException.class, () -> PulseResponse.of(Double.NaN, 0));
    assertThrows(ConfigException.class, () -> PulseResponse.normalisedA(0));
  }
}
