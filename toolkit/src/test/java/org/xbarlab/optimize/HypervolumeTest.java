package org.xbarlab.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.moeaframework.core.Solution;
import org.moeaframework.core.population.NondominatedPopulation;
import org.moeaframework.problem.AbstractProblem;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;

class HypervolumeTest {

  /** Inclusion-exclusion over all subsets: exact for small fronts, independent of the algorithm. */
  static double inclusionExclusion(double[][] pts, double[] ref) {
    int n = pts.length;
    int k = ref.length;
    double total = 0;
    for (int mask = 1; mask < (1 << n); mask++) {
      double[] corner = new double[k];
      Arrays.fill(corner, Double.NEGATIVE_INFINITY);
      for (int i = 0; i < n; i++) {
        if ((mask & (1 << i)) != 0) {
          for (int j = 0; j < k; j++) {
            corner[j] = Math.max(corner[j], pts[i][j]);
          }
        }
      }
      double vol = 1;
      for (int j = 0; j < k; j++) {
        vol *= Math.max(0, ref[j] - corner[j]);
      }
      total += (Integer.bitCount(mask) % 2 == 1 ? 1 : -1) * vol;
    }
    return total;
  }

  /** Grid-cell union: splits space at every coordinate and sums dominated cells. */
  static double gridUnion(double[][] pts, double[] ref) {
    int k = ref.length;
    double[][] cuts = new double[k][];
    for (int j = 0; j < k; j++) {
      TreeSet<Double> s = new TreeSet<>();
      s.add(ref[j]);
      for (double[] p : pts) {
        if (p[j] < ref[j]) {
          s.add(p[j]);
        }
      }
      cuts[j] = s.stream().mapToDouble(Double::doubleValue).toArray();
    }
    return cells(pts, cuts, new int[k], 0);
  }

  private static double cells(double[][] pts, double[][] cuts, int[] idx, int dim) {
    int k = cuts.length;
    if (dim == k) {
      double[] lo = new double[k];
      double vol = 1;
      for (int j = 0; j < k; j++) {
        lo[j] = cuts[j][idx[j]];
        vol *= cuts[j][idx[j] + 1] - lo[j];
      }
      for (double[] p : pts) {
        boolean covers = true;
        for (int j = 0; j < k; j++) {
          if (p[j] > lo[j]) {
            covers = false;
            break;
          }
        }
        if (covers) {
          return vol;
        }
      }
      return 0;
    }
    double sum = 0;
    for (int i = 0; i + 1 < cuts[dim].length; i++) {
      idx[dim] = i;
      sum += cells(pts, cuts, idx, dim + 1);
    }
    return sum;
  }

