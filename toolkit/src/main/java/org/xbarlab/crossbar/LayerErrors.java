package org.xbarlab.crossbar;

import static org.xbarlab.TableRows.Type.DOUBLE;
import static org.xbarlab.TableRows.Type.INT;
import static org.xbarlab.TableRows.Type.STRING;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.xbarlab.Columns;
import org.xbarlab.RandomSource;
import org.xbarlab.TableRows;
import tech.tablesaw.api.DoubleColumn;
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

  /**
   * Returns one row per kernel (logical output) of crossbar layer {@code layerIndex}: its error
   * when the layer alone runs on a chip programmed without noise (line resistance on) and is fed the
   * ideal input, and where the kernel sits.
   *
   * <p>Columns: {@code layer_index}, {@code layer}, {@code kernel}, {@code slot} (physical kernel
   * slot in the layer, tile-major), {@code position} (slot within its tile, 0 = nearest the
   * drivers), {@code isolated_rel_error} ({@code ||y_o - y_ideal,o|| / ||y_ideal,o||} over the batch
   * and output positions; missing where the ideal output of the kernel is all zero).
   */
  public static Table perKernel(CrossbarMapping mapping, INDArray features, int layerIndex) {
    MappedLayer l = mapping.mapped(layerIndex);
    if (l == null) {
      throw new org.xbarlab.ConfigException("layerIndex", layerIndex, "one of the crossbar layers "
          + mapping.crossbarLayers());
    }
    ProgrammedChip chip = mapping.programIdeal();
    List<INDArray> ideal = mapping.network().idealActivations(features);
    INDArray in = mapping.network().idealInput(layerIndex, features, ideal);
    INDArray ref = ideal.get(layerIndex).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT);
    INDArray y = l.forward(in, chip.readCells(layerIndex, RandomSource.seeded(0)), false)
        .reshape(ref.shape());
    int fanOut = l.matrix.fanOut;
    int perTile = l.matrix.layout.outputsPerColumnTile();
    TableRows t = TableRows.of("kernel errors",
        Columns.LAYER_INDEX, INT, Columns.LAYER, STRING, Columns.KERNEL, INT, Columns.SLOT, INT,
        Columns.POSITION, INT, Columns.ISOLATED_REL_ERROR, DOUBLE);
    for (int o = 0; o < fanOut; o++) {
      INDArray r = channel(ref, o);
      double norm = r.norm2Number().doubleValue();
      int q = l.placement.outputPosition(o);
      t.add(layerIndex, l.name, o, q, q % perTile,
          norm > 0 ? channel(y, o).sub(r).norm2Number().doubleValue() / norm : null);
    }
    return t.table();
  }

  private static INDArray channel(INDArray a, int o) {
    org.nd4j.linalg.indexing.INDArrayIndex[] idx =
        new org.nd4j.linalg.indexing.INDArrayIndex[a.rank()];
    for (int d = 0; d < idx.length; d++) {
      idx[d] = org.nd4j.linalg.indexing.NDArrayIndex.all();
    }
    idx[1] = org.nd4j.linalg.indexing.NDArrayIndex.point(o);
    return a.get(idx).dup();
  }
}
