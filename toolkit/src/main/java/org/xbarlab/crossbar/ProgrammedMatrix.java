package org.xbarlab.crossbar;

import java.util.stream.IntStream;
import org.xbarlab.RandomSource;
import org.xbarlab.device.ConductanceRange;
import org.xbarlab.noise.FaultMap;
import org.xbarlab.noise.LineResistance;
import org.xbarlab.noise.LineResistanceMode;
import org.xbarlab.noise.NoiseEffect;
import org.xbarlab.noise.NoiseStack;
import org.xbarlab.noise.ProgrammingEffect;
import org.xbarlab.noise.ReadChain;

/**
 * The cells of one quantised matrix after programming: target conductances with the frozen
 * programming-time effects of one chip ({@link ProgrammingEffect}: faults, device variation,
 * programming error). {@link #read} applies the per-read effects ({@link ReadChain}), each in the
 * order the config lists it, and line resistance and returns, per slice,
 * the effective signed cell value in level units: {@code (G+ - G-)/dG} (differential) or
 * {@code (G - Gref)/dG} (offset), row-major {@code [fanIn x fanOut]}.
 */
final class ProgrammedMatrix {
  private static final int CHUNK = 1 << 15;

  final QuantizedMatrix q;
  private final CrossbarConfig cfg;
  private final float[][] frozen; // [slice * polarities + p][fanIn * fanOut], siemens
  private final float[] reference; // [fanIn * columnTiles], siemens (offset mapping only)
  private final boolean perReadNoise;
  private final NoiseStack noise;
  private final StuckAtCorrection correction; // null: no stuck-at correction
  private float[][] cached;

  ProgrammedMatrix(QuantizedMatrix q, CrossbarConfig cfg, RandomSource rng, boolean nonIdeal) {
    this.q = q;
    this.cfg = cfg;
    NoiseStack noise = nonIdeal ? cfg.noise() : NoiseStack.none();
    this.noise = noise;
    this.perReadNoise = noise.hasPerReadNoise();
    TileLayout layout = q.layout;
    int n = q.fanIn * q.fanOut;
    int planes = layout.slices() * layout.polarities();
    ConductanceRange range = cfg.device();
    double gMin = range.gMinSiemens();
    double gMax = range.gMaxSiemens();
    double dG = cfg.levelStepSiemens();
    int refCells = layout.hasReferenceColumn() ? q.fanIn * layout.columnTiles() : 0;
    ProgrammingEffect[] effects = noise.programmingEffects(range, dG, planes * n + refCells, rng)
        .toArray(new ProgrammingEffect[0]);
    // open-loop programming through a non-linear pulse response; the linear device keeps the grid
    double[] levels = cfg.pulses().isLinear() ? null : cfg.pulses().levelsSiemens(
        cfg.mapping().cellBits(), cfg.mapping().scheme().zeroAtGmax(), range);
    frozen = new float[planes][n];
    IntStream.range(0, planes).parallel().forEach(plane -> {
      int s = plane / layout.polarities();
      int p = plane % layout.polarities();
      RandomSource r = rng.split("d2d").split(plane);
      float[] out = frozen[plane];
      for (int k = 0; k < n; k++) {
        double g = levels == null ? q.conductance(k, s, p, gMin, gMax, dG)
            : q.programmedConductance(k, s, p, levels);
        for (ProgrammingEffect e : effects) {
          g = e.program(plane * n + k, g, r);
        }
        out[k] = (float) g;
      }
    });
    reference = new float[refCells];
    RandomSource r = rng.split("d2d-reference");
    for (int k = 0; k < refCells; k++) {
      double g = gMin;
      for (ProgrammingEffect e : effects) {
        g = e.program(planes * n + k, g, r);
      }
      reference[k] = (float) g;
    }
    correction = cfg.periphery().stuckAtCorrection() && noise.isOn(NoiseEffect.STUCK_AT_FAULTS)
        ? stuckAtCorrection(noise.faultMap(planes * n + refCells, rng), levels) : null;
  }

