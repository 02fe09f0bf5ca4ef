package org.xbarlab.nn;

import org.nd4j.linalg.dataset.ViewIterator;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;
import org.xbarlab.RandomSource;

/** Seeded Gaussian blobs: class c centred at +3 on feature c, unit noise elsewhere. */
final class SyntheticData {
  private SyntheticData() {}

  static DataSet blobs(int n, int features, int classes, long seed) {
    RandomSource r = RandomSource.seeded(seed);
    float[][] x = new float[n][features];
    float[][] y = new float[n][classes];
    for (int i = 0; i < n; i++) {
      int c = i % classes;
      for (int f = 0; f < features; f++) {
        x[i][f] = (float) (r.gaussian() + (f == c ? 3.0 : 0.0));
      }
      y[i][c] = 1f;
    }
    INDArray features2d = Nd4j.createFromArray(x);
    return new DataSet(features2d, Nd4j.createFromArray(y));
  }

  static DataSetIterator iterator(DataSet data, int batch) {
    return new ViewIterator(data, batch);
  }
}
