package org.xbarlab.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ParetoFrontierEntropyTest {
  private static final double INF = Double.POSITIVE_INFINITY;
  private static final double[][] FRONT = {{1, 3}, {2, 2}, {3, 1}};

  @Test
  void twoObjectiveCellsAreTheStaircaseAboveTheFront() {
    double[][][] c = ParetoFrontierEntropy.cells(FRONT);
    assertEquals(4, c[0].length);
    assertArrayEquals(new double[] {-INF, 3}, c[0][0]);
    assertArrayEquals(new double[] {1, INF}, c[1][0]);
    assertArrayEquals(new double[] {1, 2}, c[0][1]);
    assertArrayEquals(new double[] {3, -INF}, c[0][3]);
    assertArrayEquals(new double[] {INF, INF}, c[1][3]);
  }

  @Test
  void threeObjectiveCellsPartitionTheRegionThatDominatesNoFrontPoint() {
    double[][] front = {{0.1, 0.5, 0.9}, {0.4, 0.2, 0.6}, {0.8, 0.7, 0.1}, {0.5, 0.5, 0.5}};
    double[][][] c = ParetoFrontierEntropy.cells(Pareto.nondominated(front));
    Random r = new Random(3);
    for (int i = 0; i < 20_000; i++) {
      double[] y = {r.nextDouble() * 1.2 - 0.1, r.nextDouble() * 1.2 - 0.1, r.nextDouble() * 1.2 - 0.1};
      boolean dominatesSome = false;
      for (double[] p : front) {
        dominatesSome |= y[0] < p[0] && y[1] < p[1] && y[2] < p[2];
      }
      int containing = 0;
      for (int k = 0; k < c[0].length; k++) {
        boolean in = true;
        for (int m = 0; m < 3; m++) {
          in &= y[m] >= c[0][k][m] && y[m] < c[1][k][m];
        }
        containing += in ? 1 : 0;
      }
      assertEquals(dominatesSome ? 0 : 1, containing, "point " + java.util.Arrays.toString(y));
    }
  }

  @Test
  void oneObjectiveIsMesmosTruncatedGaussianTerm() {
    double[][][] c = ParetoFrontierEntropy.cells(new double[][] {{0.3}});
    for (double mu : new double[] {-1.0, 0.2, 0.5, 2.0}) {
      double sd = 0.6;
      double expected = InformationGain.truncatedGaussian((mu - 0.3) / sd);
      assertEquals(expected, ParetoFrontierEntropy.gain(c[0], c[1], new double[] {mu},
          new double[] {sd}), 1e-12);
    }
  }

  @Test
  void twoObjectiveGainMatchesDirectIntegrationOfTheTruncatedDensity() {
    double[] mu = {1.8, 2.1};
    double[] sd = {0.7, 1.2};
    double[][][] c = ParetoFrontierEntropy.cells(FRONT);
    double closedForm = ParetoFrontierEntropy.gain(c[0], c[1], mu, sd);
    // midpoint rule over +-9 sigma: Z and the truncated entropy -int p ln p with p = phi / Z on R
    int n = 3000;
    double z = 0;
    double plogp = 0;
    double h0 = 18 * sd[0] / n;
    double h1 = 18 * sd[1] / n;
    for (int i = 0; i < n; i++) {
      double y0 = mu[0] - 9 * sd[0] + (i + 0.5) * h0;
      for (int j = 0; j < n; j++) {
        double y1 = mu[1] - 9 * sd[1] + (j + 0.5) * h1;
        boolean dominates = false;
        for (double[] p : FRONT) {
          dominates |= y0 < p[0] && y1 < p[1];
        }
        if (!dominates) {
          double logPhi = logNormal(y0, mu[0], sd[0]) + logNormal(y1, mu[1], sd[1]);
          double w = Math.exp(logPhi) * h0 * h1;
          z += w;
          plogp += w * logPhi;
        }
      }
    }
    double truncatedEntropy = -(plogp / z - Math.log(z));
    double priorEntropy = Math.log(2 * Math.PI * Math.E * sd[0] * sd[1]);
    assertEquals(priorEntropy - truncatedEntropy, closedForm, 2e-3);
    assertTrue(closedForm > 0.05, "the front truncates this posterior noticeably: " + closedForm);
  }

  @Test
  void aPosteriorFarBehindTheFrontGainsNothing() {
    double[][][] c = ParetoFrontierEntropy.cells(FRONT);
    assertEquals(0, ParetoFrontierEntropy.gain(c[0], c[1], new double[] {9, 9},
        new double[] {0.5, 0.5}), 1e-9);
  }

  private static double logNormal(double y, double mu, double sd) {
    double u = (y - mu) / sd;
    return -0.5 * u * u - Math.log(sd * Math.sqrt(2 * Math.PI));
  }
}