  /**
   * Returns the digital correction of a profiled fault map, per weight in shift-and-added digits:
   * {@code sum_s 2^(s*cellBits) * ((G_target - G_stuck)+ - (G_target - G_stuck)-) / dG} (a stuck
   * reference cell shifts every column of its tile row the other way). The periphery adds
   * {@code codes x correction} to the accumulated sums after the ADC (PytorX {@code SAF.py}).
   */
  private StuckAtCorrection stuckAtCorrection(FaultMap faults, double[] levels) {
    TileLayout layout = q.layout;
    ConductanceRange range = cfg.device();
    double dG = cfg.levelStepSiemens();
    int n = q.fanIn * q.fanOut;
    int pol = layout.polarities();
    int planes = layout.slices() * pol;
    int cellBits = cfg.mapping().cellBits();
    float[] out = new float[n];
    for (int plane = 0; plane < planes; plane++) {
      int s = plane / pol;
      int p = plane % pol;
      double sign = (p == 0 ? 1.0 : -1.0) * Math.pow(2, (double) s * cellBits) / dG;
      for (int k = 0; k < n; k++) {
        int cell = plane * n + k;
        if (faults.isSa0(cell) || faults.isSa1(cell)) {
          double target = levels == null ? q.conductance(k, s, p, range.gMinSiemens(),
              range.gMaxSiemens(), dG) : q.programmedConductance(k, s, p, levels);
          out[k] += (float) (sign * (target - faults.apply(cell, target, range)));
        }
      }
    }
    int ctiles = layout.columnTiles();
    for (int ref = 0; ref < reference.length; ref++) {
      int cell = planes * n + ref;
      if (faults.isSa0(cell) || faults.isSa1(cell)) {
        double target = range.gMinSiemens();
        double shift = (target - faults.apply(cell, target, range)) / dG;
        int i = ref / ctiles;
        int ct = ref % ctiles;
        for (int j = 0; j < q.fanOut; j++) {
          if (layout.columnTileOf(j) == ct) {
            for (int s = 0; s < layout.slices(); s++) {
              out[i * q.fanOut + j] -= (float) (Math.pow(2, (double) s * cellBits) * shift);
            }
          }
        }
      }
    }
    return new StuckAtCorrection(out, q.fanIn, q.fanOut);
  }

  /**
   * Returns the mean programmed conductance of the cells as a fraction of the window, each row
   * weighted by {@code rowWeight[physical row]} (how strongly it is driven); reference cells
   * included. Per-read noise is not part of it (it averages out).
   */
  double meanConductanceFraction(double[] rowWeight) {
    ConductanceRange range = cfg.device();
    int n = q.fanIn * q.fanOut;
    double total = 0;
    double weight = 0;
    int ctiles = q.layout.columnTiles();
    for (int i = 0; i < q.fanIn; i++) {
      double rowSum = 0;
      for (float[] plane : frozen) {
        for (int k = i * q.fanOut; k < (i + 1) * q.fanOut; k++) {
          rowSum += plane[k] - range.gMinSiemens();
        }
      }
      int cells = frozen.length * q.fanOut;
      for (int ct = 0; ct < reference.length / Math.max(1, q.fanIn); ct++) {
        rowSum += reference[i * ctiles + ct] - range.gMinSiemens();
        cells++;
      }
      total += rowWeight[i] * rowSum / range.spanSiemens();
      weight += rowWeight[i] * cells;
    }
    return n == 0 || weight == 0 ? 0 : total / weight;
  }

  /** Returns the profiled stuck-at correction, or null. */
  StuckAtCorrection correction() {
    return correction;
  }

