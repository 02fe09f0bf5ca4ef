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
}
