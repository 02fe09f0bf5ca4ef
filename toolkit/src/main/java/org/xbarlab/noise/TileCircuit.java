package org.xbarlab.noise;

import java.util.stream.IntStream;
import org.xbarlab.ConfigException;
import org.xbarlab.XbarLabException;

/**
 * Exact nodal (Kirchhoff) solve of one crossbar tile with line resistance, after PytorX
 * {@code IR_solver.py} (papers.md 5.5).
 *
 * <p><b>Circuit.</b> Each cell {@code (i, j)} joins a word-line ("top") node {@code t(i,j)} and a
 * bit-line ("bottom") node {@code b(i,j)}: {@code 2 * rows * cols} unknowns. Wire segments of
 * conductance {@code gw = 1/wireResistanceOhms} join {@code t(i,j)}–{@code t(i,j+1)} and
 * {@code b(i,j)}–{@code b(i+1,j)}. Row {@code i} is driven at column 0 by a source {@code V_i}
 * through {@code gd = 1/driverResistanceOhms}; column {@code j} leaves at row {@code rows-1} to the
 * virtual ground of the sense amplifier through {@code gs = 1/senseResistanceOhms}. The output is
 * {@code I_j = gs * b(rows-1, j)}.
 *
 * <p><b>Solver.</b> The nodal matrix {@code [[T, -C], [-C, B]]} is SPD, with {@code T} and
 * {@code B} block-tridiagonal per word line / bit line and {@code C = diag(G)}. The top nodes are
 * eliminated (one tridiagonal Thomas solve per word line) and the Schur complement
 * {@code S = B - C T^-1 C} is solved by preconditioned conjugate gradients with the bit-line
 * tridiagonal {@code B} as preconditioner ({@code O(rows*cols)} work and memory per iteration,
 * the spectrum of {@code B^-1 S} lies in {@code (0, 1]}). Its small eigenvalues belong to smooth
 * modes longer than the decay length {@code sqrt(gw / g)}; on tiles spanning several decay lengths
 * a {@link CoarseGrid} of bilinear functions removes them (two-level preconditioner; at PytorX's
 * 28 ohm, 128x128: 3 iterations instead of 14). A batch of input vectors is solved together (inner
 * loops run over the batch), split over threads in chunks of 16.
 *
 * <p><b>Limits.</b> All resistances 0: the exact ideal MVM {@code I = G^T V} (no solve). Wire 0 with
 * loads: each line collapses to one node and a small block Gauss–Seidel solve is used. Wire
 * {@code > 0} needs driver and sense resistances {@code > 0}.
 *
 * <pre>{@code
 * TileCircuit c = TileCircuit.of(g, rows, cols, LineResistance.of(EXACT, 1.0, 4.0, 4.0));
 * double[][] currents = c.solve(volts);          // [batch x cols] amperes
 * }</pre>
 */
public final class TileCircuit {
  private static final int CHUNK = 16;
  /** The coarse level pays off once the tile spans this many decay lengths sqrt(gw / mean g). */
  static final double COARSE_SPAN_IN_DECAY_LENGTHS = 3;

  private final double[] g;
  private final int rows;
  private final int cols;
  private final LineResistance lines;
  private final double relativeTolerance;
  private final double gw;
  private final double gd;
  private final double gs;
  // Thomas factors: top line i runs over j, bottom line j runs over i; index i*cols + j.
  private final double[] topInv;
  private final double[] topUp;
  private final double[] botInv;
  private final double[] botUp;
  private final double[] botDiag;
  private final int coarseSide; // 0: bit-line preconditioner only
  private CoarseGrid coarse; // built and factored on the first solve that needs it
  private volatile int lastIterations;

