package org.xbarlab.remap;

import io.soabase.recordbuilder.core.RecordBuilder;
import org.xbarlab.ConfigException;

/**
 * How a remapping strategy places kernels and inputs.
 *
 * @param acrossTiles kernels may move between the column tiles of a layer (and, with
 *     {@code permuteRows}, inputs between its row tiles); false keeps each kernel in its tile, as the
 *     paper's "within each crossbar" reading (papers.md 3.4)
 * @param permuteRows also place inputs by activity (mean |input| over the calibration batch): the
 *     most active inputs on the word lines with the smallest error; beyond the paper
 * @param sensitivity how kernels are ranked; {@link KernelSensitivity.Method#EMPIRICAL} by default:
 *     at a trained minimum the first-order Taylor term averages out (the loss is nearly stationary
 *     in a kernel's scale), and on the VGG-style Fashion-MNIST network SRS with Taylor ranking did
 *     no better than a random placement, while the empirical ranking halved the as-is drop
 */
@RecordBuilder
public record RemapOptions(boolean acrossTiles, boolean permuteRows,
    KernelSensitivity.Method sensitivity) implements RemapOptionsBuilder.With {

  /** Validates the options; throws {@link ConfigException} naming the field. */
  public RemapOptions {
    if (sensitivity == null) {
      throw new ConfigException("sensitivity", null, "TAYLOR or EMPIRICAL");
    }
  }

  /** Returns the paper's reading: kernels within their tile, rows fixed, empirical sensitivity. */
  public static RemapOptions paper() {
    return new RemapOptions(false, false, KernelSensitivity.Method.EMPIRICAL);
  }
}
