package org.xbarlab.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.xbarlab.ConfigException;
import org.xbarlab.RandomSource;

class GaussianProcessTest {

  private static double[][] inputs1d(double[] xs, double z) {
    double[][] in = new double[xs.length][];
    for (int i = 0; i < xs.length; i++) {
      in[i] = new double[] {xs[i], z};
    }
    return in;
  }

  @Test
  void fittedPosteriorInterpolatesTrainingData() {
    double[] xs = {0.05, 0.2, 0.35, 0.5, 0.62, 0.8, 0.95};
    double[] ys = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      ys[i] = 10 * Math.sin(6 * xs[i]) + 3;
    }
    GaussianProcess.Fitted post = GaussianProcess.defaults().fit(inputs1d(xs, 1.0), ys);
    // a fitted noise (prior LogNormal(-4, 1)) lets the mean miss the data by a little
    for (int i = 0; i < xs.length; i++) {
      double[] in = {xs[i], 1.0};
      assertEquals(ys[i], post.mean(in), 0.05 * post.targetStd());
      assertTrue(post.variance(in) < 0.01 * post.targetStd() * post.targetStd(),
          "variance at a training point " + post.variance(in));
    }
    // away from data the posterior is uncertain
    assertTrue(post.variance(new double[] {2.0, 1.0}) > 0.5 * post.targetStd() * post.targetStd());
  }

  @Test
  void knownAnswerForTwoPointsWithFixedLengthScales() {
    double l = 0.4;
    double s = 1e-4;
    double[][] in = {{0.2, 1.0}, {0.6, 1.0}};
    double[] y = {0.0, 2.0};
    GaussianProcess.Fitted post = GaussianProcess.fixed(l, 1.0, s).fit(in, y);
    double m = 1.0;
    double sd = Math.sqrt(2.0);
    double[] yStd = {-1 / sd, 1 / sd};
    double k12 = Math.exp(-0.5 * 0.16 / (l * l));
    double a = 1 + s;
    double det = a * a - k12 * k12;
    double[][] inv = {{a / det, -k12 / det}, {-k12 / det, a / det}};
    double xq = 0.45;
    double k1 = Math.exp(-0.5 * (xq - 0.2) * (xq - 0.2) / (l * l));
    double k2 = Math.exp(-0.5 * (xq - 0.6) * (xq - 0.6) / (l * l));
    double w1 = k1 * inv[0][0] + k2 * inv[1][0];
    double w2 = k1 * inv[0][1] + k2 * inv[1][1];
    double expectedMean = m + sd * (w1 * yStd[0] + w2 * yStd[1]);
    double expectedVar = 2.0 * (1 - (w1 * k1 + w2 * k2));
    double[] q = {xq, 1.0};
    assertEquals(expectedMean, post.mean(q), 1e-12);
    assertEquals(expectedVar, post.variance(q), 1e-12);
  }

  @Test
  void fidelityCorrelationMatchesCovariance() {
    RandomSource rng = RandomSource.seeded(5);
    int n = 12;
    double[][] in = new double[n][];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double x0 = rng.uniform();
      double x1 = rng.uniform();
      double z = 0.2 + 0.8 * rng.uniform();
      in[i] = new double[] {x0, x1, z};
      y[i] = Math.sin(4 * x0) + x1 * z;
    }
    GaussianProcess.Fitted post = GaussianProcess.fixed(0.5, 0.7, 1e-6).fit(in, y);
    double[] x = {0.3, 0.6};
    double[] zs = {0.25, 0.5, 1.0};
    double[][] pred = post.predictAcrossFidelities(x, zs);
    double[] top = {0.3, 0.6, 1.0};
    for (int m = 0; m < zs.length; m++) {
      double[] a = {0.3, 0.6, zs[m]};
      assertEquals(post.mean(a), pred[0][m], 1e-10);
      assertEquals(post.variance(a), pred[1][m], 1e-10);
      double corr = post.covariance(a, top) / Math.sqrt(post.variance(a) * post.variance(top));
      assertEquals(corr, pred[2][m], 1e-6);
    }
    assertEquals(1.0, pred[2][2], 1e-9);
    assertTrue(pred[2][0] < pred[2][1], "correlation with the top fidelity grows with fidelity");
  }

  @Test
  void fittedLengthScaleIsShorterForRougherFunction() {
    double[] xs = new double[15];
    double[] smooth = new double[xs.length];
    double[] rough = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = i / 14.0;
      smooth[i] = Math.sin(2 * xs[i]);
      rough[i] = Math.sin(25 * xs[i]);
    }
    double lSmooth = GaussianProcess.defaults().fit(inputs1d(xs, 1.0), smooth).designLengthScale();
    double lRough = GaussianProcess.defaults().fit(inputs1d(xs, 1.0), rough).designLengthScale();
    assertTrue(lRough < 0.5 * lSmooth, "rough " + lRough + " vs smooth " + lSmooth);
  }

  @Test
  void fourierSamplesMatchPosteriorMoments() {
    double[] xs = {0.1, 0.3, 0.45, 0.7, 0.9};
    double[] ys = {1.0, -0.5, 0.2, 1.5, 0.3};
    GaussianProcess.Fitted post = GaussianProcess.fixed(0.2, 1.0, 1e-3).fit(inputs1d(xs, 1.0), ys);
    double[][] queries = {{0.2, 1.0}, {0.58, 1.0}, {0.45, 1.0}, {1.05, 1.0}, {1.3, 1.0}, {-0.25, 1.0}};
    int samples = 3000;
    double[] sum = new double[queries.length];
    double[] sumSq = new double[queries.length];
    RandomSource rng = RandomSource.seeded(77);
    for (int s = 0; s < samples; s++) {
      FourierFeatureSample f = FourierFeatureSample.draw(post, 500, 1e3, rng.split(s));
      for (int q = 0; q < queries.length; q++) {
        double v = f.value(queries[q]);
        sum[q] += v;
        sumSq[q] += v * v;
      }
    }
    double scale = post.targetStd();
    int varianceChecks = 0;
    for (int q = 0; q < queries.length; q++) {
      double mean = sum[q] / samples;
      double var = sumSq[q] / samples - mean * mean;
      double gpVar = post.variance(queries[q]);
      // mean within 4 Monte-Carlo standard errors plus 3% of the target scale
      double tol = 4 * Math.sqrt(gpVar / samples) + 0.03 * scale;
      assertEquals(post.mean(queries[q]), mean, tol, "mean at query " + q);
      if (gpVar > 0.05 * scale * scale) {
        assertEquals(1.0, var / gpVar, 0.2, "variance ratio at query " + q);
        varianceChecks++;
      } else {
        assertTrue(var < 0.05 * scale * scale, "near-data variance stays small at " + q);
      }
    }
    assertTrue(varianceChecks >= 2, "queries away from the data exercise the variance check");
  }

  @Test
  void badInputsAreRejected() {
    assertThrows(ConfigException.class, () -> GaussianProcess.withNoiseFloor(0));
    assertThrows(ConfigException.class,
        () -> GaussianProcess.defaults().fit(new double[][] {{0.1, 1}, {0.2, 1}},
            new double[] {1, Double.NaN}));
    assertThrows(ConfigException.class, () -> GaussianProcess.fixed(0, 1, 1e-6));
    assertThrows(ConfigException.class,
        () -> GaussianProcess.defaults().fit(new double[][] {{0.1, 1}}, new double[] {1, 2}));
  }

  @Test
  void ardRecoversTheRelevantDimensionAndTheNoise() {
    // f depends on x0 with length-scale 0.2 and not at all on x1; noise sd 0.1 of a unit-sd signal
    RandomSource rng = RandomSource.seeded(3);
    int n = 60;
    double[][] in = new double[n][];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double x0 = rng.uniform();
      double x1 = rng.uniform();
      in[i] = new double[] {x0, x1, 1.0};
      y[i] = Math.sin(x0 / 0.2) + 0.1 * rng.gaussian();
    }
    GaussianProcess.Fitted post = GaussianProcess.defaults().fit(in, y);
    double[] l = post.designLengthScales();
    assertTrue(l[0] > 0.08 && l[0] < 0.5, "relevant length-scale " + l[0]);
    assertTrue(l[1] > 5 * l[0], "irrelevant dimension gets a long length-scale: " + l[1]);
    double noiseVariance = post.noiseVariance() * post.targetStd() * post.targetStd();
    assertEquals(0.01, noiseVariance, 0.006, "noise variance in target units");
  }

  @Test
  void noiseFloorIsRespected() {
    double[] xs = {0.1, 0.3, 0.5, 0.7, 0.9};
    double[] ys = {0.0, 1.0, 0.5, -0.5, 0.2};
    assertTrue(GaussianProcess.withNoiseFloor(0.05).fit(inputs1d(xs, 1.0), ys).noiseVariance()
        >= 0.05);
  }
}
