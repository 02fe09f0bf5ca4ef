package org.xbarlab.noise;

import org.xbarlab.XbarLabException;

/**
 * Coarse level of {@link TileCircuit}'s two-level preconditioner: an {@code m x m} grid of bilinear
 * hat functions spread over the tile's bottom (bit-line) nodes, corners on the tile's corners. The
 * bit-line preconditioner {@code B} resolves couplings shorter than about {@code sqrt(gw / g)}
 * nodes; the smooth modes longer than that (top and bottom lines floating together, tied down
 * only by the driver and the sense load) converge slowly under it. A Galerkin correction
 * {@code Q = Z E^-1 Z^T}, {@code E = Z^T S Z}, removes them. Piecewise-constant aggregates were
 * tried first and made PCG slower: their jumps cost wire energy that the smooth modes do not have.
 *
 * <p>Vectors are node-major with {@code nb} right-hand sides interleaved, as in {@link TileCircuit}.
 */
final class CoarseGrid {
  private final int side;
  private final int nodes;
  // Node t has weight[4t + c] on coarse function index[4t + c], c = 0..3.
  private final int[] index;
  private final double[] weight;
  private double[] cholesky; // lower factor of E, row-major m x m

  /** Bilinear interpolation from a {@code side x side} grid onto a {@code rows x cols} tile. */
  CoarseGrid(int rows, int cols, int side) {
    if (side < 2 || rows < side || cols < side) {
      throw new IllegalArgumentException("coarse grid " + side + " on a " + rows + "x" + cols + " tile");
    }
    this.side = side;
    this.nodes = rows * cols;
    this.index = new int[4 * nodes];
    this.weight = new double[4 * nodes];
    for (int i = 0; i < rows; i++) {
      double fi = (double) i * (side - 1) / (rows - 1);
      int ci = Math.min((int) fi, side - 2);
      double ti = fi - ci;
      for (int j = 0; j < cols; j++) {
        double fj = (double) j * (side - 1) / (cols - 1);
        int cj = Math.min((int) fj, side - 2);
        double tj = fj - cj;
        int o = 4 * (i * cols + j);
        set(o, ci * side + cj, (1 - ti) * (1 - tj));
        set(o + 1, ci * side + cj + 1, (1 - ti) * tj);
        set(o + 2, (ci + 1) * side + cj, ti * (1 - tj));
        set(o + 3, (ci + 1) * side + cj + 1, ti * tj);
      }
    }
  }

  private void set(int o, int coarse, double w) {
    index[o] = coarse;
    weight[o] = w;
  }

  /** Returns the number of coarse functions {@code m = side^2}. */
  int size() {
    return side * side;
  }

  /** Operator applications {@code q = S p} for {@code nb} interleaved vectors. */
  interface Operator {
    void apply(double[] p, double[] q, int nb);
  }

  /**
   * Builds and factors {@code E = Z^T S Z} with {@code ceil(m / chunk)} batched applications of
   * {@code s}.
   */
  void factor(Operator s, int chunk) {
    int m = size();
    double[] e = new double[m * m];
    for (int a0 = 0; a0 < m; a0 += chunk) {
      int nb = Math.min(chunk, m - a0);
      double[] z = new double[nodes * nb];
      for (int o = 0; o < 4 * nodes; o++) {
        int k = index[o] - a0;
        if (k >= 0 && k < nb) {
          z[(o >> 2) * nb + k] += weight[o];
        }
      }
      double[] sz = new double[nodes * nb];
      s.apply(z, sz, nb);
      for (int o = 0; o < 4 * nodes; o++) {
        int row = index[o] * m + a0;
        double w = weight[o];
        int base = (o >> 2) * nb;
        for (int k = 0; k < nb; k++) {
          e[row + k] += w * sz[base + k];
        }
      }
    }
    for (int j = 0; j < m; j++) {
      double d = e[j * m + j];
      for (int k = 0; k < j; k++) {
        d -= e[j * m + k] * e[j * m + k];
      }
      if (!(d > 0)) {
        throw new XbarLabException("TileCircuit: coarse matrix is not positive definite (pivot "
            + j + " = " + d + ")");
      }
      double djj = Math.sqrt(d);
      e[j * m + j] = djj;
      for (int i = j + 1; i < m; i++) {
        double v = e[i * m + j];
        for (int k = 0; k < j; k++) {
          v -= e[i * m + k] * e[j * m + k];
        }
        e[i * m + j] = v / djj;
      }
    }
    cholesky = e;
  }

  /** Returns {@code y = E^-1 Z^T r}, {@code [m x nb]} interleaved. */
  double[] solve(double[] r, int nb) {
    int m = size();
    double[] y = new double[m * nb];
    for (int o = 0; o < 4 * nodes; o++) {
      int a = index[o] * nb;
      double w = weight[o];
      int base = (o >> 2) * nb;
      for (int k = 0; k < nb; k++) {
        y[a + k] += w * r[base + k];
      }
    }
    double[] l = cholesky;
    for (int i = 0; i < m; i++) { // L y' = Z^T r
      int yi = i * nb;
      for (int c = 0; c < i; c++) {
        double lic = l[i * m + c];
        int yc = c * nb;
        for (int k = 0; k < nb; k++) {
          y[yi + k] -= lic * y[yc + k];
        }
      }
      double inv = 1 / l[i * m + i];
      for (int k = 0; k < nb; k++) {
        y[yi + k] *= inv;
      }
    }
    for (int i = m - 1; i >= 0; i--) { // L^T y = y'
      int yi = i * nb;
      for (int c = i + 1; c < m; c++) {
        double lci = l[c * m + i];
        int yc = c * nb;
        for (int k = 0; k < nb; k++) {
          y[yi + k] -= lci * y[yc + k];
        }
      }
      double inv = 1 / l[i * m + i];
      for (int k = 0; k < nb; k++) {
        y[yi + k] *= inv;
      }
    }
    return y;
  }

  /** Writes {@code u = Z y} (overwrites u). */
  void prolong(double[] y, double[] u, int nb) {
    for (int t = 0; t < nodes; t++) {
      int base = t * nb;
      int o = 4 * t;
      int a0 = index[o] * nb;
      int a1 = index[o + 1] * nb;
      int a2 = index[o + 2] * nb;
      int a3 = index[o + 3] * nb;
      double w0 = weight[o];
      double w1 = weight[o + 1];
      double w2 = weight[o + 2];
      double w3 = weight[o + 3];
      for (int k = 0; k < nb; k++) {
        u[base + k] = w0 * y[a0 + k] + w1 * y[a1 + k] + w2 * y[a2 + k] + w3 * y[a3 + k];
      }
    }
  }
}
