package org.xbarlab.remap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;
import org.xbarlab.Columns;
import org.xbarlab.ProgressListener;
import org.xbarlab.crossbar.CrossbarConfig;
import org.xbarlab.data.FashionMnist;
import org.xbarlab.nn.Architecture;
import org.xbarlab.nn.Network;
import org.xbarlab.nn.TrainedModels;
import org.xbarlab.noise.LineResistance;
import org.xbarlab.noise.LineResistanceMode;
import tech.tablesaw.api.Table;

/**
 * The paper's effect on small data: the VGG-style Fashion-MNIST network of notebook 05, 600 test
 * images, 64x64 tiles at 5 ohm per wire segment (the as-is mapping loses over ten points), four
 * chips.
 */
@Tag("slow")
@Tag("dataset")
class RemappingEffectTest {
  private static Network net;
  private static DataSet calibration;
  private static DataSet test;

  @BeforeAll
  static void train() {
    // notebook 05's quick-profile network (shared model cache: trained once per checkout)
    net = TrainedModels.fashionMnist(Architecture.VGG_SMALL, 600, 3, 42, ProgressListener.none())
        .network();
    calibration = FashionMnist.train().subsetPerClass(26, 7).toDataSet();
    test = FashionMnist.test().subsetPerClass(60, 42).toDataSet();
  }

  static CrossbarConfig config(double ohms) {
    return CrossbarConfig.pytorx().toIdeal().withCrossbarSize(64)
        .withLines(LineResistance.of(LineResistanceMode.EXACT, ohms, 4, 4));
  }

  @Test
  void asIsLosesMostAndBothRemappingsRecoverPart() {
    Table t = RemappingStudy.of(net, calibration, test).withTrials(4).compare(config(5.0));
    double[] drop = t.doubleColumn(Columns.ACCURACY_DROP_PP).asDoubleArray();
    double[] sem = t.doubleColumn(Columns.ACCURACY_DROP_PP_SEM).asDoubleArray();
    String table = t.print();
    assertTrue(drop[0] > 3, "line resistance should cost the as-is mapping points:\n" + table);
    // each gap against twice the standard error of the difference (independent chips' errors
    // added in quadrature: conservative for these paired chips)
    assertTrue(drop[0] - drop[1] > 2 * Math.hypot(sem[0], sem[1]), "as-is vs SRS\n" + table);
    assertTrue(drop[0] - drop[2] > 2 * Math.hypot(sem[0], sem[2]), "as-is vs DRS\n" + table);
    // DRS against SRS is not asserted: the paper's order (2.1 % < 2.9 %) depends on the trained
    // network. On the network trained on a 2026-12-06 machine DRS lost 0.48 pp more than SRS
    // (16 chips, SE 0.09 pp each); notebook 05 reports whichever order is measured.
  }
}
