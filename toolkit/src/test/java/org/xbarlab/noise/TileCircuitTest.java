package org.xbarlab.noise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;

class TileCircuitTest {
  private static final LineResistanceMode EXACT = LineResistanceMode.EXACT;

  /** Dense modified-nodal reference: same circuit, commons-math3 LU. */
  static double[] denseReference(double[] g, int rows, int cols, double rw, double rd, double rs,
      double[] v) {
    int n = rows * cols;
    double gw = 1 / rw;
    double gd = 1 / rd;
    double gs = 1 / rs;
    Array2DRowRealMatrix a = new Array2DRowRealMatrix(2 * n, 2 * n);
    RealVector b = new ArrayRealVector(2 * n);
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        int t = i * cols + j;
        int bo = n + t;
        double gc = g[t];
        a.addToEntry(t, t, gc);
        a.addToEntry(t, bo, -gc);
        a.addToEntry(bo, bo, gc);
        a.addToEntry(bo, t, -gc);
        if (j + 1 < cols) { // word-line segment
          int t2 = t + 1;
          a.addToEntry(t, t, gw);
          a.addToEntry(t2, t2, gw);
          a.addToEntry(t, t2, -gw);
          a.addToEntry(t2, t, -gw);
        }
        if (i + 1 < rows) { // bit-line segment
          int b2 = n + t + cols;
          a.addToEntry(bo, bo, gw);
          a.addToEntry(b2, b2, gw);
          a.addToEntry(bo, b2, -gw);
          a.addToEntry(b2, bo, -gw);
        }
        if (j == 0) {
          a.addToEntry(t, t, gd);
          b.addToEntry(t, gd * v[i]);
        }
        if (i == rows - 1) {
          a.addToEntry(bo, bo, gs);
        }
      }
    }
    RealVector x = new LUDecomposition(a).getSolver().solve(b);
    double[] out = new double[cols];
    for (int j = 0; j < cols; j++) {
      out[j] = gs * x.getEntry(n + (rows - 1) * cols + j);
    }
    return out;
  }

  static double[] randomG(int rows, int cols, long seed) {
    RandomSource rng = RandomSource.seeded(seed);
    double[] g = new double[rows * cols];
    for (int k = 0; k < g.length; k++) {
      g[k] = 3.33e-7 + rng.uniform() * (3.33e-4 - 3.33e-7);
    }
    return g;
  }

  @Test
  void matchesDenseLuOnSmallTiles() {
    int[][] shapes = {{1, 1}, {1, 5}, {4, 1}, {3, 4}, {8, 8}, {6, 11}};
    for (int[] s : shapes) {
      int rows = s[0];
      int cols = s[1];
      double[] g = randomG(rows, cols, rows * 100 + cols);
      RandomSource rng = RandomSource.seeded(7);
      double[][] v = new double[3][rows];
      for (double[] row : v) {
        for (int i = 0; i < rows; i++) {
          row[i] = rng.uniform() * 0.2 - 0.05;
        }
      }
      TileCircuit c = TileCircuit.of(g, rows, cols, LineResistance.of(EXACT, 28, 4, 4))
          .withRelativeTolerance(1e-13);
      double[][] got = c.solve(v);
      for (int k = 0; k < v.length; k++) {
        double[] ref = denseReference(g, rows, cols, 28, 4, 4, v[k]);
        double scale = 0;
        for (double r : ref) {
          scale = Math.max(scale, Math.abs(r));
        }
        for (int j = 0; j < cols; j++) {
          assertEquals(ref[j], got[k][j], 1e-9 * scale, "shape " + rows + "x" + cols);
        }
      }
    }
  }

  @Test
  void handSolvedOneByTwo() {
    double g0 = 1e-3;
    double g1 = 2e-3;
    double rw = 10;
    double rd = 5;
    double rs = 20;
    double gw = 1 / rw;
    double gd = 1 / rd;
    double gs = 1 / rs;
    double vin = 0.3;
    // cell j in series with the sense load: h_j
    double h0 = g0 * gs / (g0 + gs);
    double h1 = g1 * gs / (g1 + gs);
    double t0 = gd * vin / (gd + h0 + gw * h1 / (gw + h1));
    double t1 = gw * t0 / (gw + h1);
    double[] expected = {h0 * t0, h1 * t1};
    TileCircuit c = TileCircuit.of(new double[] {g0, g1}, 1, 2, LineResistance.of(EXACT, rw, rd, rs))
        .withRelativeTolerance(1e-14);
    assertArrayEquals(expected, c.solve(new double[][] {{vin}})[0], 1e-15);
  }

  @Test
  void handSolvedTwoByTwoWithOpenSecondRow() {
    // Row 1 cells are open (G = 0): row 0 cells see wire segment + sense load in series,
    // so the tile behaves like a 1x2 circuit with h_j = series(G_j, gw, gs).
    double g0 = 1e-3;
    double g1 = 3e-3;
    double rw = 2;
    double rd = 1;
    double rs = 3;
    double gw = 1 / rw;
    double gd = 1 / rd;
    double h0 = 1 / (1 / g0 + rw + rs);
    double h1 = 1 / (1 / g1 + rw + rs);
    double vin = 1.0;
    double t0 = gd * vin / (gd + h0 + gw * h1 / (gw + h1));
    double t1 = gw * t0 / (gw + h1);
    double[] expected = {h0 * t0, h1 * t1};
    TileCircuit c = TileCircuit.of(new double[] {g0, g1, 0, 0}, 2, 2,
        LineResistance.of(EXACT, rw, rd, rs)).withRelativeTolerance(1e-14);
    assertArrayEquals(expected, c.solve(new double[][] {{vin, 0.7}})[0], 1e-15);
  }

  @Test
  void zeroResistanceIsExactlyIdeal() {
    double[] g = randomG(5, 7, 3);
    double[] v = {0.1, -0.2, 0.05, 0.0, 0.3};
    TileCircuit c = TileCircuit.of(g, 5, 7, LineResistance.of(EXACT, 0, 0, 0));
    double[] ideal = c.ideal(v);
    assertArrayEquals(ideal, c.solve(new double[][] {v})[0], 0.0);
    double[] fo = FirstOrderLineResistance.of(LineResistance.of(EXACT, 0, 0, 0)).apply(g, 5, 7);
    assertArrayEquals(g, fo, 0.0);
  }

  @Test
  void zeroWireWithLoadsIsSeriesCircuit() {
    double g = 1e-3;
    TileCircuit c = TileCircuit.of(new double[] {g}, 1, 1,
        LineResistance.of(LineResistanceMode.EXACT, 0, 5, 7)).withRelativeTolerance(1e-14);
    assertEquals(0.5 / (5 + 1 / g + 7), c.solve(new double[][] {{0.5}})[0][0], 1e-15);
  }

  @Test
  void moreWireResistanceNeverRaisesAllPositiveColumnCurrent() {
    int rows = 16;
    int cols = 16;
    double[] g = randomG(rows, cols, 21);
    double[] v = new double[rows];
    for (int i = 0; i < rows; i++) {
      v[i] = 0.1 + 0.01 * i;
    }
    double[] previous = TileCircuit.of(g, rows, cols, LineResistance.off()).ideal(v);
    for (double rw : new double[] {0.01, 0.1, 1, 5, 30, 100}) {
      double[] now = TileCircuit.of(g, rows, cols, LineResistance.of(EXACT, rw, 1, 1))
          .withRelativeTolerance(1e-13).solve(new double[][] {v})[0];
      for (int j = 0; j < cols; j++) {
        assertTrue(now[j] <= previous[j] * (1 + 1e-12), "column " + j + " at " + rw + " ohm");
        assertTrue(now[j] > 0);
      }
      previous = now;
    }
  }

  @Test
  void firstOrderAgreesWithExactAtSmallWireResistance() {
    // Stated tolerance: on a 32x32 tile of uniform random cells in the PytorX window, driven
    // uniformly, with 1 ohm wire segments and 1 ohm driver/sense loads (IR loss of a few %),
    // every first-order column current is within 0.3% of the exact solve, and the first-order loss
    // (ideal - firstOrder) is within 10% of the exact loss (ideal - exact) for every column.
    int n = 32;
    double[] g = randomG(n, n, 33);
    LineResistance lr = LineResistance.of(EXACT, 1.0, 1.0, 1.0);
    double[] v = new double[n];
    java.util.Arrays.fill(v, 0.1);
    double[] exact = TileCircuit.of(g, n, n, lr).solve(new double[][] {v})[0];
    double[] ideal = TileCircuit.of(g, n, n, LineResistance.off()).ideal(v);
    double[] geff = FirstOrderLineResistance.of(lr).apply(g, n, n);
    double[] fo = TileCircuit.of(geff, n, n, LineResistance.off()).ideal(v);
    double worst = 0;
    for (int j = 0; j < n; j++) {
      worst = Math.max(worst, Math.abs(fo[j] - exact[j]) / exact[j]);
      assertEquals(exact[j], fo[j], 0.003 * exact[j], "column " + j);
      double lossExact = ideal[j] - exact[j];
      double lossFirst = ideal[j] - fo[j];
      assertTrue(lossExact > 0.01 * ideal[j], "the drop is not negligible");
      assertEquals(lossExact, lossFirst, 0.1 * lossExact, "column " + j);
    }
    assertTrue(worst > 0, "models are distinct");
  }

  @Test
  void transferConductancesReproduceSolve() {
    int rows = 6;
    int cols = 5;
    double[] g = randomG(rows, cols, 44);
    TileCircuit c = TileCircuit.of(g, rows, cols, LineResistance.of(EXACT, 3, 2, 2))
        .withRelativeTolerance(1e-13);
    double[] t = c.transferConductances();
    double[] v = {0.1, 0.2, -0.1, 0.05, 0.3, 0.0};
    double[] direct = c.solve(new double[][] {v})[0];
    double[] viaT = TileCircuit.of(t, rows, cols, LineResistance.off()).ideal(v);
    assertArrayEquals(direct, viaT, 1e-12 * 1e-2);
  }

  @Test
  void rejectsZeroLoadWithWire() {
    assertThrows(ConfigException.class, () -> LineResistance.of(EXACT, 1, 0, 1));
  }

  @Test
  void coarseGridSolvesTheSameCircuitAsTheDenseReference() {
    int rows = 12;
    int cols = 14;
    double[] g = randomG(rows, cols, 41);
    double[] v = new double[rows];
    RandomSource rng = RandomSource.seeded(9);
    for (int i = 0; i < rows; i++) {
      v[i] = rng.uniform() * 0.2;
    }
    for (double rw : new double[] {2, 28, 100}) {
      double[] ref = denseReference(g, rows, cols, rw, 4, 4, v);
      double scale = 0;
      for (double r : ref) {
        scale = Math.max(scale, Math.abs(r));
      }
      for (int side : new int[] {2, 3, 5, 12}) {
        TileCircuit c = TileCircuit.of(g, rows, cols, LineResistance.of(EXACT, rw, 4, 4))
            .withRelativeTolerance(1e-13).withCoarseGrid(side);
        double[] got = c.solve(new double[][] {v})[0];
        for (int j = 0; j < cols; j++) {
          assertEquals(ref[j], got[j], 1e-9 * scale, "wire " + rw + " ohm, coarse " + side);
        }
      }
    }
  }

  @Test
  void coarseGridCutsPcgIterationsOnLongTilesAndKeepsTheAnswer() {
    int n = 128;
    double[] g = randomG(n, n, 5);
    double[][] v = new double[16][n];
    RandomSource rng = RandomSource.seeded(6);
    for (double[] row : v) {
      for (int i = 0; i < n; i++) {
        row[i] = 0.1 * rng.uniform();
      }
    }
    TileCircuit auto = TileCircuit.of(g, n, n, LineResistance.of(EXACT, 28, 4, 4))
        .withRelativeTolerance(1e-10);
    assertEquals(17, auto.coarseSide(), "PytorX's 28 ohm spans ~9 decay lengths of a 128-row tile");
    TileCircuit plain = auto.withCoarseGrid(0);
    double[][] withCoarse = auto.solve(v);
    double[][] without = plain.solve(v);
    // measured 2026-12-02: 5 iterations with the coarse grid, 19 without (tolerance 1e-10)
    assertTrue(auto.lastIterationCount() <= 8, "two-level PCG: " + auto.lastIterationCount());
    assertTrue(plain.lastIterationCount() >= 3 * auto.lastIterationCount(),
        plain.lastIterationCount() + " vs " + auto.lastIterationCount());
    for (int k = 0; k < v.length; k++) {
      for (int j = 0; j < n; j++) {
        assertEquals(without[k][j], withCoarse[k][j], 1e-8 * Math.abs(without[k][j]));
      }
    }
    assertEquals(0, TileCircuit.of(g, n, n, LineResistance.of(EXACT, 1, 4, 4)).coarseSide(),
        "at 1 ohm the decay length (~77 nodes) spans the tile: bit-line preconditioner alone");
    assertEquals(0, TileCircuit.of(randomG(8, 8, 1), 8, 8, LineResistance.of(EXACT, 28, 4, 4)).coarseSide());
    assertThrows(ConfigException.class, () -> auto.withCoarseGrid(1));
    assertThrows(ConfigException.class, () -> auto.withCoarseGrid(n + 1));
  }
}