  private TileCircuit(double[] g, int rows, int cols, LineResistance lines, double tol,
      int coarseSideOrAuto) {
    if (rows < 1 || cols < 1) {
      throw new ConfigException("rows x cols", rows + "x" + cols, "positive tile dimensions");
    }
    if (g.length != rows * cols) {
      throw new ConfigException("conductances.length", g.length, "rows * cols = " + rows * cols);
    }
    for (double v : g) {
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw new ConfigException("conductanceSiemens", v, "finite conductances >= 0 S");
      }
    }
    if (lines.wireResistanceOhms() > 0
        && (lines.driverResistanceOhms() <= 0 || lines.senseResistanceOhms() <= 0)) {
      throw new ConfigException("driverResistanceOhms/senseResistanceOhms",
          lines.driverResistanceOhms() + "/" + lines.senseResistanceOhms(),
          "both > 0 ohm when wireResistanceOhms > 0");
    }
    this.g = g.clone();
    this.rows = rows;
    this.cols = cols;
    this.lines = lines;
    this.relativeTolerance = tol;
    this.gw = lines.wireResistanceOhms() > 0 ? 1 / lines.wireResistanceOhms() : 0;
    this.gd = lines.driverResistanceOhms() > 0 ? 1 / lines.driverResistanceOhms() : 0;
    this.gs = lines.senseResistanceOhms() > 0 ? 1 / lines.senseResistanceOhms() : 0;
    this.coarseSide = coarseSideOrAuto >= 0 ? coarseSideOrAuto : autoCoarseSide(g, rows, cols, gw);
    int n = rows * cols;
    topInv = new double[n];
    topUp = new double[n];
    botInv = new double[n];
    botUp = new double[n];
    botDiag = new double[n];
    if (gw > 0) {
      for (int i = 0; i < rows; i++) {
        double prevInv = 0;
        for (int j = 0; j < cols; j++) {
          int k = i * cols + j;
          double d = g[k] + (j > 0 ? gw : 0) + (j < cols - 1 ? gw : 0) + (j == 0 ? gd : 0);
          double inv = 1 / (d - (j > 0 ? gw * gw * prevInv : 0));
          topInv[k] = inv;
          topUp[k] = gw * inv;
          prevInv = inv;
        }
      }
      for (int j = 0; j < cols; j++) {
        double prevInv = 0;
        for (int i = 0; i < rows; i++) {
          int k = i * cols + j;
          double d = g[k] + (i > 0 ? gw : 0) + (i < rows - 1 ? gw : 0) + (i == rows - 1 ? gs : 0);
          botDiag[k] = d;
          double inv = 1 / (d - (i > 0 ? gw * gw * prevInv : 0));
          botInv[k] = inv;
          botUp[k] = gw * inv;
          prevInv = inv;
        }
      }
    }
  }

  /**
   * Returns the circuit of one tile with the default relative residual tolerance {@code 1e-10}.
   *
   * @param conductancesSiemens cell conductances, row-major {@code [rows x cols]}, each {@code >= 0}
   * @param rows word lines (inputs), {@code >= 1}
   * @param cols bit lines (outputs), {@code >= 1}
   * @param lines wire, driver and sense resistances (the mode field is ignored here)
   */
  public static TileCircuit of(double[] conductancesSiemens, int rows, int cols,
      LineResistance lines) {
    return new TileCircuit(conductancesSiemens, rows, cols, lines, 1e-10, -1);
  }

  /** Returns a copy that stops PCG when every residual norm is below {@code tol * ||rhs||}. */
  public TileCircuit withRelativeTolerance(double tol) {
    if (!(tol > 0 && tol < 1)) {
      throw new ConfigException("relativeTolerance", tol, "a number in (0, 1)");
    }
    return new TileCircuit(g, rows, cols, lines, tol, coarseSide);
  }

  /**
   * Returns a copy with a {@code side x side} coarse grid ({@code 0}: none) instead of the automatic
   * choice; for tests and solver studies.
   */
  TileCircuit withCoarseGrid(int side) {
    if (side != 0 && (side < 2 || side > rows || side > cols)) {
      throw new ConfigException("coarseSide", side, "0 or 2.." + Math.min(rows, cols));
    }
    return new TileCircuit(g, rows, cols, lines, relativeTolerance, side);
  }

  /** Returns the coarse grid points per side the solver uses (0: none; diagnostics). */
  public int coarseSide() {
    return coarseSide;
  }

  /**
   * The coarse level is used when the tile spans more than {@value #COARSE_SPAN_IN_DECAY_LENGTHS}
   * decay lengths {@code sqrt(gw / mean g)} (in nodes), with one coarse point per 8 nodes plus one,
   * 9..21 per side (fastest in a sweep of 64/128/256 tiles at 1–100 ohm wire; shorter tiles or
   * stronger wires converge in a few iterations without it).
   */
  private static int autoCoarseSide(double[] g, int rows, int cols, double gw) {
    double mean = 0;
    for (double v : g) {
      mean += v;
    }
    mean /= g.length;
    int span = Math.max(rows, cols);
    int side = Math.min(21, Math.max(9, Math.round(span / 8f) + 1));
    if (gw == 0 || mean == 0 || Math.min(rows, cols) < 2 * side) {
      return 0;
    }
    double decayLength = Math.sqrt(gw / mean);
    return span > COARSE_SPAN_IN_DECAY_LENGTHS * decayLength ? side : 0;
  }

  /** Returns the PCG iterations of the most recent chunk solved (diagnostics; 0 before a solve). */
  public int lastIterationCount() {
    return lastIterations;
  }

  /** Returns the number of word lines. */
  public int rows() {
    return rows;
  }

  /** Returns the number of bit lines. */
  public int cols() {
    return cols;
  }

  /**
   * Returns the output currents in amperes, {@code [batch x cols]}, for row input voltages in volts
   * {@code [batch x rows]}.
   */
  public double[][] solve(double[][] inputVolts) {
    int batch = inputVolts.length;
    for (double[] v : inputVolts) {
      if (v.length != rows) {
        throw new ConfigException("inputVolts[k].length", v.length, "rows = " + rows);
      }
    }
    double[][] out = new double[batch][];
    if (lines.isIdealWiring()) {
      for (int k = 0; k < batch; k++) {
        out[k] = ideal(inputVolts[k]);
      }
      return out;
    }
    int chunks = (batch + CHUNK - 1) / CHUNK;
    IntStream.range(0, chunks).parallel().forEach(c -> {
      int from = c * CHUNK;
      int to = Math.min(batch, from + CHUNK);
      double[][] part = gw > 0 ? solveChunk(inputVolts, from, to) : solveCollapsed(inputVolts,
          from, to);
      System.arraycopy(part, 0, out, from, to - from);
    });
    return out;
  }

  /** Returns the ideal currents {@code I_j = sum_i V_i G_ij} in amperes for one input vector. */
  public double[] ideal(double[] inputVolts) {
    double[] out = new double[cols];
    for (int i = 0; i < rows; i++) {
      double v = inputVolts[i];
      for (int j = 0; j < cols; j++) {
        out[j] += v * g[i * cols + j];
      }
    }
    return out;
  }

  /**
   * Returns the effective transfer conductances {@code [rows x cols]} (row-major) in siemens: the
   * output current of column {@code j} per volt on row {@code i}. Because the circuit is linear, the
   * exact output for any input is {@code I = V * transfer}; this costs one solve with {@code rows}
   * right-hand sides.
   */
  public double[] transferConductances() {
    double[][] unit = new double[rows][rows];
    for (int i = 0; i < rows; i++) {
      unit[i][i] = 1.0;
    }
    double[][] currents = solve(unit);
    double[] t = new double[rows * cols];
    for (int i = 0; i < rows; i++) {
      System.arraycopy(currents[i], 0, t, i * cols, cols);
    }
    return t;
  }

  /** The factored coarse grid (built once per circuit, on the first solve that needs it). */
  private synchronized CoarseGrid coarseGrid() {
    if (coarse == null) {
      CoarseGrid c = new CoarseGrid(rows, cols, coarseSide);
      int n = rows * cols;
      c.factor((p, q, nb) -> applySchur(p, q, new double[n * nb], nb), CHUNK);
      coarse = c;
    }
    return coarse;
  }

  // ---- full circuit: Schur complement on bottom nodes, PCG with bit-line preconditioner ----

  private double[][] solveChunk(double[][] volts, int from, int to) {
    final int nb = to - from;
    final int n = rows * cols;
    double[] rhs = new double[n * nb];
    // g_rhs = C T^-1 f, with f = gd * V at the first node of every word line
    double[] f = new double[n * nb];
    for (int i = 0; i < rows; i++) {
      int base = (i * cols) * nb;
      for (int k = 0; k < nb; k++) {
        f[base + k] = gd * volts[from + k][i];
      }
    }
    topSolve(f, nb);
    for (int idx = 0; idx < n; idx++) {
      double gk = g[idx];
      int base = idx * nb;
      for (int k = 0; k < nb; k++) {
        rhs[base + k] = gk * f[base + k];
      }
    }
    double[] tmp = new double[n * nb];
    double[] x = new double[n * nb];
    double[] r = rhs.clone();
    double[] q = new double[n * nb];
    double[] u = new double[n * nb];
    CoarseGrid cg = coarseSide > 0 ? coarseGrid() : null;
    double[] z = new double[n * nb];
    double[] rz = precondition(cg, r, z, u, q, tmp, nb);
    double[] p = z.clone();
    double[] bnorm = dots(rhs, rhs, nb);
    int maxIter = 20 * (rows + cols) + 200;
    double tol2 = relativeTolerance * relativeTolerance;
    double[] alpha = new double[nb];
    double[] beta = new double[nb];
    for (int iter = 0; iter < maxIter; iter++) {
      double[] pq = applySchur(p, q, tmp, nb);
      for (int k = 0; k < nb; k++) {
        alpha[k] = pq[k] > 0 ? rz[k] / pq[k] : 0;
      }
      double[] rr = new double[nb];
      for (int base = 0; base < x.length; base += nb) {
        for (int k = 0; k < nb; k++) {
          x[base + k] += alpha[k] * p[base + k];
          double rv = r[base + k] - alpha[k] * q[base + k];
          r[base + k] = rv;
          rr[k] += rv * rv;
        }
      }
      boolean done = true;
      for (int k = 0; k < nb; k++) {
        if (rr[k] > tol2 * bnorm[k]) {
          done = false;
          break;
        }
      }
      if (done) {
        lastIterations = iter + 1;
        return outputs(x, nb);
      }
      double[] rzNew = precondition(cg, r, z, u, q, tmp, nb);
      for (int k = 0; k < nb; k++) {
        beta[k] = rz[k] > 0 ? rzNew[k] / rz[k] : 0;
      }
      for (int base = 0; base < p.length; base += nb) {
        for (int k = 0; k < nb; k++) {
          p[base + k] = z[base + k] + beta[k] * p[base + k];
        }
      }
      rz = rzNew;
    }
    throw new XbarLabException("TileCircuit: PCG did not reach relative residual "
        + relativeTolerance + " in " + maxIter + " iterations for a " + rows + "x" + cols
        + " tile; check resistances (wire " + lines.wireResistanceOhms() + " ohm)");
  }

  /**
   * z := M r and returns r.z per column. Without a coarse grid M = B^-1; with it the two-level
   * M = B^-1 (I - S Q) + Q, Q = Z E^-1 Z^T ("A-DEF1" in Tang, Nabben, Vuik, Erlangga, J. Sci.
   * Comput. 2009): two applications of S per iteration, but 3 instead of 14 iterations on a
   * 128x128 tile at 28 ohm with the 17 x 17 grid. PCG starts from x0 = 0: starting from Q b cost one
   * more application of S and saved no iteration. Scratch arrays u, s, tmp are overwritten.
   */
  private double[] precondition(CoarseGrid cg, double[] r, double[] z, double[] u, double[] s,
      double[] tmp, int nb) {
    if (cg == null) {
      return botSolveDot(r, z, nb);
    }
    cg.prolong(cg.solve(r, nb), u, nb);
    applySchur(u, s, tmp, nb);
    return botSolveCorrected(r, s, u, z, nb);
  }

  private double[][] outputs(double[] xb, int nb) {
    double[][] out = new double[nb][cols];
    int last = (rows - 1) * cols;
    for (int j = 0; j < cols; j++) {
      int base = (last + j) * nb;
      for (int k = 0; k < nb; k++) {
        out[k][j] = gs * xb[base + k];
      }
    }
    return out;
  }

  /** q = S p = B p - C T^-1 C p; returns the per-column dot products p.q. */
  private double[] applySchur(double[] p, double[] q, double[] tmp, int nb) {
    double[] pq = new double[nb];
    topSolveScaled(p, tmp, nb);
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        int idx = i * cols + j;
        int base = idx * nb;
        double d = botDiag[idx];
        double gk = g[idx];
        int up = i > 0 ? base - cols * nb : -1;
        int down = i < rows - 1 ? base + cols * nb : -1;
        for (int k = 0; k < nb; k++) {
          double v = d * p[base + k] - gk * tmp[base + k];
          if (up >= 0) {
            v -= gw * p[up + k];
          }
          if (down >= 0) {
            v -= gw * p[down + k];
          }
          q[base + k] = v;
          pq[k] += v * p[base + k];
        }
      }
    }
    return pq;
  }

  /** dst := T^-1 (G o src), fusing the scaling into the forward sweep. */
  private void topSolveScaled(double[] src, double[] v, int nb) {
    for (int i = 0; i < rows; i++) {
      int row = i * cols;
      for (int j = 0; j < cols; j++) {
        int base = (row + j) * nb;
        double inv = topInv[row + j];
        double gk = g[row + j];
        if (j == 0) {
          for (int k = 0; k < nb; k++) {
            v[base + k] = gk * src[base + k] * inv;
          }
        } else {
          int prev = base - nb;
          for (int k = 0; k < nb; k++) {
            v[base + k] = (gk * src[base + k] + gw * v[prev + k]) * inv;
          }
        }
      }
      for (int j = cols - 2; j >= 0; j--) {
        int base = (row + j) * nb;
        int next = base + nb;
        double e = topUp[row + j];
        for (int k = 0; k < nb; k++) {
          v[base + k] += e * v[next + k];
        }
      }
    }
  }

  /** In place: v := T^-1 v (every word line is an independent tridiagonal system). */
  private void topSolve(double[] v, int nb) {
    for (int i = 0; i < rows; i++) {
      int row = i * cols;
      for (int j = 0; j < cols; j++) {
        int base = (row + j) * nb;
        double inv = topInv[row + j];
        if (j == 0) {
          for (int k = 0; k < nb; k++) {
            v[base + k] *= inv;
          }
        } else {
          int prev = base - nb;
          for (int k = 0; k < nb; k++) {
            v[base + k] = (v[base + k] + gw * v[prev + k]) * inv;
          }
        }
      }
      for (int j = cols - 2; j >= 0; j--) {
        int base = (row + j) * nb;
        int next = base + nb;
        double e = topUp[row + j];
        for (int k = 0; k < nb; k++) {
          v[base + k] += e * v[next + k];
        }
      }
    }
  }

  /**
   * z := B^-1 r (every bit line is an independent tridiagonal system); returns the per-column dot
   * products r.z (copy and dot fused into the sweeps, which run row by row over all bit lines at
   * once so that memory is read contiguously).
   */
  private double[] botSolveDot(double[] r, double[] v, int nb) {
    int stride = cols * nb;
    for (int i = 0; i < rows; i++) {
      int rowBase = i * cols;
      for (int j = 0; j < cols; j++) {
        int idx = rowBase + j;
        int base = idx * nb;
        double inv = botInv[idx];
        if (i == 0) {
          for (int k = 0; k < nb; k++) {
            v[base + k] = r[base + k] * inv;
          }
        } else {
          int prev = base - stride;
          for (int k = 0; k < nb; k++) {
            v[base + k] = (r[base + k] + gw * v[prev + k]) * inv;
          }
        }
      }
    }
    double[] dot = new double[nb];
    int last = (rows - 1) * cols;
    for (int j = 0; j < cols; j++) {
      int base = (last + j) * nb;
      for (int k = 0; k < nb; k++) {
        dot[k] += r[base + k] * v[base + k];
      }
    }
    for (int i = rows - 2; i >= 0; i--) {
      int rowBase = i * cols;
      for (int j = 0; j < cols; j++) {
        int idx = rowBase + j;
        int base = idx * nb;
        int next = base + stride;
        double e = botUp[idx];
        for (int k = 0; k < nb; k++) {
          double z = v[base + k] + e * v[next + k];
          v[base + k] = z;
          dot[k] += r[base + k] * z;
        }
      }
    }
    return dot;
  }

  /**
   * z := B^-1 (r - s) + u; returns r.z per column. One forward and one backward sweep: the
   * backward sweep recovers B^-1's value at the next node as z - u there.
   */
  private double[] botSolveCorrected(double[] r, double[] s, double[] u, double[] v, int nb) {
    int stride = cols * nb;
    for (int i = 0; i < rows; i++) {
      int rowBase = i * cols;
      for (int j = 0; j < cols; j++) {
        int idx = rowBase + j;
        int base = idx * nb;
        double inv = botInv[idx];
        if (i == 0) {
          for (int k = 0; k < nb; k++) {
            v[base + k] = (r[base + k] - s[base + k]) * inv;
          }
        } else {
          int prev = base - stride;
          for (int k = 0; k < nb; k++) {
            v[base + k] = (r[base + k] - s[base + k] + gw * v[prev + k]) * inv;
          }
        }
      }
    }
    double[] dot = new double[nb];
    int last = (rows - 1) * cols;
    for (int j = 0; j < cols; j++) {
      int base = (last + j) * nb;
      for (int k = 0; k < nb; k++) {
        double z = v[base + k] + u[base + k];
        v[base + k] = z;
        dot[k] += r[base + k] * z;
      }
    }
    for (int i = rows - 2; i >= 0; i--) {
      int rowBase = i * cols;
      for (int j = 0; j < cols; j++) {
        int idx = rowBase + j;
        int base = idx * nb;
        int next = base + stride;
        double e = botUp[idx];
        for (int k = 0; k < nb; k++) {
          double z = v[base + k] + e * (v[next + k] - u[next + k]) + u[base + k];
          v[base + k] = z;
          dot[k] += r[base + k] * z;
        }
      }
    }
    return dot;
  }

  private static double[] dots(double[] a, double[] b, int nb) {
    double[] s = new double[nb];
    for (int base = 0; base < a.length; base += nb) {
      for (int k = 0; k < nb; k++) {
        s[k] += a[base + k] * b[base + k];
      }
    }
    return s;
  }

  // ---- wire resistance 0: one node per word line and per bit line ----

  private double[][] solveCollapsed(double[][] volts, int from, int to) {
    double[][] out = new double[to - from][];
    double[] rowSum = new double[rows];
    double[] colSum = new double[cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        rowSum[i] += g[i * cols + j];
        colSum[j] += g[i * cols + j];
      }
    }
    boolean idealDriver = lines.driverResistanceOhms() == 0;
    boolean idealSense = lines.senseResistanceOhms() == 0;
    for (int k = from; k < to; k++) {
      double[] v = volts[k];
      double[] r = v.clone();
      double[] c = new double[cols];
      double vmax = 0;
      for (double x : v) {
        vmax = Math.max(vmax, Math.abs(x));
      }
      if (!idealSense) {
        for (int iter = 0; ; iter++) {
          double change = 0;
          if (!idealDriver) {
            for (int i = 0; i < rows; i++) {
              double s = gd * v[i];
              for (int j = 0; j < cols; j++) {
                s += g[i * cols + j] * c[j];
              }
              r[i] = s / (gd + rowSum[i]);
            }
          }
          for (int j = 0; j < cols; j++) {
            double s = 0;
            for (int i = 0; i < rows; i++) {
              s += g[i * cols + j] * r[i];
            }
            double nv = s / (gs + colSum[j]);
            change = Math.max(change, Math.abs(nv - c[j]));
            c[j] = nv;
          }
          if (idealDriver || change <= relativeTolerance * 1e-2 * Math.max(vmax, 1e-300)) {
            break;
          }
          if (iter > 100000) {
            throw new XbarLabException("TileCircuit: collapsed solve did not converge");
          }
        }
      }
      double[] o = new double[cols];
      for (int j = 0; j < cols; j++) {
        if (idealSense) {
          double s = 0;
          for (int i = 0; i < rows; i++) {
            s += g[i * cols + j] * r[i];
          }
          o[j] = s;
        } else {
          o[j] = gs * c[j];
        }
      }
      out[k - from] = o;
    }
    return out;
  }
}
