package org.xbarlab.optimize;

/**
 * Max-value entropy terms of MESMO / CF-MESMO (papers.md 1.7 step 5), minimisation convention:
 * with {@code gamma = (mu - y*) / sigma} the truncated-Gaussian ("TG") gain is
 * {@code gamma phi(gamma) / (2 Phi(gamma)) - ln Phi(gamma)}; the extended-Gaussian ("EG") gain at a
 * lower fidelity, whose value has correlation {@code rho} with the top-fidelity value, is
 * {@code 0.5 ln(2 pi e) - H(p)} with {@code p(u) = phi(u) Phi((gamma + rho u)/sqrt(1-rho^2)) /
 * Phi(gamma)}. The EG entropy is integrated with Simpson's rule and tabulated once on a
 * (gamma, sqrt(1-rho^2)) grid, then interpolated bilinearly (error below 2e-3 nats, see the test).
 * The EG gain approaches TG only like {@code sqrt(1-rho^2)} as rho tends to 1.
 */
public final class InformationGain {
  static final double PHI_FLOOR = 1e-30;
  private static final double G_MIN = -6.0;
  private static final double G_MAX = 8.0;
  private static final int G_STEPS = 350;
  private static final int R_STEPS = 100;
  private static volatile double[][] table;

  private InformationGain() {}

  /** Returns the TG information gain (nats) for {@code gamma = (mu - y*) / sigma}. */
  public static double truncatedGaussian(double gamma) {
    if (gamma >= G_MAX) {
      return 0.0;
    }
    double cdf = Math.max(PHI_FLOOR, NormalMath.cdf(gamma));
    double logCdf = Math.max(Math.log(PHI_FLOOR), NormalMath.logCdf(gamma));
    return gamma * NormalMath.pdf(gamma) / (2 * cdf) - logCdf;
  }

  /**
   * Returns the EG information gain (nats) by direct numerical integration.
   *
   * @param gamma standardised gap at the top fidelity, {@code (mu_top - y*) / sigma_top}
   * @param rho posterior correlation between f(x, z) and f(x, z_max)
   */
  public static double extendedGaussianExact(double gamma, double rho) {
    double r = Math.min(1.0, Math.abs(rho));
    double s = Math.sqrt(1 - r * r);
    if (s < 1e-3) {
      return truncatedGaussian(gamma); // within about 3e-3 nats of the limit
    }
    double logZ = Math.max(Math.log(PHI_FLOOR), NormalMath.logCdf(gamma));
    double lo = -10.0;
    double hi = 10.0 + Math.max(0.0, -gamma);
    // Phi((gamma + r u) / s) switches from 0 to 1 around u0 = -gamma / r within a width s / r:
    // integrate that window finely and the rest with step 0.1 (composite Simpson per segment).
    double u0 = r > 0 ? -gamma / r : 0.0;
    double halfWidth = r > 0 ? 8 * s / r : 0.0;
    double a = Math.min(hi, Math.max(lo, u0 - halfWidth));
    double b = Math.min(hi, Math.max(lo, u0 + halfWidth));
    double entropy = simpson(gamma, r, s, logZ, lo, a, 0.1)
        + simpson(gamma, r, s, logZ, a, b, Math.min(0.1, s / 4))
        + simpson(gamma, r, s, logZ, b, hi, 0.1);
    return Math.max(0.0, 0.5 * Math.log(2 * Math.PI * Math.E) - entropy);
  }

  /** Returns -int p ln p over [from, to] by composite Simpson with step at most maxStep. */
  private static double simpson(double gamma, double r, double s, double logZ, double from,
      double to, double maxStep) {
    if (!(to > from)) {
      return 0.0;
    }
    int n = 2 * (int) Math.ceil((to - from) / (2 * maxStep));
    double h = (to - from) / n;
    double sum = 0;
    for (int i = 0; i <= n; i++) {
      double u = from + i * h;
      double logP = -0.5 * u * u - 0.5 * Math.log(2 * Math.PI)
          + NormalMath.logCdf((gamma + r * u) / s) - logZ;
      double p = Math.exp(logP);
      double term = p > 0 ? -p * logP : 0.0;
      sum += ((i == 0 || i == n) ? 1 : (i % 2 == 1 ? 4 : 2)) * term;
    }
    return sum * h / 3;
  }

  /** Returns the EG information gain, interpolated from the cached table (exact outside it). */
  public static double extendedGaussian(double gamma, double rho) {
    double r = Math.min(1.0, Math.abs(rho));
    if (gamma >= G_MAX) {
      return 0.0; // Phi(gamma) = 1 - 6e-16: no information left (TG(8) < 1e-13)
    }
    if (gamma < G_MIN) {
      return extendedGaussianExact(gamma, r);
    }
    double[][] t = table();
    double gi = (gamma - G_MIN) / (G_MAX - G_MIN) * G_STEPS;
    int i = Math.min(G_STEPS - 1, (int) gi);
    double fg = gi - i;
    // columns are uniform in s = sqrt(1 - rho^2): the gain is close to linear in s near rho = 1
    double si = Math.sqrt(Math.max(0.0, 1 - r * r)) * R_STEPS;
    int j = Math.min(R_STEPS - 1, (int) si);
    double fr = si - j;
    return (1 - fg) * ((1 - fr) * t[i][j] + fr * t[i][j + 1])
        + fg * ((1 - fr) * t[i + 1][j] + fr * t[i + 1][j + 1]);
  }

  private static double[][] table() {
    double[][] t = table;
    if (t == null) {
      synchronized (InformationGain.class) {
        t = table;
        if (t == null) {
          t = new double[G_STEPS + 1][R_STEPS + 1];
          for (int i = 0; i <= G_STEPS; i++) {
            double g = G_MIN + (G_MAX - G_MIN) * i / G_STEPS;
            for (int j = 0; j <= R_STEPS; j++) {
              double sj = (double) j / R_STEPS;
              t[i][j] = j == 0 ? truncatedGaussian(g)
                  : extendedGaussianExact(g, Math.sqrt(Math.max(0.0, 1 - sj * sj)));
            }
          }
          table = t;
        }
      }
    }
    return t;
  }
}
