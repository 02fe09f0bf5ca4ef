package org.xbarlab.optimize;

import java.util.ArrayList;
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

  /**
   * Returns a multi-fidelity DTLZ2 ({@link Dtlz2}) with {@code objectives} minimised objectives
   * {@code f1..fM} and {@code variables} design variables in [0, 1], every objective biased below
   * the top fidelity; fidelity grid 0.1..1 in 10 levels, cost {@code 0.02 + z} per evaluation;
   * reference point (1.1, ..., 1.1), whose true-front hypervolume is
   * {@link #dtlz2TrueHypervolume(Problem)}.
   *
   * @param objectives M, 3 or 4 are the intended uses (any M &ge; 2 works)
   * @param variables n &ge; M (DTLZ2's own default is M + 9)
   */
  public static Problem dtlz2MultiFidelity(int objectives, int variables) {
    return dtlz2(objectives, variables, List.of());
  }

  /**
   * As {@link #dtlz2MultiFidelity(int, int)}, but the objectives listed by
   * {@link #dtlz2ExactObjectives(int)} (all but the first) are free and exact: independent of the
   * fidelity, as area, latency and energy of the ReRAM problem come from the cost model, while
   * only {@code f1} (like accuracy) is biased at low fidelity. The evaluation cost is still charged
   * per evaluation for {@code f1}; the problem's {@link Problem#exactObjectives()} gives the exact
   * objectives without an evaluation.
   */
  public static Problem dtlz2MultiFidelityWithExactObjectives(int objectives, int variables) {
    return dtlz2(objectives, variables, dtlz2ExactObjectives(objectives));
  }

  /** Returns the 0-based indices of the exact objectives of the DTLZ2 variant: 1..M-1. */
  public static List<Integer> dtlz2ExactObjectives(int objectives) {
    if (objectives < 2) {
      throw new ConfigException("objectives", objectives, "an integer >= 2");
    }
    List<Integer> exact = new ArrayList<>();
    for (int j = 1; j < objectives; j++) {
      exact.add(j);
    }
    return List.copyOf(exact);
  }

  /**
   * Returns the hypervolume of the true Pareto front of a DTLZ2 problem made here (the positive
   * orthant of the unit sphere), against the problem's reference point, in closed form.
   */
  public static double dtlz2TrueHypervolume(Problem dtlz2) {
    if (!dtlz2.name().startsWith("dtlz2-")) {
      throw new ConfigException("problem", dtlz2.name(), "a DTLZ2 problem of TestProblems");
    }
    return Dtlz2.trueHypervolume(dtlz2.minimizedReferencePoint());
  }

  private static Problem dtlz2(int objectives, int variables, List<Integer> exactObjectives) {
    if (objectives < 2) {
      throw new ConfigException("objectives", objectives, "an integer >= 2");
    }
    if (variables < objectives) {
      throw new ConfigException("variables", variables, "an integer >= objectives (" + objectives
          + ")");
    }
    boolean[] exact = new boolean[objectives];
    StringBuilder name = new StringBuilder("dtlz2-mf-" + objectives + "-" + variables);
    if (!exactObjectives.isEmpty()) {
      name.append("-exact");
    }
    for (int j : exactObjectives) {
      exact[j] = true;
      name.append('-').append(j + 1);
    }
    List<Objective> obj = new ArrayList<>();
    double[] ref = new double[objectives];
    for (int j = 0; j < objectives; j++) {
      obj.add(Objective.minimize("f" + (j + 1)));
      ref[j] = 1.1;
    }
    FidelityCostModel cost = z -> 0.02 + z;
    ExactObjectives known = ExactObjectives.of(exactObjectives, x -> {
      double[] all = Dtlz2.values(x, objectives);
      double[] out = new double[exactObjectives.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = all[exactObjectives.get(i)];
      }
      return out;
    });
    return new Problem(name.toString(), DesignSpace.unitCube(variables), obj,
        Fidelity.range(0.1, 10, cost), ref,
        (x, z) -> new Evaluation(Dtlz2.values(x, z, objectives, exact), cost.cost(z)), known);
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
