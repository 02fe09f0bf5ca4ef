package org.xbarlab.crossbar;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.xbarlab.Columns;
import org.xbarlab.RandomSource;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Per-layer output error of a crossbar network versus the ideal DL4J network. */
public final class LayerErrors {
  private LayerErrors() {}

  /**
   * Returns one row per network layer comparing one read of one chip with DL4J's
   * {@code feedForward} on {@code features}.
   *
   * <p>Columns: {@code layer_index}, {@code layer}, {@code layer_kind},
   * {@code propagated_rel_error} ({@code ||y_xbar - y_ideal|| / ||y_ideal||} with crossbar inputs
   * from the crossbar's previous layers, Frobenius norms), {@code propagated_rmse} (root mean square
   * of {@code y_xbar - y_ideal}), {@code isolated_rel_error} (same ratio when the layer is fed the
   * ideal DL4J input, so only this layer's own error counts; equals the propagated error for the
   * first layer).
   *
   * @param mapping mapped network
   * @param features a batch of inputs
   * @param seed chip and read seed
   */
  public static Table compute(CrossbarMapping mapping, INDArray features, long seed) {
    RandomSource rng = RandomSource.seeded(seed);
    ProgrammedChip chip = mapping.program(rng.split("chip"));
    RandomSource read = rng.split("read");
    List<INDArray> ideal = mapping.network().idealActivations(features);
    List<INDArray> xbar = chip.activations(features, read);
    DoubleColumn prop = DoubleColumn.create(Columns.PROPAGATED_REL_ERROR);
    DoubleColumn rmse = DoubleColumn.create(Columns.PROPAGATED_RMSE);
    DoubleColumn iso = DoubleColumn.create(Columns.ISOLATED_REL_ERROR);
    for (int i = 0; i < xbar.size(); i++) {
      INDArray ref = ideal.get(i).castTo(xbar.get(i).dataType());
      INDArray got = xbar.get(i).reshape(ref.shape());
      double refNorm = ref.norm2Number().doubleValue();
      INDArray diff = got.sub(ref);
      prop.append(diff.norm2Number().doubleValue() / refNorm);
      rmse.append(Math.sqrt(diff.mul(diff).meanNumber().doubleValue()));
      MappedLayer l = mapping.mapped(i);
      if (l == null) {
        iso.append(0.0);
      } else {
        INDArray in = mapping.network().idealInput(i, features, ideal);
        INDArray y = l.forward(in, chip.readCells(i, read.split(i)), false).reshape(ref.shape());
        iso.append(y.sub(ref).norm2Number().doubleValue() / refNorm);
      }
    }
    return mapping.layerTable("layer errors").addColumns(prop, rmse, iso);
  }
}
