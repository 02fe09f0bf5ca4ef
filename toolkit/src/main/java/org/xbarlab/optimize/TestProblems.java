package org.xbarlab.optimize;

import java.util.List;
import org.xbarlab.ConfigException;

/** Analytic test problems with known behaviour, for tests, benchmarks and notebooks. */
public final class TestProblems {
  private TestProblems() {}

  /** Returns the Branin-CF value (to maximise) at unit design x [2] and fidelity f (iMOCA). */
  public static double braninCf(double[] x, double f) {
    double x0 = 15 * x[0] - 5;
    double x1 = 15 * x[1];
    double b = 5.1 / (4 * Math.PI * Math.PI) - 0.01 * (1 - f);
    double c = 5 / Math.PI - 0.1 * (1 - f);
    double t = 1 / (8 * Math.PI) + 0.05 * (1 - f);
    double a = x1 - b * x0 * x0 + c * x0 - 6;
    return -(a * a + 10 * (1 - t) * Math.cos(x0) + 10);
  }

  /** Returns the Currin-CF value (to maximise) at unit design x [2] and fidelity f (iMOCA). */
  public static double currinCf(double[] x, double f) {
    double x0 = x[0];
    double x1 = x[1];
    double e = 1 - 0.1 * (1 - f) - Math.exp(-0.5 / x1);
    return -e * (2300 * x0 * x0 * x0 + 1900 * x0 * x0 + 2092 * x0 + 60)
        / (100 * x0 * x0 * x0 + 500 * x0 * x0 + 4 * x0 + 20);
  }

  /**
   * Returns the Branin-CF / Currin-CF pair (papers.md 1.7; iMOCA {@code test_functions.py}):
   * design [0,1]^2, both objectives maximised, fidelity grid {@code (m+1)/20}, m = 0..19, cost of
   * one evaluation = Branin cost {@code 0.05 + z^6.5} + Currin cost {@code 0.05 + z^2} (both
   * objectives are evaluated together). Reference point (-310, -14) lies below both ranges.
   */
  public static Problem braninCurrin() {
    FidelityCostModel cost = z -> 0.1 + Math.pow(z, 6.5) + z * z;
    return new Problem("branin-currin-cf", DesignSpace.unitCube(2),
        List.of(Objective.maximize("branin"), Objective.maximize("currin")),
        Fidelity.range(1.0 / 20, 20, cost), new double[] {-310, -14},
        (x, z) -> new Evaluation(new double[] {braninCf(x, z), currinCf(x, z)}, cost.cost(z)));
  }

  /** Returns ZDT1 with {@code n} variables (Zitzler, Deb, Thiele 2000), reference point (1, 1). */
  public static Problem zdt1(int n) {
    return zdt("zdt1", n, false);
  }

  /** Returns ZDT2 with {@code n} variables, reference point (1, 1). */
  public static Problem zdt2(int n) {
    return zdt("zdt2", n, true);
  }

  /**
   * Returns a multi-fidelity ZDT1 (an XbarLab construction, not from the literature): at fidelity
   * z the second objective carries the bias {@code 0.3 (1 - z) sin(6 pi f1)}, so z = 1 is ZDT1;
   * fidelity grid 0.1..1 in 10 levels, cost {@code 0.02 + z} per evaluation; reference point (1, 1).
   */
  public static Problem zdt1MultiFidelity(int n) {
    Problem base = zdt1(n);
    FidelityCostModel cost = z -> 0.02 + z;
    return new Problem("zdt1-mf-" + n, base.space(), base.objectives(),
        Fidelity.range(0.1, 10, cost), new double[] {1, 1}, (x, z) -> {
          double[] f = base.evaluator().evaluate(x, 1.0).objectives();
          f[1] += 0.3 * (1 - z) * Math.sin(6 * Math.PI * f[0]);
          return new Evaluation(f, cost.cost(z));
        });
  }

  private static Problem zdt(String name, int n, boolean concave) {
    if (n < 2) {
      throw new ConfigException("n", n, "an integer >= 2");
    }
    return Problem.of(name + "-" + n, DesignSpace.unitCube(n),
        List.of(Objective.minimize("f1"), Objective.minimize("f2")), new double[] {1, 1},
        (x, z) -> {
          double s = 0;
          for (int i = 1; i < x.length; i++) {
            s += x[i];
          }
          double g = 1 + 9 * s / (x.length - 1);
          double r = x[0] / g;
          double h = concave ? 1 - r * r : 1 - Math.sqrt(r);
          return new Evaluation(new double[] {x[0], g * h}, 1.0);
        });
  }
}
