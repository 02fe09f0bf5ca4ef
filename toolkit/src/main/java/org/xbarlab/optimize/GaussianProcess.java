package org.xbarlab.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.xbarlab.ConfigException;

/**
 * Gaussian-process regression over {@code (x, z)} with the product kernel of CF-MESMO / iMOCA
 * ({@code mfmodel.py} MTGPKernel, papers.md 1.7 step 2), made automatic-relevance:
 * {@code k((x,z),(x',z')) = s2 exp(-sum_i (x_i-x'_i)^2 / (2 l_i^2)) exp(-(z-z')^2 / (2 lz^2))}
 * plus a noise variance on the diagonal. Inputs are the optimisers' unit cube (design) and the
 * fidelity in (0, 1], so they need no further normalisation; targets are standardised (zero mean,
 * unit standard deviation), and the amplitude {@code s2} and noise are in those units.
 *
 * <p>Fitting maximises the log marginal likelihood plus weak log-normal priors (BoTorch's current
 * defaults: length-scales {@code LogNormal(sqrt 2 + ln(D)/2, sqrt 3)} for D kernel inputs, noise
 * {@code LogNormal(-4, 1)}; amplitude {@code LogNormal(0, 1)}), which keep the fit sensible with
 * few points. The search is BOBYQA (Apache Commons Math, bounded, derivative-free) in log space from
 * the best isotropic starts of a small grid. Bounds: length-scales [1e-2, 1e2], amplitude
 * [1e-2, 1e2], noise [floor, 1]. When all observations share one fidelity the fidelity length-scale
 * is irrelevant and fixed to 1.
 *
 * <pre>{@code
 * GaussianProcess.Fitted post = GaussianProcess.defaults().fit(inputs, targets);
 * double m = post.mean(new double[] {0.3, 0.7, 1.0});
 * double[] relevance = post.designLengthScales();
 * }</pre>
 */
public final class GaussianProcess implements SurrogateModel {
  static final double MIN_LENGTH = 1e-2;
  static final double MAX_LENGTH = 1e2;
  static final double MIN_AMPLITUDE = 1e-2;
  static final double MAX_AMPLITUDE = 1e2;
  static final double MAX_NOISE = 1.0;

  private final double noiseFloor;
  /** Fixed hyperparameters {lx, lz, amplitude, noise} for known-answer use, or null to fit. */
  private final double[] fixed;

  private GaussianProcess(double noiseFloor, double[] fixed) {
    this.noiseFloor = noiseFloor;
    this.fixed = fixed;
  }

  /** Returns a GP with every hyperparameter fitted and a noise floor of 1e-6 (standardised). */
  public static GaussianProcess defaults() {
    return new GaussianProcess(1e-6, null);
  }

  /**
   * Returns a GP with fitted hyperparameters whose noise variance is at least {@code floor}
   * (standardised units): raise it for Monte-Carlo objectives whose noise is known to be larger.
   */
  public static GaussianProcess withNoiseFloor(double floor) {
    if (!(floor > 0 && floor < MAX_NOISE)) {
      throw new ConfigException("noiseFloor", floor,
          "a variance in (0, 1) on standardised targets (default 1e-6)");
    }
    return new GaussianProcess(floor, null);
  }

  /**
   * Returns a GP with fixed hyperparameters (no fitting): one design length-scale for every
   * dimension, unit amplitude. For tests and known-answer checks.
   */
  public static GaussianProcess fixed(double designLength, double fidelityLength,
      double noiseVariance) {
    for (double l : new double[] {designLength, fidelityLength}) {
      if (!(l >= MIN_LENGTH && l <= MAX_LENGTH)) {
        throw new ConfigException("lengthScale", l, "a value in [1e-2, 1e2]");
      }
    }
    if (!(noiseVariance > 0 && noiseVariance < MAX_NOISE)) {
      throw new ConfigException("noiseVariance", noiseVariance,
          "a variance in (0, 1) on standardised targets");
    }
    return new GaussianProcess(noiseVariance, new double[] {designLength, fidelityLength, 1.0,
        noiseVariance});
  }

