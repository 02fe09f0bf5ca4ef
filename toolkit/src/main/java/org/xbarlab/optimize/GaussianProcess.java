package org.xbarlab.optimize;

import java.util.ArrayList;
import java.util.List;
import org.xbarlab.ConfigException;

/**
 * Gaussian-process regression over {@code (x, z)} with the product kernel of CF-MESMO / iMOCA
 * ({@code mfmodel.py} MTGPKernel, papers.md 1.7 step 2):
 * {@code k((x,z),(x',z')) = exp(-|x-x'|^2 / (2 lx^2)) * exp(-(z-z')^2 / (2 lz^2))}, unit amplitude on
 * standardised targets (zero mean, unit standard deviation) and a fixed noise variance. The two
 * length-scales are fitted by maximising the log marginal likelihood: a log-spaced grid of
 * starts, then a bounded pattern search in log space from the best three, with both length-scales
 * bounded to [1e-3, 1e2]. When all observations share one fidelity the fidelity length-scale is
 * irrelevant and fixed to 1.
 *
 * <pre>{@code
 * GaussianProcess.Fitted post = GaussianProcess.defaults().fit(inputs, targets);
 * double m = post.mean(new double[] {0.3, 0.7, 1.0});
 * }</pre>
 */
public final class GaussianProcess implements SurrogateModel {
  static final double MIN_LENGTH = 1e-3;
  static final double MAX_LENGTH = 1e2;

  private final double noiseVariance;
  private final double fixedDesignLength;
  private final double fixedFidelityLength;

  private GaussianProcess(double noiseVariance, double fixedDesignLength, double fixedFidelityLength) {
    if (!(noiseVariance > 0 && noiseVariance < 1)) {
      throw new ConfigException("noiseVariance", noiseVariance,
          "a variance in (0, 1) on standardised targets (1e-6 = noise precision 1e6)");
    }
    this.noiseVariance = noiseVariance;
    this.fixedDesignLength = fixedDesignLength;
    this.fixedFidelityLength = fixedFidelityLength;
  }

  /** Returns a GP with noise variance 1e-6 (precision 1e6, as iMOCA) and fitted length-scales. */
  public static GaussianProcess defaults() {
    return new GaussianProcess(1e-6, Double.NaN, Double.NaN);
  }

  /** Returns a GP with the given noise variance (standardised units) and fitted length-scales. */
  public static GaussianProcess withNoise(double noiseVariance) {
    return new GaussianProcess(noiseVariance, Double.NaN, Double.NaN);
  }

  /** Returns a GP with fixed length-scales (no fitting), for tests and known-answer checks. */
  public static GaussianProcess fixed(double designLength, double fidelityLength,
      double noiseVariance) {
    for (double l : new double[] {designLength, fidelityLength}) {
      if (!(l >= MIN_LENGTH && l <= MAX_LENGTH)) {
        throw new ConfigException("lengthScale", l, "a value in [1e-3, 1e2]");
      }
    }
    return new GaussianProcess(noiseVariance, designLength, fidelityLength);
  }