  private static double[][] randomFront(RandomSource rng, int n, int k, boolean onSphere) {
    double[][] pts = new double[n][k];
    for (double[] p : pts) {
      double norm = 0;
      for (int j = 0; j < k; j++) {
        p[j] = onSphere ? Math.abs(rng.gaussian()) : rng.uniform();
        norm += p[j] * p[j];
      }
      if (onSphere) {
        for (int j = 0; j < k; j++) {
          p[j] = 1 - p[j] / Math.sqrt(norm);
        }
      }
    }
    return pts;
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4, 5})
  void exactMatchesInclusionExclusionOnRandomFronts(int k) {
    RandomSource rng = RandomSource.seeded(11 + k);
    double[] ref = new double[k];
    Arrays.fill(ref, 1.1);
    for (int trial = 0; trial < 30; trial++) {
      int n = 1 + rng.nextInt(10);
      double[][] pts = randomFront(rng, n, k, trial % 2 == 0);
      double expected = inclusionExclusion(pts, ref);
      assertEquals(expected, Hypervolume.of(pts, ref), 1e-9, "trial " + trial);
      assertEquals(expected, gridUnion(pts, ref), 1e-9, "grid reference, trial " + trial);
    }
  }

  @Test
  void knownSmallCases() {
    assertEquals(3.0, Hypervolume.of(new double[][] {{1, 2}, {2, 1}}, new double[] {3, 3}), 0);
    assertEquals(1.0, Hypervolume.of(new double[][] {{0, 0, 0}}, new double[] {1, 1, 1}), 0);
    // points outside the reference box contribute nothing; duplicates count once
    assertEquals(0.0, Hypervolume.of(new double[][] {{2, 0}}, new double[] {1, 1}), 0);
    assertEquals(0.25, Hypervolume.of(new double[][] {{0.5, 0.5}, {0.5, 0.5}}, new double[] {1, 1}), 0);
    assertEquals(0.0, Hypervolume.of(new double[0][], new double[] {1, 1}), 0);
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4})
  void matchesMoeaFrameworkOnLargerFronts(int k) {
    RandomSource rng = RandomSource.seeded(99 + k);
    double[][] pts = randomFront(rng, 40, k, true);
    AbstractProblem dummy = new AbstractProblem(1, k) {
      @Override
      public void evaluate(Solution solution) {}

      @Override
      public Solution newSolution() {
        return new Solution(1, k);
      }
    };
    List<Solution> sols = new ArrayList<>();
    for (double[] p : pts) {
      Solution s = new Solution(1, k);
      s.setObjectiveValues(p);
      sols.add(s);
    }
    NondominatedPopulation pop = new NondominatedPopulation(sols);
    double[] min = new double[k];
    double[] max = new double[k];
    Arrays.fill(max, 1.0);
    double moea = new org.moeaframework.core.indicator.Hypervolume(dummy, min, max).evaluate(pop);
    // MOEA Framework normalises by the box [min, max] and uses max as reference point.
    assertEquals(moea, Hypervolume.of(pts, max), 1e-9);
  }

  @Test
  void badInputIsNamed() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> Hypervolume.of(new double[][] {{1, 2, 3}}, new double[] {4, 4}));
    assertEquals("point.length", e.field());
    assertThrows(ConfigException.class,
        () -> Hypervolume.of(new double[][] {{1, 2}}, new double[] {Double.NaN, 4}));
  }

  /**
   * A messy random set [n x k]: points near a sphere-shaped front, plus exact duplicates, dominated
   * copies, points on and beyond the reference box, and ties in single coordinates.
   */
  private static double[][] messyFront(RandomSource rng, int n, int k) {
    double[][] base = randomFront(rng, n, k, rng.uniform() < 0.7);
    List<double[]> pts = new ArrayList<>(Arrays.asList(base));
    for (int i = 0; i < n / 4 + 1; i++) {
      double[] p = base[rng.nextInt(n)];
      double[] q = p.clone();
      switch (rng.nextInt(5)) {
        case 0: // duplicate
          break;
        case 1: // dominated
          for (int j = 0; j < k; j++) {
            q[j] += 0.1 * rng.uniform();
          }
          break;
        case 2: // outside the box in one objective
          q[rng.nextInt(k)] = 1.1 + rng.uniform();
          break;
        case 3: // on the box boundary (contributes nothing)
          q[rng.nextInt(k)] = 1.1;
          break;
        default: // shares one coordinate with another point
          q[rng.nextInt(k)] = base[rng.nextInt(n)][rng.nextInt(k)];
          break;
      }
      pts.add(q);
    }
    java.util.Collections.shuffle(pts, new java.util.Random(rng.nextLong()));
    return pts.toArray(new double[0][]);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6})
  void dimensionSweepsMatchTheWfgReferenceOnMessyFronts(int k) {
    RandomSource rng = RandomSource.seeded(500 + k);
    double[] ref = new double[k];
    Arrays.fill(ref, 1.1);
    int trials = k >= 5 ? 40 : 150;
    for (int trial = 0; trial < trials; trial++) {
      int n = 1 + rng.nextInt(k >= 5 ? 25 : 60);
      double[][] pts = messyFront(rng, n, k);
      double expected = WfgHypervolume.of(pts, ref);
      assertEquals(expected, Hypervolume.of(pts, ref), 1e-12 * Math.max(1, expected),
          "k=" + k + " trial " + trial);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 4})
  void dimensionSweepsMatchTheWfgReferenceOnLargeFronts(int k) {
    RandomSource rng = RandomSource.seeded(700 + k);
    double[] ref = new double[k];
    Arrays.fill(ref, 1.2);
    for (int n : new int[] {100, 200}) {
      double[][] pts = randomFront(rng, n, k, true);
      double expected = WfgHypervolume.of(pts, ref);
      assertEquals(expected, Hypervolume.of(pts, ref), 1e-12, "n=" + n);
    }
  }

  @Test
  void degenerateFrontsWithTiesInEveryObjective() {
    // a lattice: many equal coordinates, the staircase sees equal keys
    List<double[]> lattice = new ArrayList<>();
    for (int a = 0; a < 4; a++) {
      for (int b = 0; b < 4; b++) {
        for (int c = 0; c < 4; c++) {
          if (a + b + c == 4 || a + b + c == 5) {
            lattice.add(new double[] {a, b, c});
          }
        }
      }
    }
    double[][] pts = lattice.toArray(new double[0][]);
    double[] ref = {4, 4, 4};
    assertEquals(gridUnion(pts, ref), Hypervolume.of(pts, ref), 1e-12);
    assertEquals(WfgHypervolume.of(pts, ref), Hypervolume.of(pts, ref), 1e-12);
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4, 5})
  void contributionIsTheGainOfAddingAPoint(int k) {
    RandomSource rng = RandomSource.seeded(900 + k);
    double[] ref = new double[k];
    Arrays.fill(ref, 1.1);
    for (int trial = 0; trial < 40; trial++) {
      double[][] front = messyFront(rng, 1 + rng.nextInt(20), k);
      double[] p = messyFront(rng, 1, k)[0];
      double[][] with = Arrays.copyOf(front, front.length + 1);
      with[front.length] = p;
      double expected = WfgHypervolume.of(with, ref) - WfgHypervolume.of(front, ref);
      assertEquals(expected, Hypervolume.contribution(front, p, ref), 1e-12, "trial " + trial);
    }
    assertEquals(0.0, Hypervolume.contribution(new double[0][], new double[k], new double[k]), 0,
        "a point on the reference point adds nothing");
  }

  @Test
  void exclusiveContributionsOfKnownPoints() {
    double[][] pts = {{1, 2}, {2, 1}, {2, 1}, {2.5, 2.5}, {5, 0}};
    double[] c = Hypervolume.contributions(pts, new double[] {3, 3});
    // {1,2}: only it covers [1,2]x[2,3]; copies of {2,1} and the dominated point add nothing alone
    assertEquals(1.0, c[0], 1e-15);
    assertEquals(0.0, c[1], 0);
    assertEquals(0.0, c[2], 0);
    assertEquals(0.0, c[3], 0);
    assertEquals(0.0, c[4], 0);
    double[] single = Hypervolume.contributions(new double[][] {{1, 2}, {2, 1}}, new double[] {3, 3});
    assertEquals(1.0, single[0], 1e-15);
    assertEquals(1.0, single[1], 1e-15);
  }
}