  /** Returns per-slice effective values in level units; cached when nothing varies per read. */
  float[][] read(RandomSource rng) {
    if (!perReadNoise && cached != null) {
      return cached;
    }
    TileLayout layout = q.layout;
    int planes = frozen.length;
    int n = q.fanIn * q.fanOut;
    float[][] g = new float[planes][];
    float[] ref = reference;
    if (perReadNoise) {
      ReadChain chain = noise.readChain(cfg.read(), cfg.device(), cfg.levelStepSiemens());
      int chunks = (n + CHUNK - 1) / CHUNK;
      for (int plane = 0; plane < planes; plane++) {
        float[] src = frozen[plane];
        float[] dst = new float[n];
        RandomSource pr = rng.split(plane);
        IntStream.range(0, chunks).parallel().forEach(c -> {
          RandomSource r = pr.split(c);
          int to = Math.min(n, (c + 1) * CHUNK);
          for (int k = c * CHUNK; k < to; k++) {
            dst[k] = (float) chain.read(src[k], r);
          }
        });
        g[plane] = dst;
      }
      if (ref.length > 0) {
        ref = new float[reference.length];
        RandomSource r = rng.split("reference");
        for (int k = 0; k < ref.length; k++) {
          ref[k] = (float) chain.read(reference[k], r);
        }
      }
    } else {
      for (int plane = 0; plane < planes; plane++) {
        g[plane] = frozen[plane];
      }
    }
    LineResistance lines = cfg.lines();
    if (lines.mode() != LineResistanceMode.OFF && !lines.isIdealWiring()) {
      float[][] eff = new float[planes][n];
      float[] effRef = new float[ref.length];
      applyLineResistance(g, ref, eff, effRef, lines);
      g = eff;
      ref = effRef;
    }
    float[][] out = new float[layout.slices()][n];
    double invStep = 1.0 / cfg.levelStepSiemens();
    for (int s = 0; s < layout.slices(); s++) {
      float[] o = out[s];
      if (layout.polarities() == 2) {
        float[] gp = g[2 * s];
        float[] gn = g[2 * s + 1];
        for (int k = 0; k < n; k++) {
          o[k] = (float) (((double) gp[k] - gn[k]) * invStep);
        }
      } else {
        float[] gc = g[s];
        int ctiles = layout.columnTiles();
        for (int i = 0; i < q.fanIn; i++) {
          int row = i * q.fanOut;
          for (int j = 0; j < q.fanOut; j++) {
            double gr = ref[i * ctiles + layout.columnTileOf(j)];
            o[row + j] = (float) ((gc[row + j] - gr) * invStep);
          }
        }
      }
    }
    if (!perReadNoise) {
      cached = out;
    }
    return out;
  }

  /** Gathers each physical tile, applies the line model, scatters effective conductances back. */
  private void applyLineResistance(float[][] g, float[] ref, float[][] eff, float[] effRef,
      LineResistance lines) {
    TileLayout layout = q.layout;
    int rows = layout.tileRows();
    int cols = layout.tileColumns();
    int ctiles = layout.columnTiles();
    int pol = layout.polarities();
    int slices = layout.slices();
    double gMin = cfg.device().gMinSiemens();
    double expectedCell = cfg.expectedCellConductanceSiemens();
    IntStream.range(0, layout.tiles()).parallel().forEach(tile -> {
      int rt = tile / ctiles;
      int ct = tile % ctiles;
      int r0 = rt * rows;
      int rin = layout.rowsInTile(rt);
      int o0 = ct * layout.outputsPerColumnTile();
      int o1 = Math.min(q.fanOut, o0 + layout.outputsPerColumnTile());
      double[] t = new double[rows * cols];
      java.util.Arrays.fill(t, gMin);
      for (int i = 0; i < rin; i++) {
        for (int o = o0; o < o1; o++) {
          int k = (r0 + i) * q.fanOut + o;
          for (int s = 0; s < slices; s++) {
            for (int p = 0; p < pol; p++) {
              t[i * cols + layout.physicalColumn(o, s, p)] = Math.max(0, g[s * pol + p][k]);
            }
          }
        }
        if (layout.hasReferenceColumn()) {
          t[i * cols + layout.referenceColumn()] = Math.max(0, ref[(r0 + i) * ctiles + ct]);
        }
      }
      double[] e = lines.effectiveConductances(t, rows, cols, expectedCell);
      for (int i = 0; i < rin; i++) {
        for (int o = o0; o < o1; o++) {
          int k = (r0 + i) * q.fanOut + o;
          for (int s = 0; s < slices; s++) {
            for (int p = 0; p < pol; p++) {
              eff[s * pol + p][k] = (float) e[i * cols + layout.physicalColumn(o, s, p)];
            }
          }
        }
        if (layout.hasReferenceColumn()) {
          effRef[(r0 + i) * ctiles + ct] = (float) e[i * cols + layout.referenceColumn()];
        }
      }
    });
  }
}