  @Override
  public Fitted fit(double[][] inputs, double[] targets) {
    if (inputs == null || targets == null || inputs.length != targets.length || inputs.length == 0) {
      throw new ConfigException("inputs", inputs == null ? "null" : inputs.length + " rows",
          "one row per target and at least one observation");
    }
    int p = inputs[0].length;
    if (p < 2) {
      throw new ConfigException("inputs[0].length", p, ">= 2 (design coordinates then fidelity)");
    }
    double[][] x = new double[inputs.length][];
    for (int i = 0; i < x.length; i++) {
      if (inputs[i].length != p) {
        throw new ConfigException("inputs[" + i + "].length", inputs[i].length, "" + p);
      }
      x[i] = inputs[i].clone();
    }
    int n = targets.length;
    double mean = 0;
    for (double t : targets) {
      mean += t;
    }
    mean /= n;
    double var = 0;
    for (double t : targets) {
      var += (t - mean) * (t - mean);
    }
    double std = n > 1 ? Math.sqrt(var / (n - 1)) : 1.0;
    if (!(std > 1e-12)) {
      std = 1.0;
    }
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      ys[i] = (targets[i] - mean) / std;
    }
    boolean oneFidelity = true;
    for (double[] r : x) {
      if (r[p - 1] != x[0][p - 1]) {
        oneFidelity = false;
        break;
      }
    }
    double lx;
    double lz;
    if (!Double.isNaN(fixedDesignLength)) {
      lx = fixedDesignLength;
      lz = fixedFidelityLength;
    } else {
      double[] best = fitLengths(x, ys, oneFidelity);
      lx = best[0];
      lz = best[1];
    }
    return build(x, ys, mean, std, lx, lz);
  }

  private Fitted build(double[][] x, double[] ys, double mean, double std, double lx, double lz) {
    double jitter = noiseVariance;
    for (int attempt = 0; attempt < 8; attempt++) {
      double[][] l = Linalg.cholesky(gram(x, lx, lz, jitter));
      if (l != null) {
        return new Fitted(x, ys, mean, std, lx, lz, jitter, l, Linalg.cholSolve(l, ys));
      }
      jitter *= 10;
    }
    throw new IllegalStateException("kernel matrix not positive definite even with jitter " + jitter);
  }

  private static double[][] gram(double[][] x, double lx, double lz, double noise) {
    int n = x.length;
    double[][] k = new double[n][n];
    for (int i = 0; i < n; i++) {
      k[i][i] = 1.0 + noise;
      for (int j = 0; j < i; j++) {
        double v = kernel(x[i], x[j], lx, lz);
        k[i][j] = v;
        k[j][i] = v;
      }
    }
    return k;
  }

  static double kernel(double[] a, double[] b, double lx, double lz) {
    int p = a.length;
    double d2 = 0;
    for (int i = 0; i < p - 1; i++) {
      double d = a[i] - b[i];
      d2 += d * d;
    }
    double dz = a[p - 1] - b[p - 1];
    return Math.exp(-0.5 * d2 / (lx * lx) - 0.5 * dz * dz / (lz * lz));
  }

  /** Returns the log marginal likelihood of standardised targets, or -inf if not PD. */
  double logMarginalLikelihood(double[][] x, double[] ys, double lx, double lz) {
    double[][] l = Linalg.cholesky(gram(x, lx, lz, noiseVariance));
    if (l == null) {
      return Double.NEGATIVE_INFINITY;
    }
    double[] a = Linalg.forward(l, ys);
    double logDet = 0;
    for (int i = 0; i < ys.length; i++) {
      logDet += Math.log(l[i][i]);
    }
    return -0.5 * Linalg.dot(a, a) - logDet - 0.5 * ys.length * Math.log(2 * Math.PI);
  }

  private double[] fitLengths(double[][] x, double[] ys, boolean oneFidelity) {
    double[] gx = logGrid(0.02, 5.0, 8);
    double[] gz = oneFidelity ? new double[] {0.0} : logGrid(0.05, 20.0, 5);
    List<double[]> starts = new ArrayList<>();
    for (double a : gx) {
      for (double b : gz) {
        starts.add(new double[] {a, b, logMarginalLikelihood(x, ys, Math.exp(a), Math.exp(b))});
      }
    }
    starts.sort((u, v) -> Double.compare(v[2], u[2]));
    double[] best = starts.get(0);
    for (int s = 0; s < Math.min(3, starts.size()); s++) {
      double[] r = patternSearch(x, ys, starts.get(s), oneFidelity);
      if (r[2] > best[2]) {
        best = r;
      }
    }
    return new double[] {Math.exp(best[0]), Math.exp(best[1])};
  }

  private double[] patternSearch(double[][] x, double[] ys, double[] start, boolean oneFidelity) {
    double lo = Math.log(MIN_LENGTH);
    double hi = Math.log(MAX_LENGTH);
    double[] cur = start.clone();
    double step = 0.5;
    int dims = oneFidelity ? 1 : 2;
    while (step > 0.02) {
      boolean improved = false;
      for (int d = 0; d < dims; d++) {
        for (int sgn = -1; sgn <= 1; sgn += 2) {
          double[] cand = cur.clone();
          cand[d] = Math.min(hi, Math.max(lo, cur[d] + sgn * step));
          if (cand[d] == cur[d]) {
            continue;
          }
          cand[2] = logMarginalLikelihood(x, ys, Math.exp(cand[0]), Math.exp(cand[1]));
          if (cand[2] > cur[2] + 1e-9) {
            cur = cand;
            improved = true;
          }
        }
      }
      if (!improved) {
        step /= 2;
      }
    }
    return cur;
  }

  private static double[] logGrid(double from, double to, int n) {
    double[] g = new double[n];
    for (int i = 0; i < n; i++) {
      g[i] = Math.log(from) + (Math.log(to) - Math.log(from)) * i / (n - 1);
    }
    return g;
  }

  /** A fitted GP: posterior mean, variance and covariance in the units of the targets. */
  public static final class Fitted implements Posterior {
    private final double[][] x;
    private final double[] ys;
    private final double mean;
    private final double std;
    private final double lx;
    private final double lz;
    private final double noise;
    private final double[][] chol;
    private final double[] alpha;

    Fitted(double[][] x, double[] ys, double mean, double std, double lx, double lz, double noise,
        double[][] chol, double[] alpha) {
      this.x = x;
      this.ys = ys;
      this.mean = mean;
      this.std = std;
      this.lx = lx;
      this.lz = lz;
      this.noise = noise;
      this.chol = chol;
      this.alpha = alpha;
    }

    /** Returns the fitted design length-scale (unit-cube units). */
    public double designLengthScale() {
      return lx;
    }

    /** Returns the fitted fidelity length-scale. */
    public double fidelityLengthScale() {
      return lz;
    }

    /** Returns the noise variance used (standardised units, including any jitter). */
    public double noiseVariance() {
      return noise;
    }

    /** Returns the target mean used for standardisation. */
    public double targetMean() {
      return mean;
    }

    /** Returns the target standard deviation used for standardisation. */
    public double targetStd() {
      return std;
    }

    double[][] inputs() {
      return x;
    }

    double[] standardizedTargets() {
      return ys;
    }

    private double[] kvec(double[] in) {
      double[] k = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        k[i] = kernel(in, x[i], lx, lz);
      }
      return k;
    }

    @Override
    public double mean(double[] input) {
      return mean + std * Linalg.dot(kvec(input), alpha);
    }

    @Override
    public double variance(double[] input) {
      double[] v = Linalg.forward(chol, kvec(input));
      return std * std * Math.max(1e-12, 1.0 - Linalg.dot(v, v));
    }

    @Override
    public double covariance(double[] a, double[] b) {
      double[] va = Linalg.forward(chol, kvec(a));
      double[] vb = Linalg.forward(chol, kvec(b));
      return std * std * (kernel(a, b, lx, lz) - Linalg.dot(va, vb));
    }

    /**
     * Predicts at design {@code x} [d] for every fidelity in {@code zs}, reusing the design part
     * of the kernel. Returns rows {mean[], variance[], correlation with f(x, 1)[]}.
     */
    public double[][] predictAcrossFidelities(double[] design, double[] zs) {
      int n = x.length;
      int p = design.length + 1;
      double[] kx = new double[n];
      for (int i = 0; i < n; i++) {
        double d2 = 0;
        for (int j = 0; j < p - 1; j++) {
          double d = design[j] - x[i][j];
          d2 += d * d;
        }
        kx[i] = Math.exp(-0.5 * d2 / (lx * lx));
      }
      double[] vTop = Linalg.forward(chol, scaleByFidelity(kx, 1.0, p));
      double varTop = Math.max(1e-12, 1.0 - Linalg.dot(vTop, vTop));
      double[][] out = new double[3][zs.length];
      for (int m = 0; m < zs.length; m++) {
        double[] k = scaleByFidelity(kx, zs[m], p);
        double[] v = zs[m] == 1.0 ? vTop : Linalg.forward(chol, k);
        double var = Math.max(1e-12, 1.0 - Linalg.dot(v, v));
        double dz = zs[m] - 1.0;
        double cov = Math.exp(-0.5 * dz * dz / (lz * lz)) - Linalg.dot(v, vTop);
        out[0][m] = mean + std * Linalg.dot(k, alpha);
        out[1][m] = std * std * var;
        out[2][m] = Math.max(-1.0, Math.min(1.0, cov / Math.sqrt(var * varTop)));
      }
      return out;
    }

    private double[] scaleByFidelity(double[] kx, double z, int p) {
      double[] k = new double[kx.length];
      for (int i = 0; i < k.length; i++) {
        double dz = z - x[i][p - 1];
        k[i] = kx[i] * Math.exp(-0.5 * dz * dz / (lz * lz));
      }
      return k;
    }

    @Override
    public String toString() {
      return "GaussianProcess.Fitted[n=" + x.length + ", lx=" + lx + ", lz=" + lz + ", mean=" + mean
          + ", std=" + std + ", noise=" + noise + "]";
    }
  }
}