  @Override
  public Fitted fit(double[][] inputs, double[] targets) {
    double[][] x = checkedInputs(inputs, targets);
    int n = targets.length;
    double mean = 0;
    for (double t : targets) {
      if (!Double.isFinite(t)) {
        throw new ConfigException("targets", Arrays.toString(targets), "finite values");
      }
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
    int d = x[0].length - 1;
    Hyper h;
    if (fixed != null) {
      double[] ls = new double[d];
      Arrays.fill(ls, fixed[0]);
      h = new Hyper(ls, fixed[1], fixed[2], fixed[3]);
    } else {
      h = new Fit(x, ys, oneFidelity(x), noiseFloor).best();
    }
    return build(x, ys, mean, std, h);
  }

  private static double[][] checkedInputs(double[][] inputs, double[] targets) {
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
    return x;
  }

  private static boolean oneFidelity(double[][] x) {
    int p = x[0].length;
    for (double[] r : x) {
      if (r[p - 1] != x[0][p - 1]) {
        return false;
      }
    }
    return true;
  }

  private static Fitted build(double[][] x, double[] ys, double mean, double std, Hyper h) {
    double jitter = 0;
    for (int attempt = 0; attempt < 8; attempt++) {
      double[][] l = Linalg.cholesky(gram(x, h, h.noise + jitter));
      if (l != null) {
        Hyper used = new Hyper(h.lengths, h.fidelityLength, h.amplitude, h.noise + jitter);
        return new Fitted(x, ys, mean, std, used, l, Linalg.cholSolve(l, ys));
      }
      jitter = jitter == 0 ? 1e-8 * h.amplitude : jitter * 10;
    }
    throw new IllegalStateException("kernel matrix not positive definite even with jitter " + jitter);
  }

  /** Kernel hyperparameters in standardised target units. */
  record Hyper(double[] lengths, double fidelityLength, double amplitude, double noise) {
    double correlation(double[] a, double[] b) {
      int p = a.length;
      double s = 0;
      for (int i = 0; i < p - 1; i++) {
        double d = (a[i] - b[i]) / lengths[i];
        s += d * d;
      }
      double dz = (a[p - 1] - b[p - 1]) / fidelityLength;
      return Math.exp(-0.5 * (s + dz * dz));
    }
  }

  private static double[][] gram(double[][] x, Hyper h, double noise) {
    int n = x.length;
    double[][] k = new double[n][n];
    for (int i = 0; i < n; i++) {
      k[i][i] = h.amplitude + noise;
      for (int j = 0; j < i; j++) {
        double v = h.amplitude * h.correlation(x[i], x[j]);
        k[i][j] = v;
        k[j][i] = v;
      }
    }
    return k;
  }

  /** Returns the log marginal likelihood of standardised targets, or -inf if not PD. */
  static double logMarginalLikelihood(double[][] x, double[] ys, Hyper h) {
    double[][] l = Linalg.cholesky(gram(x, h, h.noise));
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

  /**
   * One maximum-a-posteriori fit. Parameters in log space: design length-scales [d], then the
   * fidelity length-scale (only with several fidelities), then amplitude and noise.
   */
  private static final class Fit {
    private final double[][] x;
    private final double[] ys;
    private final boolean oneFidelity;
    private final int d;
    private final double[] lower;
    private final double[] upper;
    private final double lengthPriorMean;

    Fit(double[][] x, double[] ys, boolean oneFidelity, double noiseFloor) {
      this.x = x;
      this.ys = ys;
      this.oneFidelity = oneFidelity;
      this.d = x[0].length - 1;
      int m = size();
      lower = new double[m];
      upper = new double[m];
      for (int i = 0; i < m - 2; i++) {
        lower[i] = Math.log(MIN_LENGTH);
        upper[i] = Math.log(MAX_LENGTH);
      }
      lower[m - 2] = Math.log(MIN_AMPLITUDE);
      upper[m - 2] = Math.log(MAX_AMPLITUDE);
      lower[m - 1] = Math.log(noiseFloor);
      upper[m - 1] = Math.log(MAX_NOISE);
      int kernelInputs = oneFidelity ? d : d + 1;
      lengthPriorMean = Math.sqrt(2) + 0.5 * Math.log(kernelInputs);
    }

    private int size() {
      return d + (oneFidelity ? 0 : 1) + 2;
    }

    Hyper decode(double[] t) {
      double[] ls = new double[d];
      for (int i = 0; i < d; i++) {
        ls[i] = Math.exp(t[i]);
      }
      double lz = oneFidelity ? 1.0 : Math.exp(t[d]);
      int m = size();
      return new Hyper(ls, lz, Math.exp(t[m - 2]), Math.exp(t[m - 1]));
    }

    /** Log posterior density (up to a constant) of log-parameters {@code t}. */
    double logPosterior(double[] t) {
      double prior = 0;
      int m = size();
      for (int i = 0; i < m - 2; i++) {
        prior += logNormal(t[i], lengthPriorMean, Math.sqrt(3));
      }
      prior += logNormal(t[m - 2], 0, 1);
      prior += logNormal(t[m - 1], -4, 1);
      return logMarginalLikelihood(x, ys, decode(t)) + prior;
    }

    private static double logNormal(double logValue, double mu, double sigma) {
      double z = (logValue - mu) / sigma;
      return -0.5 * z * z;
    }

    Hyper best() {
      int m = size();
      List<double[]> starts = new ArrayList<>();
      for (double l : new double[] {0.05, 0.15, 0.4, 1.0, 3.0}) {
        for (double noise : new double[] {1e-4, 1e-2}) {
          double[] t = new double[m];
          Arrays.fill(t, 0, m - 2, Math.log(l));
          if (!oneFidelity) {
            t[d] = Math.log(1.0);
          }
          t[m - 2] = 0;
          t[m - 1] = Math.max(lower[m - 1], Math.log(noise));
          starts.add(t);
        }
      }
      starts.sort((a, b) -> Double.compare(logPosterior(b), logPosterior(a)));
      double[] best = starts.get(0);
      double bestValue = logPosterior(best);
      for (int s = 0; s < 2; s++) {
        double[] r = maximize(starts.get(s));
        double v = logPosterior(r);
        if (v > bestValue) {
          best = r;
          bestValue = v;
        }
      }
      return decode(best);
    }

    private double[] maximize(double[] start) {
      int m = size();
      double[] s = start.clone();
      double minWidth = Double.POSITIVE_INFINITY;
      for (int i = 0; i < m; i++) {
        s[i] = Math.min(upper[i] - 1e-9, Math.max(lower[i] + 1e-9, s[i]));
        minWidth = Math.min(minWidth, upper[i] - lower[i]);
      }
      double[][] best = {s.clone()};
      double[] bestValue = {logPosterior(s)};
      MultivariateFunction f = t -> {
        double v = logPosterior(t);
        if (v > bestValue[0]) {
          bestValue[0] = v;
          best[0] = t.clone();
        }
        return Double.isFinite(v) ? v : -1e300;
      };
      try {
        BOBYQAOptimizer opt = new BOBYQAOptimizer(2 * m + 1, Math.min(0.5, minWidth / 3), 1e-4);
        opt.optimize(new MaxEval(150 * m), new ObjectiveFunction(f), GoalType.MAXIMIZE,
            new InitialGuess(s), new SimpleBounds(lower, upper));
      } catch (MathIllegalStateException budgetExhausted) {
        // BOBYQA signals an exhausted budget by an exception; the best point seen is kept.
      }
      return best[0];
    }
  }

  /** A fitted GP: posterior mean, variance and covariance in the units of the targets. */
  public static final class Fitted implements Posterior {
    private final double[][] x;
    private final double[] ys;
    private final double mean;
    private final double std;
    private final Hyper hyper;
    private final double[][] chol;
    private final double[] alpha;

    Fitted(double[][] x, double[] ys, double mean, double std, Hyper hyper, double[][] chol,
        double[] alpha) {
      this.x = x;
      this.ys = ys;
      this.mean = mean;
      this.std = std;
      this.hyper = hyper;
      this.chol = chol;
      this.alpha = alpha;
    }

    /** Returns the fitted length-scale of each design dimension (unit-cube units). */
    public double[] designLengthScales() {
      return hyper.lengths.clone();
    }

    /** Returns the geometric mean of the design length-scales (unit-cube units). */
    public double designLengthScale() {
      double s = 0;
      for (double l : hyper.lengths) {
        s += Math.log(l);
      }
      return Math.exp(s / hyper.lengths.length);
    }

    /** Returns the fitted fidelity length-scale. */
    public double fidelityLengthScale() {
      return hyper.fidelityLength;
    }

    /** Returns the fitted amplitude (prior variance, standardised units). */
    public double amplitude() {
      return hyper.amplitude;
    }

    /** Returns the noise variance used (standardised units, including any jitter). */
    public double noiseVariance() {
      return hyper.noise;
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
        k[i] = hyper.amplitude * hyper.correlation(in, x[i]);
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
      return std * std * Math.max(1e-12 * hyper.amplitude, hyper.amplitude - Linalg.dot(v, v));
    }

    @Override
    public double covariance(double[] a, double[] b) {
      double[] va = Linalg.forward(chol, kvec(a));
      double[] vb = Linalg.forward(chol, kvec(b));
      return std * std * (hyper.amplitude * hyper.correlation(a, b) - Linalg.dot(va, vb));
    }

    /**
     * Predicts at design {@code x} [d] for every fidelity in {@code zs}, reusing the design part
     * of the kernel. Returns rows {mean[], variance[], correlation with f(x, 1)[]}.
     */
    public double[][] predictAcrossFidelities(double[] design, double[] zs) {
      int n = x.length;
      int p = design.length + 1;
      double s2 = hyper.amplitude;
      double[] kx = new double[n];
      for (int i = 0; i < n; i++) {
        double d2 = 0;
        for (int j = 0; j < p - 1; j++) {
          double d = (design[j] - x[i][j]) / hyper.lengths[j];
          d2 += d * d;
        }
        kx[i] = s2 * Math.exp(-0.5 * d2);
      }
      double[] vTop = Linalg.forward(chol, scaleByFidelity(kx, 1.0, p));
      double floor = 1e-12 * s2;
      double varTop = Math.max(floor, s2 - Linalg.dot(vTop, vTop));
      double lz = hyper.fidelityLength;
      double[][] out = new double[3][zs.length];
      for (int m = 0; m < zs.length; m++) {
        double[] k = scaleByFidelity(kx, zs[m], p);
        double[] v = zs[m] == 1.0 ? vTop : Linalg.forward(chol, k);
        double var = Math.max(floor, s2 - Linalg.dot(v, v));
        double dz = zs[m] - 1.0;
        double cov = s2 * Math.exp(-0.5 * dz * dz / (lz * lz)) - Linalg.dot(v, vTop);
        out[0][m] = mean + std * Linalg.dot(k, alpha);
        out[1][m] = std * std * var;
        out[2][m] = Math.max(-1.0, Math.min(1.0, cov / Math.sqrt(var * varTop)));
      }
      return out;
    }

    private double[] scaleByFidelity(double[] kx, double z, int p) {
      double lz = hyper.fidelityLength;
      double[] k = new double[kx.length];
      for (int i = 0; i < k.length; i++) {
        double dz = z - x[i][p - 1];
        k[i] = kx[i] * Math.exp(-0.5 * dz * dz / (lz * lz));
      }
      return k;
    }

    @Override
    public String toString() {
      return "GaussianProcess.Fitted[n=" + x.length + ", lengths=" + Arrays.toString(hyper.lengths)
          + ", lz=" + hyper.fidelityLength + ", amplitude=" + hyper.amplitude + ", noise="
          + hyper.noise + ", mean=" + mean + ", std=" + std + "]";
    }
  }
}
